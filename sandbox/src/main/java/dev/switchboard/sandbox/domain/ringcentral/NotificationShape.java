package dev.switchboard.sandbox.domain.ringcentral;

import java.util.Locale;

/**
 * Body shape of Extension List event notifications. Both exist in the wild (specs/ringcentral.md §1.8):
 * {@code body.extensions[]} (docs sample, batched) and the flat {@code body.extensionId} (current spec schema).
 * {@code MIXED} alternates between the two, notification by notification.
 */
public enum NotificationShape {
    ARRAY, FLAT, MIXED;

    public static NotificationShape fromWire(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("shape must be array, flat or mixed, not " + value);
        }
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
