package dev.switchboard.reconciler.domain;

/**
 * The RingCentral status we last commanded for a link: the status half of the echo ledger. Decisions compare Okta's
 * wish with it (not with the confirmed link state), so a status command is issued once, not on every snapshot that
 * arrives before its result.
 */
public enum CommandedStatus {
    ACTIVE,
    SUSPENDED,
    DISABLED,
    REMOVED;

    /** What a confirmed link state implies when no command of ours is outstanding. */
    public static CommandedStatus impliedBy(LinkState state) {
        return switch (state) {
            case SUSPENDED -> SUSPENDED;
            case REMOVING, REMOVED -> REMOVED;
            default -> ACTIVE;
        };
    }
}
