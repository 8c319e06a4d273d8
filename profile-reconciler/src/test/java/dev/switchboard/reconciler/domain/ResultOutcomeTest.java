package dev.switchboard.reconciler.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.ErrorDetail;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResultOutcomeTest {

    private static final CurrentLink PENDING = new CurrentLink(UUID.randomUUID(), LinkState.PENDING_CREATE, null, null);

    @Test
    void successfulCreateLinksTheExtension() {
        for (Outcome outcome : new Outcome[] {Outcome.APPLIED, Outcome.LINKED_EXISTING, Outcome.DUPLICATE}) {
            assertThat(ResultOutcome.apply(PENDING, result("CREATE", outcome, "620001", null)))
                    .contains(new ResultOutcome.Change(LinkState.LINKED, "620001", null));
        }
    }

    @Test
    void replayOfTheSameResultChangesNothing() {
        CurrentLink linked = new CurrentLink(PENDING.id(), LinkState.LINKED, "620001", null);
        assertThat(ResultOutcome.apply(linked, result("CREATE", Outcome.APPLIED, "620001", null))).isEmpty();
    }

    @Test
    void failedCreateFailsAPendingLinkWithTheReason() {
        ErrorDetail error = new ErrorDetail("CMN-101", "Parameter [contact.email] value is invalid", 400);
        assertThat(ResultOutcome.apply(PENDING, result("CREATE", Outcome.FAILED, null, error))).contains(
                new ResultOutcome.Change(LinkState.FAILED, null, "CMN-101: Parameter [contact.email] value is invalid"));
    }

    @Test
    void lateFailureDoesNotUndoALinkedLink() {
        CurrentLink linked = new CurrentLink(PENDING.id(), LinkState.LINKED, "620001", null);
        assertThat(ResultOutcome.apply(linked, result("CREATE", Outcome.FAILED, null, null))).isEmpty();
    }

    @Test
    void resultsOfOtherCommandsLeaveTheLinkAlone() {
        assertThat(ResultOutcome.apply(PENDING, result("UPDATE", Outcome.APPLIED, "620001", null))).isEqualTo(Optional.empty());
    }

    private static ProvisioningResult result(String action, Outcome outcome, String extensionId, ErrorDetail error) {
        return new ProvisioningResult(UUID.randomUUID().toString(), PENDING.id().toString(),
                ProvisioningResult.TargetSystem.RINGCENTRAL, action, outcome, "00u1", extensionId, Map.of(), error, 1,
                Instant.now());
    }
}
