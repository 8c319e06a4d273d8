package dev.switchboard.contracts.kafka;

import dev.switchboard.contracts.DeadLetter;
import dev.switchboard.contracts.ErrorDetail;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The one way every consumer turns a record it gave up on into a {@link DeadLetter} event on
 * {@code switchboard.dead-letters.v1}. Builds the event only; sending it, counting and logging stay with the caller.
 * The event's {@link Event#key() key} is the key to send it under.
 */
public final class DeadLetterEvents {

    private DeadLetterEvents() {
    }

    /**
     * {@code record} as a dead letter, its value kept as UTF-8 text.
     *
     * @param consumer the service and channel that gave up, e.g. {@code okta-ingress/enricher}
     * @param record   the failed record, value as received
     * @param cause    the event the record held, or {@code null} when it could not be read; the dead letter then
     *                 starts a correlation of its own instead of keeping the cause's
     * @param error    why it failed
     * @param attempts how many times it was tried
     * @param now      when the consumer gave up
     */
    public static Event<DeadLetter> of(String consumer, ConsumerRecord<String, byte[]> record, Event<?> cause,
                                       ErrorDetail error, int attempts, Instant now) {
        String payload = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
        return of(consumer, record, payload, cause, error, attempts, now);
    }

    /**
     * {@code record} as a dead letter with {@code payload} as its text, for a consumer whose deserializer already
     * turned the value into something else (or kept the raw bytes only in a header).
     *
     * @see #of(String, ConsumerRecord, Event, ErrorDetail, int, Instant)
     */
    public static Event<DeadLetter> of(String consumer, ConsumerRecord<String, ?> record, String payload,
                                       Event<?> cause, ErrorDetail error, int attempts, Instant now) {
        DeadLetter letter = new DeadLetter(Objects.requireNonNull(consumer, "consumer"), record.topic(),
                record.partition(), record.offset(), record.key(), payload, Objects.requireNonNull(error, "error"),
                attempts, Objects.requireNonNull(now, "now"));
        String key = keyOf(record);
        return cause == null
                ? Event.first(Topics.DEAD_LETTERS, key, letter)
                : Event.causedBy(cause, Topics.DEAD_LETTERS, key, letter);
    }

    /**
     * The record's own key, so a dead letter lands beside its record's other dead letters; for a record without one,
     * {@code topic-partition@offset}, as the consumers' log lines name a record.
     */
    private static String keyOf(ConsumerRecord<String, ?> record) {
        return record.key() != null ? record.key() : record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
