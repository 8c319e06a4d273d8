package dev.switchboard.reconciler.admin;

/** The admin API's roles: scopes in the access token's {@code scp} claim (an Okta custom authorization server's). */
public final class AdminRoles {

    /** Read-only: user state, breaker state, dead letters, audit trail. */
    public static final String READ = "switchboard.read";

    /** Operator: sync, breaker decisions, dead-letter replay. */
    public static final String OPERATE = "switchboard.operate";

    private AdminRoles() {
    }
}
