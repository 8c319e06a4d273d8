package dev.switchboard.oktawriter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.OktaCommand.Action;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SUSPEND / UNSUSPEND / DEACTIVATE: the status is read first; a user already there is left alone. */
@QuarkusTest
class LifecycleCommandTest {

    @Inject
    FakeOkta okta;

    private ProvisioningResult execute(Action action, String userId) {
        return Commands.execute(Commands.command(action, userId, Map.of()));
    }

    @Test
    void suspendsAnActiveUserAndUnsuspendsItAgain() {
        String userId = okta.seedUser(Commands.uniqueLogin(), "Ada", "Lovelace");

        ProvisioningResult suspended = execute(Action.SUSPEND, userId);
        assertThat(suspended.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(suspended.attempts()).isEqualTo(2);
        assertThat(okta.user(userId).path("status").asText()).isEqualTo("SUSPENDED");

        ProvisioningResult unsuspended = execute(Action.UNSUSPEND, userId);
        assertThat(unsuspended.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(okta.user(userId).path("status").asText()).isEqualTo("ACTIVE");
        assertThat(okta.requestsAbout(userId)).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "GET /api/v1/users/" + userId, "POST /api/v1/users/" + userId + "/lifecycle/suspend",
                "GET /api/v1/users/" + userId, "POST /api/v1/users/" + userId + "/lifecycle/unsuspend");
    }

    @Test
    void aUserAlreadyInTheTargetStateIsUnchangedWithoutALifecycleCall() {
        String suspended = okta.seedUser(Commands.uniqueLogin(), "Ada", "Lovelace");
        okta.setStatus(suspended, "SUSPENDED");
        String active = okta.seedUser(Commands.uniqueLogin(), "Ada", "Lovelace");
        String deactivated = okta.seedUser(Commands.uniqueLogin(), "Ada", "Lovelace");
        okta.setStatus(deactivated, "DEPROVISIONED");

        assertThat(execute(Action.SUSPEND, suspended).outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(execute(Action.UNSUSPEND, active).outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(execute(Action.DEACTIVATE, deactivated).outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(okta.count("POST", suspended) + okta.count("POST", active) + okta.count("POST", deactivated)).isZero();
    }

    @Test
    void deactivatesASuspendedUser() {
        String userId = okta.seedUser(Commands.uniqueLogin(), "Ada", "Lovelace");
        okta.setStatus(userId, "SUSPENDED");

        assertThat(execute(Action.DEACTIVATE, userId).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(okta.user(userId).path("status").asText()).isEqualTo("DEPROVISIONED");
    }

    @Test
    void aTransitionOktaCannotMakeFailsClearlyWithoutCallingIt() {
        String userId = okta.seedUser(Commands.uniqueLogin(), "Ada", "Lovelace");
        okta.setStatus(userId, "DEPROVISIONED");

        ProvisioningResult result = execute(Action.SUSPEND, userId);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.error().code()).isEqualTo(CommandHandler.LIFECYCLE_NOT_ALLOWED);
        assertThat(result.error().message()).contains("DEPROVISIONED");
        assertThat(okta.count("POST", userId)).isZero();
    }

    @Test
    void aMissingUserFailsSuspendButCountsAsDeactivated() {
        String missing = "00umissing" + System.nanoTime();

        assertThat(execute(Action.SUSPEND, missing).error().code()).isEqualTo(CommandHandler.USER_GONE);
        assertThat(execute(Action.DEACTIVATE, missing).outcome()).isEqualTo(Outcome.UNCHANGED);
    }
}
