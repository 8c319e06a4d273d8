package dev.switchboard.sandbox.domain.okta;

/**
 * Okta rate-limit buckets of the management API, one per endpoint family (longest-prefix match, as Okta
 * matches buckets), with the OAuth scope family that guards it ({@code okta.<family>.read / .manage}).
 */
public enum OktaBucket {
    USERS("/api/v1/users", "okta.users"),
    APPS("/api/v1/apps", "okta.apps"),
    LOGS("/api/v1/logs", "okta.logs"),
    GROUPS("/api/v1/groups", "okta.groups"),
    EVENT_HOOKS("/api/v1/eventHooks", "okta.eventHooks");

    private final String prefix;
    private final String scopeFamily;

    OktaBucket(String prefix, String scopeFamily) {
        this.prefix = prefix;
        this.scopeFamily = scopeFamily;
    }

    /** The bucket of a request path; paths of no known family count against the users bucket. */
    public static OktaBucket of(String path) {
        for (OktaBucket bucket : values()) {
            if (path.equals(bucket.prefix) || path.startsWith(bucket.prefix + "/")) {
                return bucket;
            }
        }
        return USERS;
    }

    public String scopeFamily() {
        return scopeFamily;
    }
}
