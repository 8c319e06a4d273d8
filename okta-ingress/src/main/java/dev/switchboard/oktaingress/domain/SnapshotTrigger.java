package dev.switchboard.oktaingress.domain;

import dev.switchboard.contracts.OktaHookEvent;

/**
 * Why a user is read: the snapshot's {@code trigger} and, when a System Log event caused it, that event's ids, which
 * the reconciler dedupes on.
 *
 * @param name           an Okta event type, {@code backstop} or {@code on-demand}
 * @param hookDeliveryId the hook delivery's {@code eventId}; null for events found in the System Log
 * @param hookEventUuid  the System Log event's {@code uuid}
 */
public record SnapshotTrigger(String name, String hookDeliveryId, String hookEventUuid) {

    public static final SnapshotTrigger BACKSTOP = new SnapshotTrigger("backstop", null, null);
    public static final SnapshotTrigger ON_DEMAND = new SnapshotTrigger("on-demand", null, null);

    public static SnapshotTrigger of(OktaHookEvent event) {
        return new SnapshotTrigger(event.eventType(), event.deliveryId(), event.eventUuid());
    }
}
