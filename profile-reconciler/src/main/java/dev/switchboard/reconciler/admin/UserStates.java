package dev.switchboard.reconciler.admin;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A user's state on both sides as the reconciler knows it. Implemented by the reconciler; used by the admin API. */
public interface UserStates {

    /** The user's current link and attributes; empty when the reconciler has never seen the Okta user. */
    Uni<Optional<UserState>> of(String oktaUserId);

    /**
     * @param oktaUserId  the Okta user
     * @param linkId      the current link, if any
     * @param extensionId the linked RingCentral extension, if any
     * @param linkState   PENDING_CREATE, LINKED, SUSPENDED, REMOVING, REMOVED, FAILED
     * @param oktaStatus  the Okta user status from the last applied snapshot
     * @param updatedAt   when the link last changed
     * @param attributes  per mapped attribute: values on both sides and where they came from
     */
    record UserState(String oktaUserId, UUID linkId, String extensionId, String linkState, String oktaStatus,
                     Instant updatedAt, List<AttributeState> attributes) {
    }

    /**
     * Provenance of one attribute.
     *
     * @param attribute       the RingCentral attribute name (contact.email, …)
     * @param oktaAttribute   the Okta profile attribute mapped to it
     * @param value           the value the reconciler holds as current
     * @param master          which side masters it: okta or ringcentral
     * @param sourceEventId   the event that brought the value
     * @param observedAt      when that event was applied
     * @param lastSetByUs     the value we last asked ringcentral-writer to set (the echo ledger), if any
     * @param ringCentral     the value RingCentral last reported for the linked extension, with its source event and
     *                        time, or {@code null} when none was seen
     * @param lastSetInOkta   the value we last asked okta-writer to set (the Okta-side echo ledger), if any
     */
    record AttributeState(String attribute, String oktaAttribute, String value, String master, String sourceEventId,
                          Instant observedAt, String lastSetByUs, Observed ringCentral, String lastSetInOkta) {
    }

    /** A value seen on one side: the value, the event that brought it and when it was applied. */
    record Observed(String value, String sourceEventId, Instant observedAt) {
    }
}
