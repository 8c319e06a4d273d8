package dev.switchboard.reconciler.domain;

/** Where a link between an Okta user and a RingCentral extension stands, as confirmed by the writer's results. */
public enum LinkState {
    /** A CREATE command was issued; no extension id yet. */
    PENDING_CREATE,
    /** The RingCentral extension exists, enabled, and its id is known. */
    LINKED,
    /** The extension exists but is disabled (suspended in Okta, or deactivated with deactivation=disable). */
    SUSPENDED,
    /** A REMOVE command was released; waiting for its result. */
    REMOVING,
    /** The extension was removed (or vanished in RingCentral); the row stays for history. */
    REMOVED,
    /** The CREATE failed permanently; the link is inactive and a newer snapshot may start a new one. */
    FAILED;

    /** Active links count for "one link per Okta user" (see the partial unique index, V4). */
    public boolean active() {
        return this != FAILED && this != REMOVED;
    }
}
