package dev.switchboard.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/**
 * The state of an Okta user as the Okta API returned it, with its assignment to the RingCentral app.
 *
 * @param userId      Okta user id ({@code 00u…})
 * @param status      Okta user status (ACTIVE, SUSPENDED, DEPROVISIONED, …); {@code null} when {@code deleted}
 * @param lastUpdated Okta's {@code lastUpdated}; a snapshot older than one already applied is stale
 * @param profile     the Okta user profile (attribute name → value)
 * @param appUser     the user's app user in the RingCentral app, or {@code null} when not assigned
 * @param deleted     the user no longer exists in Okta (the API answered 404)
 * @param trigger     what made us read: an Okta event type, {@code backstop} or {@code on-demand}
 * @param readAt      when the API was read
 * @param hookDeliveryId the Okta hook delivery ({@code eventId}) that triggered the read, if a hook did
 * @param hookEventUuid  the System Log event ({@code uuid}) that triggered the read, if one did; consumers dedupe on it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OktaUserSnapshot(
        String userId,
        String status,
        Instant lastUpdated,
        Map<String, Object> profile,
        AppUser appUser,
        boolean deleted,
        String trigger,
        Instant readAt,
        String hookDeliveryId,
        String hookEventUuid) {

    public OktaUserSnapshot {
        profile = profile == null ? Map.of() : profile;
    }

    /** A snapshot not triggered by a System Log event (backstop, on-demand). */
    public OktaUserSnapshot(String userId, String status, Instant lastUpdated, Map<String, Object> profile,
                            AppUser appUser, boolean deleted, String trigger, Instant readAt) {
        this(userId, status, lastUpdated, profile, appUser, deleted, trigger, readAt, null, null);
    }

    /** Whether the user is assigned to the RingCentral app. */
    public boolean assigned() {
        return appUser != null;
    }

    /**
     * The user's app user in the RingCentral app instance.
     *
     * @param appId       the app instance id ({@code 0oa…})
     * @param status      app-user status (PROVISIONED, ACTIVE, …)
     * @param scope       USER or GROUP (assigned through a group)
     * @param externalId  the RingCentral extension id once linked
     * @param lastUpdated Okta's {@code lastUpdated} of the app user
     * @param profile     the app-user profile
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AppUser(String appId, String status, String scope, String externalId, Instant lastUpdated,
                          Map<String, Object> profile) {
        public AppUser {
            profile = profile == null ? Map.of() : profile;
        }
    }
}
