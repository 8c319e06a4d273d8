package dev.switchboard.reconciler.messaging;

import dev.switchboard.contracts.DeadLetter;
import dev.switchboard.contracts.ErrorDetail;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.kafka.DeadLetterEvents;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.DeserializationFailureHandler;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

/**
 * Publishes records a consumer cannot process to {@code switchboard.dead-letters.v1} in the DeadLetter contract
 * (SmallRye's own dead-letter queue would copy the raw record instead). The returned Uni completes on the Kafka ack,
 * so the source record is acknowledged only once its dead letter is safe.
 */
@ApplicationScoped
public class DeadLetterPublisher {

    private static final Logger LOG = Logger.getLogger(DeadLetterPublisher.class);

    private final MutinyEmitter<Event<DeadLetter>> emitter;

    public DeadLetterPublisher(@Channel("dead-letters") MutinyEmitter<Event<DeadLetter>> emitter) {
        this.emitter = emitter;
    }

    /** A record the topic's deserializer rejected (not JSON, wrong type, …). */
    public Uni<Void> unreadable(ConsumerRecord<String, ?> record, String consumer) {
        String reason = header(record, DeserializationFailureHandler.DESERIALIZATION_FAILURE_REASON);
        String payload = header(record, DeserializationFailureHandler.DESERIALIZATION_FAILURE_DATA);
        return publish(record, consumer, payload, new ErrorDetail("UNREADABLE",
                reason == null ? "record could not be deserialized" : reason, null), 1, null);
    }

    /** A readable event that can never be applied. */
    public Uni<Void> invalid(ConsumerRecord<String, ? extends Event<?>> record, String consumer,
                             InvalidRecordException problem) {
        return publish(record, consumer, Json.writeString(record.value()),
                new ErrorDetail(problem.code(), problem.getMessage(), null), 1, record.value());
    }

    private Uni<Void> publish(ConsumerRecord<String, ?> record, String consumer, String payload, ErrorDetail error,
                              int attempts, Event<?> cause) {
        Event<DeadLetter> event = DeadLetterEvents.of(consumer, record, payload, cause, error, attempts, Instant.now());
        LOG.warnf("dead-lettering %s-%d@%d (key %s): %s %s", record.topic(), record.partition(), record.offset(),
                record.key(), error.code(), error.message());
        return emitter.sendMessage(KafkaRecord.of(event.key(), event));
    }

    private static String header(ConsumerRecord<String, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
