package dev.switchboard.reconciler.admin;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The destructive commands the mass-deprovisioning breaker holds back, and the operator's decisions on them.
 * Implemented by the breaker; used by the admin API.
 */
public interface BreakerDecisions {

    /** Every decision still waiting for an operator, oldest first. */
    Uni<List<PendingDecision>> pending();

    /** Releases a held command to the outbox; empty when there is no pending decision with that id. */
    Uni<Optional<PendingDecision>> approve(UUID id, String operator);

    /** Drops a held command for good; empty when there is no pending decision with that id. */
    Uni<Optional<PendingDecision>> reject(UUID id, String operator);

    /** Releases every pending command; returns how many. */
    Uni<Integer> approveAll(String operator);

    /** Whether the breaker is open (holding destructive commands) right now, and why. */
    Uni<BreakerState> state();

    /**
     * The decision with that id in any status; empty when there is none. The admin API uses it to tell an unknown
     * decision (404) from one already decided (409). The default sees pending decisions only: implementations that
     * keep decided ones should override it.
     */
    default Uni<Optional<PendingDecision>> find(UUID id) {
        return pending().map(decisions -> decisions.stream().filter(d -> d.id().equals(id)).findFirst());
    }

    /**
     * @param id          the decision
     * @param linkId      the link the command is for
     * @param oktaUserId  the Okta user
     * @param extensionId the RingCentral extension
     * @param action      REMOVE, DISABLE or SUSPEND
     * @param reason      why the reconciler wanted it
     * @param heldAt      when the breaker held it
     * @param status      PENDING, APPROVED or REJECTED
     * @param decidedBy   the operator who decided, once decided
     */
    record PendingDecision(UUID id, UUID linkId, String oktaUserId, String extensionId, String action, String reason,
                           Instant heldAt, String status, String decidedBy) {
    }

    /**
     * @param open                 destructive commands are being held
     * @param destructiveInWindow  destructive commands counted in the current window
     * @param threshold            the count beyond which the breaker opens
     * @param linkedUsers          linked users the share is computed from
     */
    record BreakerState(boolean open, int destructiveInWindow, int threshold, long linkedUsers) {
    }
}
