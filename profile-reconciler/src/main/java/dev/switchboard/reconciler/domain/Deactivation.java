package dev.switchboard.reconciler.domain;

import dev.switchboard.contracts.RingCentralCommand;

/** What happens in RingCentral when Okta no longer wants the user ({@code switchboard.push.deactivation}). */
public enum Deactivation {
    /** Delete the extension and its data. */
    REMOVE(RingCentralCommand.Action.REMOVE, CommandedStatus.REMOVED),
    /** Keep the extension, disabled; a re-assignment enables it again on the same link. */
    DISABLE(RingCentralCommand.Action.DISABLE, CommandedStatus.DISABLED);

    private final RingCentralCommand.Action action;
    private final CommandedStatus commanded;

    Deactivation(RingCentralCommand.Action action, CommandedStatus commanded) {
        this.action = action;
        this.commanded = commanded;
    }

    public RingCentralCommand.Action action() {
        return action;
    }

    public CommandedStatus commanded() {
        return commanded;
    }
}
