package dev.switchboard.reconciler.domain;

import dev.switchboard.contracts.ProvisioningResult;
import java.util.Optional;

/** What a writer's result means for the link it belongs to. */
public final class ResultOutcome {

    private ResultOutcome() {
    }

    /**
     * The link's new state and extension id after {@code result}, or empty when the result changes nothing (a
     * replay, a result of a non-CREATE command, or a late failure of a link that is already linked).
     *
     * @param link   the link as stored
     * @param result the writer's result for one of the link's commands
     */
    public static Optional<Change> apply(CurrentLink link, ProvisioningResult result) {
        if (result.system() != ProvisioningResult.TargetSystem.RINGCENTRAL || !"CREATE".equals(result.action())) {
            return Optional.empty();
        }
        if (result.outcome() == ProvisioningResult.Outcome.FAILED) {
            if (link.state() != LinkState.PENDING_CREATE) {
                return Optional.empty();
            }
            String reason = result.error() == null ? "CREATE failed" : describe(result);
            return Optional.of(new Change(LinkState.FAILED, link.extensionId(), reason));
        }
        if (result.extensionId() == null || result.extensionId().isBlank()) {
            return Optional.empty();
        }
        if (link.state() == LinkState.LINKED && result.extensionId().equals(link.extensionId())) {
            return Optional.empty();
        }
        return Optional.of(new Change(LinkState.LINKED, result.extensionId(), null));
    }

    private static String describe(ProvisioningResult result) {
        var error = result.error();
        return (error.code() == null ? "" : error.code() + ": ") + (error.message() == null ? "" : error.message());
    }

    /**
     * @param state         the link's new state
     * @param extensionId   the extension id to store
     * @param failureReason why it failed, for FAILED
     */
    public record Change(LinkState state, String extensionId, String failureReason) {
    }
}
