package dev.switchboard.reconciler.domain;

import dev.switchboard.contracts.RingCentralCommand;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What the reconciler does about one Okta user state: one decision per snapshot. */
public sealed interface Decision {

    /** The commands to send, in order (status command first); empty for {@link NoChange}. */
    List<RingCentralCommand> commands();

    /**
     * Start a new link and ask ringcentral-writer to create (or link) the user.
     *
     * @param linkId          the new link
     * @param oktaUserId      its Okta user
     * @param lastOktaUpdated the snapshot's {@code lastUpdated}, kept for staleness checks
     * @param command         the CREATE command for the outbox
     */
    record CreateLink(UUID linkId, String oktaUserId, Instant lastOktaUpdated, RingCentralCommand command)
            implements Decision {
        public CreateLink {
            Objects.requireNonNull(linkId, "linkId");
            Objects.requireNonNull(oktaUserId, "oktaUserId");
            Objects.requireNonNull(command, "command");
        }

        @Override
        public List<RingCentralCommand> commands() {
            return List.of(command);
        }
    }

    /** Set exactly the Okta-mastered attributes that differ from what we last commanded. */
    record Update(UUID linkId, RingCentralCommand command) implements Decision {
        public Update {
            Objects.requireNonNull(linkId, "linkId");
            Objects.requireNonNull(command, "command");
        }

        @Override
        public List<RingCentralCommand> commands() {
            return List.of(command);
        }
    }

    /**
     * Disable the RingCentral user, data kept (Okta status SUSPENDED). Destructive: passes the breaker.
     *
     * @param update attribute changes that arrived with the same snapshot, or {@code null}
     */
    record Suspend(UUID linkId, RingCentralCommand command, RingCentralCommand update) implements Decision {
        public Suspend {
            Objects.requireNonNull(linkId, "linkId");
            Objects.requireNonNull(command, "command");
        }

        @Override
        public List<RingCentralCommand> commands() {
            return update == null ? List.of(command) : List.of(command, update);
        }
    }

    /**
     * Enable the RingCentral user again (Okta status back to ACTIVE, or re-assigned after DISABLE).
     *
     * @param update attribute changes that arrived with the same snapshot, or {@code null}
     */
    record Unsuspend(UUID linkId, RingCentralCommand command, RingCentralCommand update) implements Decision {
        public Unsuspend {
            Objects.requireNonNull(linkId, "linkId");
            Objects.requireNonNull(command, "command");
        }

        @Override
        public List<RingCentralCommand> commands() {
            return update == null ? List.of(command) : List.of(command, update);
        }
    }

    /**
     * REMOVE or DISABLE (switchboard.push.deactivation) the RingCentral user: Okta deprovisioned, deleted or
     * unassigned it. Destructive: passes the breaker.
     */
    record Deactivate(UUID linkId, RingCentralCommand command) implements Decision {
        public Deactivate {
            Objects.requireNonNull(linkId, "linkId");
            Objects.requireNonNull(command, "command");
        }

        @Override
        public List<RingCentralCommand> commands() {
            return List.of(command);
        }
    }

    /** Nothing to write, and why (logged, never sent). */
    record NoChange(Reason reason) implements Decision {
        public NoChange {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public List<RingCentralCommand> commands() {
            return List.of();
        }
    }

    enum Reason {
        /** The snapshot is older than the one already applied. */
        STALE,
        /** Linked, and Okta's status and mastered attributes equal what we last commanded (an echo or a replay). */
        NO_DIFF,
        /** Not assigned to the RingCentral app, deleted or deprovisioned, and no active link exists. */
        NOT_ASSIGNED,
        /** The previous link failed and the snapshot is not newer than the one that caused it. */
        FAILED_UNCHANGED,
        /** The CREATE is in flight; its result re-decides from the latest applied state. */
        AWAITING_CREATE,
        /** The REMOVE is in flight; its result re-decides from the latest applied state. */
        AWAITING_REMOVAL,
        /** Okta no longer wants the user and we already commanded (or hold) its deactivation. */
        ALREADY_DEACTIVATED,
        /** RingCentral is profile master: Okta's lifecycle changes are not pushed. */
        RINGCENTRAL_MASTERS_LIFECYCLE,
        /** Linked by import, the Okta user is not assigned to the app yet: not a reason to remove anyone. */
        AWAITING_ASSIGNMENT
    }

    /** Whether a command removes access (REMOVE, DISABLE, SUSPEND) and therefore passes the breaker. */
    static boolean destructive(RingCentralCommand command) {
        return switch (command.action()) {
            case REMOVE, DISABLE, SUSPEND -> true;
            default -> false;
        };
    }
}
