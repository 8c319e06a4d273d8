package dev.switchboard.clients.ringcentral;

/**
 * A value obtained from RingCentral and how many HTTP calls it took (retries included).
 *
 * @param value    what the call returned
 * @param attempts calls made
 */
public record Attempted<T>(T value, int attempts) {
}
