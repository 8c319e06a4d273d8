package dev.switchboard.reconciler.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.ErrorDetail;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResultOutcomeTest {

    private static final CurrentLink PENDING = new CurrentLink(UUID.randomUUID(), LinkState.PENDING_CREATE, null, null);
    private static final CurrentLink LINKED = PENDING.withState(LinkState.LINKED, "620001");

    @Test
    void successfulCreateLinksTheExtension() {
        for (Outcome outcome : new Outcome[] {Outcome.APPLIED, Outcome.LINKED_EXISTING, Outcome.DUPLICATE}) {
            assertThat(ResultOutcome.apply(PENDING, result("CREATE", outcome, "620001", null)))
                    .contains(new ResultOutcome.Change(LinkState.LINKED, "620001", null, false));
        }
    }

    @Test
    void replayOfTheSameResultChangesNothing() {
        assertThat(ResultOutcome.apply(LINKED, result("CREATE", Outcome.APPLIED, "620001", null))).isEmpty();
    }

    @Test
    void failedCreateFailsAPendingLinkWithTheReason() {
        ErrorDetail error = new ErrorDetail("CMN-101", "Parameter [contact.email] value is invalid", 400);
        assertThat(ResultOutcome.apply(PENDING, result("CREATE", Outcome.FAILED, null, error))).contains(
                new ResultOutcome.Change(LinkState.FAILED, null, "CMN-101: Parameter [contact.email] value is invalid",
                        false));
    }

    @Test
    void lateFailureDoesNotUndoALinkedLink() {
        assertThat(ResultOutcome.apply(LINKED, result("CREATE", Outcome.FAILED, null, null))).isEmpty();
    }

    @Test
    void statusResultsMoveTheLink() {
        assertThat(ResultOutcome.apply(LINKED, result("SUSPEND", Outcome.APPLIED, "620001", null)))
                .contains(new ResultOutcome.Change(LinkState.SUSPENDED, "620001", null, false));
        assertThat(ResultOutcome.apply(LINKED, result("DISABLE", Outcome.UNCHANGED, "620001", null)))
                .contains(new ResultOutcome.Change(LinkState.SUSPENDED, "620001", null, false));
        CurrentLink suspended = LINKED.withState(LinkState.SUSPENDED, "620001");
        assertThat(ResultOutcome.apply(suspended, result("UNSUSPEND", Outcome.APPLIED, "620001", null)))
                .contains(new ResultOutcome.Change(LinkState.LINKED, "620001", null, false));
        CurrentLink removing = LINKED.withState(LinkState.REMOVING, "620001");
        assertThat(ResultOutcome.apply(removing, result("REMOVE", Outcome.DUPLICATE, "620001", null)))
                .contains(new ResultOutcome.Change(LinkState.REMOVED, "620001", null, false));
    }

    @Test
    void updateResultChangesNoState() {
        assertThat(ResultOutcome.apply(LINKED, result("UPDATE", Outcome.APPLIED, "620001", null))).isEmpty();
    }

    @Test
    void extensionGoneEndsTheLink() {
        ErrorDetail gone = new ErrorDetail(ResultOutcome.EXTENSION_GONE, "extension 620001 not found", 404);
        for (String action : new String[] {"UPDATE", "SUSPEND"}) {
            assertThat(ResultOutcome.apply(LINKED, result(action, Outcome.FAILED, null, gone))).contains(
                    new ResultOutcome.Change(LinkState.REMOVED, "620001",
                            "SWB-EXTENSION-GONE: extension 620001 not found", false));
        }
    }

    @Test
    void otherFailuresForgetTheCommandSoItIsProposedAgain() {
        ErrorDetail error = new ErrorDetail("CMN-101", "invalid", 400);
        assertThat(ResultOutcome.apply(LINKED, result("UPDATE", Outcome.FAILED, null, error)))
                .contains(new ResultOutcome.Change(LinkState.LINKED, "620001", "CMN-101: invalid", true));
        CurrentLink removing = LINKED.withState(LinkState.REMOVING, "620001");
        assertThat(ResultOutcome.apply(removing, result("REMOVE", Outcome.FAILED, null, error)))
                .contains(new ResultOutcome.Change(LinkState.LINKED, "620001", "CMN-101: invalid", true));
    }

    @Test
    void resultsForRemovedLinksChangeNothing() {
        CurrentLink removed = LINKED.withState(LinkState.REMOVED, "620001");
        assertThat(ResultOutcome.apply(removed, result("SUSPEND", Outcome.APPLIED, "620001", null))).isEmpty();
        assertThat(ResultOutcome.apply(removed, result("UPDATE", Outcome.FAILED, null, null))).isEmpty();
    }

    private static ProvisioningResult result(String action, Outcome outcome, String extensionId, ErrorDetail error) {
        return new ProvisioningResult(UUID.randomUUID().toString(), PENDING.id().toString(),
                ProvisioningResult.TargetSystem.RINGCENTRAL, action, outcome, "00u1", extensionId, Map.of(), error, 1,
                Instant.now());
    }
}
