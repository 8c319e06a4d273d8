package dev.switchboard.oktawriter.messaging;

import dev.switchboard.contracts.DeadLetter;
import dev.switchboard.contracts.ErrorDetail;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.Topics;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Publishes results and dead letters and waits for Kafka's ack, so that a command record is committed only after what
 * it produced is stored.
 */
@ApplicationScoped
public class WriterPublisher {

    private final MutinyEmitter<Event<ProvisioningResult>> results;
    private final MutinyEmitter<Event<DeadLetter>> deadLetters;

    @Inject
    WriterPublisher(@Channel("results") MutinyEmitter<Event<ProvisioningResult>> results,
                    @Channel("dead-letters") MutinyEmitter<Event<DeadLetter>> deadLetters) {
        this.results = results;
        this.deadLetters = deadLetters;
    }

    /** The result of {@code command}, keyed by link id, in the command's correlation. */
    public void result(Event<OktaCommand> command, ProvisioningResult result) {
        Event<ProvisioningResult> event = Event.causedBy(command, Topics.PROVISIONING_RESULTS, result.linkId(), result);
        results.sendMessageAndAwait(KafkaRecord.of(event.key(), event));
    }

    /**
     * {@code record} as a dead letter, keyed as the record. {@code command} is the record read as an event, or
     * {@code null} when it could not be read (then the dead letter starts a correlation of its own).
     */
    public void deadLetter(ConsumerRecord<String, byte[]> record, Event<OktaCommand> command, ErrorDetail error,
                           int attempts) {
        DeadLetter letter = new DeadLetter(CommandConsumer.CONSUMER, record.topic(), record.partition(), record.offset(),
                record.key(), record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8), error,
                attempts, Instant.now());
        String key = record.key() != null ? record.key() : record.topic() + "-" + record.partition() + "@" + record.offset();
        Event<DeadLetter> event = command == null
                ? Event.first(Topics.DEAD_LETTERS, key, letter)
                : Event.causedBy(command, Topics.DEAD_LETTERS, key, letter);
        deadLetters.sendMessageAndAwait(KafkaRecord.of(key, event));
    }
}
