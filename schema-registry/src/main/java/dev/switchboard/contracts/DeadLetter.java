package dev.switchboard.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A record a consumer could not process, kept with the reason so an operator can replay it.
 *
 * @param consumer    the service and channel that gave up
 * @param sourceTopic where the record came from
 * @param partition   its partition
 * @param offset      its offset
 * @param recordKey   its key
 * @param payload     its value as received (UTF-8)
 * @param error       why it failed
 * @param attempts    how many times it was tried
 * @param failedAt    when the consumer gave up
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadLetter(
        String consumer,
        String sourceTopic,
        int partition,
        long offset,
        String recordKey,
        String payload,
        ErrorDetail error,
        int attempts,
        Instant failedAt) {
}
