package dev.switchboard.reconciler.domain;

/** Where a link between an Okta user and a RingCentral extension stands. */
public enum LinkState {
    /** A CREATE command was issued; no extension id yet. */
    PENDING_CREATE,
    /** The RingCentral extension exists and its id is known. */
    LINKED,
    /** The CREATE failed permanently; the link is inactive and a newer snapshot may start a new one. */
    FAILED;

    /** Active links count for "one link per Okta user" (see the partial unique index in V1). */
    public boolean active() {
        return this != FAILED;
    }
}
