package dev.switchboard.rcingress.messaging;

import dev.switchboard.contracts.DeadLetter;
import dev.switchboard.contracts.ErrorDetail;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

/** Sends records the enricher gave up on to switchboard.dead-letters.v1, as the DeadLetter contract. */
@ApplicationScoped
public class DeadLetters {

    static final String CONSUMER = "ringcentral-ingress/enricher";

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    @Channel("dead-letters-out")
    MutinyEmitter<Event<DeadLetter>> emitter;

    @Inject
    MeterRegistry registry;

    /** Publishes the dead letter and waits for Kafka's ack, so the original offset is committed only afterwards. */
    public void send(ConsumerRecord<String, byte[]> record, Event<?> cause, ErrorDetail error, int attempts) {
        DeadLetter letter = new DeadLetter(CONSUMER, record.topic(), record.partition(), record.offset(), record.key(),
                record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8), error, attempts,
                Instant.now());
        String key = record.key() != null ? record.key() : record.topic() + "-" + record.partition() + "-" + record.offset();
        Event<DeadLetter> event = cause == null
                ? Event.first(Topics.DEAD_LETTERS, key, letter)
                : Event.causedBy(cause, Topics.DEAD_LETTERS, key, letter);
        emitter.sendMessageAndAwait(KafkaRecord.of(key, event));
        registry.counter("switchboard.ringcentral.notifications.dead_lettered", "code", error.code()).increment();
        LOG.warnf("dead-lettered %s-%d@%d: %s %s", record.topic(), record.partition(), record.offset(), error.code(),
                error.message());
    }
}
