package dev.switchboard.writers;

import dev.switchboard.contracts.DeadLetter;
import dev.switchboard.contracts.ErrorDetail;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.Topics;
import dev.switchboard.contracts.kafka.DeadLetterEvents;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Publishes a writer's results (provisioning.results.v1) and dead letters (switchboard.dead-letters.v1) and waits for
 * Kafka's ack, so that a command record is committed only after what it produced is stored.
 */
public final class WriterPublisher {

    private final String consumer;
    private final BiConsumer<String, Event<ProvisioningResult>> results;
    private final BiConsumer<String, Event<DeadLetter>> deadLetters;

    /**
     * @param consumer    names the writer's consumer in its dead letters, e.g. {@code ringcentral-writer/commands}
     * @param results     the writer's emitter of provisioning.results.v1
     * @param deadLetters the writer's emitter of switchboard.dead-letters.v1
     */
    public WriterPublisher(String consumer, MutinyEmitter<Event<ProvisioningResult>> results,
                           MutinyEmitter<Event<DeadLetter>> deadLetters) {
        this(consumer, (key, event) -> results.sendMessageAndAwait(KafkaRecord.of(key, event)),
                (key, event) -> deadLetters.sendMessageAndAwait(KafkaRecord.of(key, event)));
    }

    /** With sinks that send a keyed event and return once it is stored. */
    WriterPublisher(String consumer, BiConsumer<String, Event<ProvisioningResult>> results,
                    BiConsumer<String, Event<DeadLetter>> deadLetters) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.results = results;
        this.deadLetters = deadLetters;
    }

    /** The result of {@code command}, keyed by link id, in the command's correlation. */
    public void result(Event<?> command, ProvisioningResult result) {
        Event<ProvisioningResult> event = Event.causedBy(command, Topics.PROVISIONING_RESULTS, result.linkId(), result);
        results.accept(event.key(), event);
    }

    /**
     * {@code record} as a dead letter, keyed as the record (or by its topic, partition and offset when it has no key).
     * {@code command} is the record read as an event, or {@code null} when it could not be read; then the dead letter
     * starts a correlation of its own.
     */
    public void deadLetter(ConsumerRecord<String, byte[]> record, Event<?> command, ErrorDetail error, int attempts) {
        Event<DeadLetter> event = DeadLetterEvents.of(consumer, record, command, error, attempts, Instant.now());
        deadLetters.accept(event.key(), event);
    }
}
