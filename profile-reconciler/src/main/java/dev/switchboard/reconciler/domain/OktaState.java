package dev.switchboard.reconciler.domain;

import dev.switchboard.contracts.OktaUserSnapshot;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An Okta user as the reconciler applies it: presence, status, the mapped RingCentral attribute values and the
 * snapshot's version. The last applied one is stored per Okta user (table okta_user_state).
 *
 * @param oktaUserId  the Okta user
 * @param presence    what Okta wants in RingCentral
 * @param oktaStatus  Okta's user status ({@code null} when deleted)
 * @param attributes  mapped values by RingCentral attribute name; absent = no value in Okta
 * @param lastUpdated Okta's {@code lastUpdated} (null when the user was deleted: nothing can follow a deletion)
 * @param readAt      when okta-ingress read the API; breaks ties between snapshots with the same lastUpdated
 *                    (assignment changes do not touch the user's lastUpdated)
 */
public record OktaState(String oktaUserId, Presence presence, String oktaStatus, Map<String, String> attributes,
                        Instant lastUpdated, Instant readAt) {

    private static final String SUSPENDED = "SUSPENDED";
    private static final String DEPROVISIONED = "DEPROVISIONED";

    public OktaState {
        Objects.requireNonNull(oktaUserId, "oktaUserId");
        Objects.requireNonNull(presence, "presence");
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The state a snapshot describes, with its profile mapped to RingCentral attributes. */
    public static OktaState of(OktaUserSnapshot snapshot, AttributeMapping mapping) {
        return new OktaState(snapshot.userId(), presenceOf(snapshot), snapshot.status(),
                mapping.apply(snapshot.profile()), snapshot.lastUpdated(), snapshot.readAt());
    }

    static Presence presenceOf(OktaUserSnapshot snapshot) {
        if (!snapshot.assigned() || snapshot.deleted() || DEPROVISIONED.equals(snapshot.status())) {
            return Presence.GONE;
        }
        return SUSPENDED.equals(snapshot.status()) ? Presence.SUSPENDED : Presence.ACTIVE;
    }

    /**
     * Orders snapshots of one user: by Okta's lastUpdated (a deleted user, without one, is the newest), then by
     * when they were read. Negative when {@code this} is older than the other version.
     */
    public int compareVersion(Instant otherLastUpdated, Instant otherReadAt) {
        int byUpdate = compareNullsLast(lastUpdated, otherLastUpdated);
        if (byUpdate != 0) {
            return byUpdate;
        }
        return readAt == null || otherReadAt == null ? 0 : readAt.compareTo(otherReadAt);
    }

    /** {@code null} counts as newest: only a deleted user has no lastUpdated, and nothing follows a deletion. */
    private static int compareNullsLast(Instant a, Instant b) {
        if (a == null) {
            return b == null ? 0 : 1;
        }
        return b == null ? -1 : a.compareTo(b);
    }
}
