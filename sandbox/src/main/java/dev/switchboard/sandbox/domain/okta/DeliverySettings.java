package dev.switchboard.sandbox.domain.okta;

import java.time.Duration;
import java.util.Objects;

/**
 * How the org delivers event hooks. {@code batchWindow}: events are collected this long after the first one
 * before they go out together (zero: at once); {@code batchMax}: most events per delivery;
 * {@code duplicateRate}: probability that a delivery is sent a second time with the same eventId;
 * {@code shuffle}: events of a batch are shuffled and deliveries run concurrently; {@code drop}: deliveries are
 * not sent at all (events still reach the System Log), as when Okta's daily hook cap is exceeded.
 */
public record DeliverySettings(Duration batchWindow, int batchMax, double duplicateRate, boolean shuffle,
                               boolean drop) {

    public DeliverySettings {
        Objects.requireNonNull(batchWindow);
        if (batchWindow.isNegative()) {
            throw new IllegalArgumentException("batchWindowMs must not be negative");
        }
        if (batchMax < 1) {
            throw new IllegalArgumentException("batchMax must be at least 1");
        }
        if (!(duplicateRate >= 0 && duplicateRate <= 1)) {
            throw new IllegalArgumentException("duplicateRate must be between 0 and 1");
        }
    }

    /** One event per delivery, immediately, once, in order. */
    public static DeliverySettings plain() {
        return new DeliverySettings(Duration.ZERO, 1, 0, false, false);
    }
}
