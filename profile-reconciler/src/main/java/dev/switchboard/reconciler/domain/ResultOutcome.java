package dev.switchboard.reconciler.domain;

import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import java.util.Optional;

/** What a writer's result means for the link it belongs to. */
public final class ResultOutcome {

    /** The writer's code for "the extension no longer exists in RingCentral". */
    public static final String EXTENSION_GONE = "SWB-EXTENSION-GONE";

    private ResultOutcome() {
    }

    /**
     * The link's new state and extension id after {@code result}, or empty when the result changes nothing (a
     * replay, a late result that an earlier one already settled, a result for another system).
     *
     * @param link   the link as stored
     * @param result the writer's result for one of the link's commands
     */
    public static Optional<Change> apply(CurrentLink link, ProvisioningResult result) {
        if (result.system() != ProvisioningResult.TargetSystem.RINGCENTRAL || result.action() == null) {
            return Optional.empty();
        }
        return result.outcome() == Outcome.FAILED ? failed(link, result) : succeeded(link, result);
    }

    private static Optional<Change> succeeded(CurrentLink link, ProvisioningResult result) {
        String extensionId = result.extensionId() == null || result.extensionId().isBlank()
                ? link.extensionId() : result.extensionId();
        LinkState state = link.state();
        LinkState next = switch (result.action()) {
            case "CREATE" -> state == LinkState.PENDING_CREATE && extensionId != null ? LinkState.LINKED : state;
            case "SUSPEND", "DISABLE" -> state == LinkState.LINKED ? LinkState.SUSPENDED : state;
            case "UNSUSPEND" -> state == LinkState.SUSPENDED ? LinkState.LINKED : state;
            case "REMOVE" -> state.active() && state != LinkState.PENDING_CREATE ? LinkState.REMOVED : state;
            default -> state;
        };
        // the extension id only ever fills in: a late result never re-points a link
        String nextExtension = link.extensionId() == null ? extensionId : link.extensionId();
        if (next == state && java.util.Objects.equals(nextExtension, link.extensionId())) {
            return Optional.empty();
        }
        return Optional.of(new Change(next, nextExtension, null, false));
    }

    private static Optional<Change> failed(CurrentLink link, ProvisioningResult result) {
        String reason = describe(result);
        if ("CREATE".equals(result.action())) {
            return link.state() == LinkState.PENDING_CREATE
                    ? Optional.of(new Change(LinkState.FAILED, link.extensionId(), reason, false))
                    : Optional.empty();
        }
        if (!link.state().active() || link.state() == LinkState.PENDING_CREATE) {
            return Optional.empty();
        }
        if (result.error() != null && EXTENSION_GONE.equals(result.error().code())
                && !"REMOVE".equals(result.action())) {
            // the user vanished in RingCentral: the link ends (the row stays for history)
            return Optional.of(new Change(LinkState.REMOVED, link.extensionId(), reason, false));
        }
        // forget what the failed command asked for, so the next snapshot proposes it again
        LinkState confirmed = link.state() == LinkState.REMOVING ? LinkState.LINKED : link.state();
        return Optional.of(new Change(confirmed, link.extensionId(), reason, true));
    }

    private static String describe(ProvisioningResult result) {
        var error = result.error();
        if (error == null) {
            return result.action() + " failed";
        }
        return (error.code() == null ? "" : error.code() + ": ") + (error.message() == null ? "" : error.message());
    }

    /**
     * @param state         the link's new state
     * @param extensionId   the extension id to store
     * @param failureReason why it failed, when it did
     * @param forgetCommand the command failed: drop what it commanded from the echo ledger
     */
    public record Change(LinkState state, String extensionId, String failureReason, boolean forgetCommand) {
    }
}
