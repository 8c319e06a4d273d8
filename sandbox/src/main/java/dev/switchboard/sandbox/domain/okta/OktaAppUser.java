package dev.switchboard.sandbox.domain.okta;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A user's assignment to the app instance (Okta's AppUser); its id is the Okta user id. */
public record OktaAppUser(String userId, String appId, String externalId, String scope, String status,
                          String syncState, Instant created, Instant lastUpdated, Instant statusChanged,
                          String userName, Map<String, Object> profile) {

    public OktaAppUser {
        profile = Collections.unmodifiableMap(new LinkedHashMap<>(profile));
    }

    /** The same assignment reached another way: USER (direct) or GROUP. */
    OktaAppUser withScope(String newScope, Instant now) {
        return new OktaAppUser(userId, appId, externalId, newScope, status, syncState, created, now, statusChanged,
                userName, profile);
    }
}
