package dev.switchboard.reconciler.domain;

/**
 * The Okta user status we last commanded through import (the status half of the Okta-side echo ledger), so a
 * lifecycle command flows back once, not on every RingCentral snapshot before its result.
 */
public enum OktaLifecycle {
    ACTIVE,
    SUSPENDED,
    DEACTIVATED;

    /** What Okta's own status implies when we have commanded nothing yet. */
    public static OktaLifecycle impliedBy(String oktaStatus) {
        if ("SUSPENDED".equals(oktaStatus)) {
            return SUSPENDED;
        }
        return "DEPROVISIONED".equals(oktaStatus) ? DEACTIVATED : ACTIVE;
    }
}
