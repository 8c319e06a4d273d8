package dev.switchboard.oktawriter.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.OktaCommand.Action;
import dev.switchboard.oktawriter.domain.Lifecycle.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LifecycleTest {

    @ParameterizedTest(name = "{0} of a {1} user: {3}")
    @CsvSource(nullValues = "-", value = {
            "SUSPEND, ACTIVE, -, CALL",
            "SUSPEND, SUSPENDED, -, ALREADY",
            "SUSPEND, DEPROVISIONED, -, NOT_ALLOWED",
            "SUSPEND, STAGED, -, NOT_ALLOWED",
            "UNSUSPEND, SUSPENDED, -, CALL",
            "UNSUSPEND, ACTIVE, -, ALREADY",
            "UNSUSPEND, LOCKED_OUT, -, ALREADY",
            "UNSUSPEND, DEPROVISIONED, -, NOT_ALLOWED",
            "DEACTIVATE, ACTIVE, -, CALL",
            "DEACTIVATE, SUSPENDED, -, CALL",
            "DEACTIVATE, STAGED, -, CALL",
            "DEACTIVATE, DEPROVISIONED, -, ALREADY",
            "DEACTIVATE, ACTIVE, DEPROVISIONED, ALREADY"})
    void decidesFromTheStatusJustRead(Action action, String status, String transitioning, Step step) {
        Lifecycle.Decision decision = Lifecycle.decide(action, status, transitioning);
        assertThat(decision.step()).isEqualTo(step);
        if (step != Step.CALL) {
            assertThat(decision.reason()).isNotBlank();
        }
    }

    @ParameterizedTest
    @CsvSource({"SUSPEND, suspend", "UNSUSPEND, unsuspend", "DEACTIVATE, deactivate"})
    void operationIsOktasPathSegment(Action action, String segment) {
        assertThat(Lifecycle.operation(action)).isEqualTo(segment);
    }
}
