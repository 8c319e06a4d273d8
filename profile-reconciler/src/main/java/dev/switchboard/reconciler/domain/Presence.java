package dev.switchboard.reconciler.domain;

/** What Okta wants for a user in RingCentral, derived from a snapshot. */
public enum Presence {
    /** Assigned and not suspended (ACTIVE, but also STAGED, PROVISIONED, LOCKED_OUT, PASSWORD_EXPIRED, RECOVERY). */
    ACTIVE,
    /** Assigned but SUSPENDED in Okta: the RingCentral user stays, disabled. */
    SUSPENDED,
    /** Unassigned, DEPROVISIONED or deleted: the RingCentral user goes (removed or disabled). */
    GONE
}
