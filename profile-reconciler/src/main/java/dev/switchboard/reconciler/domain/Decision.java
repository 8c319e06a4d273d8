package dev.switchboard.reconciler.domain;

import dev.switchboard.contracts.RingCentralCommand;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** What the reconciler does about one Okta user snapshot. Later issues add updates and removals as new cases. */
public sealed interface Decision {

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
    }

    /** Nothing to write, and why (logged and counted, never sent). */
    record NoChange(Reason reason) implements Decision {
        public NoChange {
            Objects.requireNonNull(reason, "reason");
        }
    }

    enum Reason {
        /** The snapshot is older than the one already applied. */
        STALE,
        /** The user has an active link; updates and removals are decided in a later issue. */
        ALREADY_LINKED,
        /** Not assigned to the RingCentral app, deleted or deprovisioned, and no link exists. */
        NOT_ASSIGNED,
        /** The previous link failed and the snapshot is not newer than the one that caused it. */
        FAILED_UNCHANGED
    }
}
