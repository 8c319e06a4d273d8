package dev.switchboard.reconciler.domain;

import dev.switchboard.contracts.OktaCommand;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What import does about one RingCentral extension snapshot of a linked user: one decision per snapshot. */
public sealed interface ImportDecision {

    /** The Okta commands to send, in order (lifecycle first). */
    List<OktaCommand> commands();

    /**
     * Apply RingCentral-mastered changes (and, where RingCentral is profile master, its lifecycle) to Okta.
     *
     * @param linkId    the link
     * @param commands  UPDATE_PROFILE / UPDATE_APP_USER and at most one of SUSPEND, UNSUSPEND, DEACTIVATE
     * @param lifecycle the Okta status now commanded, or {@code null} when unchanged
     * @param reason    why, for the log
     */
    record ToOkta(UUID linkId, List<OktaCommand> commands, OktaLifecycle lifecycle, String reason)
            implements ImportDecision {
        public ToOkta {
            Objects.requireNonNull(linkId, "linkId");
            commands = List.copyOf(commands);
            if (commands.isEmpty()) {
                throw new IllegalArgumentException("ToOkta needs a command");
            }
        }
    }

    /** Nothing to send, and why (logged). */
    record NoChange(Reason reason, String detail) implements ImportDecision {
        public NoChange {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public List<OktaCommand> commands() {
            return List.of();
        }
    }

    enum Reason {
        /** Every RingCentral-mastered value equals what we commanded (either side) or what Okta holds. */
        NO_DIFF,
        /** Only values we wrote to RingCentral came back (our echo). */
        ECHO,
        /** The link is waiting for a CREATE or REMOVE result (or ended); decided later. */
        LINK_NOT_SETTLED,
        /** The extension was removed or disabled, but Okta masters the lifecycle (profile master okta). */
        OKTA_MASTERS_LIFECYCLE,
        /** The Okta user's deactivation was already commanded. */
        ALREADY_DEACTIVATED
    }

    /** Whether a command removes access (SUSPEND, DEACTIVATE) and therefore passes the breaker. */
    static boolean destructive(OktaCommand command) {
        return command.action() == OktaCommand.Action.SUSPEND || command.action() == OktaCommand.Action.DEACTIVATE;
    }
}
