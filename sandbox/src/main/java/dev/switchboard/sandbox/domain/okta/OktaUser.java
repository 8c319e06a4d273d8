package dev.switchboard.sandbox.domain.okta;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An Okta user as stored by the sandbox org; immutable, replaced on every change. */
public record OktaUser(String id, String status, Instant created, Instant activated, Instant statusChanged,
                       Instant lastLogin, Instant lastUpdated, Instant passwordChanged,
                       Map<String, Object> profile, long version) {

    public OktaUser {
        profile = Collections.unmodifiableMap(new LinkedHashMap<>(profile));
    }

    public String login() {
        return (String) profile.get("login");
    }

    /** "First Last", as Okta shows a user in the System Log. */
    public String displayName() {
        Object first = profile.get("firstName");
        Object last = profile.get("lastName");
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    }

    /** The entity tag of this version (weak, opaque). */
    public String etag() {
        return "W/\"" + Long.toString(lastUpdated.toEpochMilli(), 36) + "-" + version + "\"";
    }
}
