package dev.switchboard.reconciler.admin.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Re-publishes a dead letter's original record: the payload bytes and the key unchanged, to its source topic, with
 * header {@value #REPLAY_HEADER} naming the dead letter. Completes on the Kafka ack.
 */
@ApplicationScoped
public class Replayer {

    /** Header on a replayed record: the id of the dead letter it was replayed from. */
    public static final String REPLAY_HEADER = "switchboard-replay-of";

    private final MutinyEmitter<byte[]> emitter;

    public Replayer(@Channel("dead-letter-replay") MutinyEmitter<byte[]> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> replay(UUID deadLetterId, String topic, String key, String payload) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(REPLAY_HEADER, deadLetterId.toString().getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic)
                .withKey(key)
                .withHeaders(headers)
                .build();
        byte[] value = payload == null ? null : payload.getBytes(StandardCharsets.UTF_8);
        // the ack arrives on a Kafka thread; callers continue with Hibernate Reactive, bound to this Vert.x context
        Context context = Vertx.currentContext();
        Uni<Void> sent = emitter.sendMessage(Message.of(value).addMetadata(metadata));
        return context == null ? sent : sent.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }
}
