package dev.switchboard.rcwriter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import dev.switchboard.contracts.RingCentralCommand.Action;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** SUSPEND, DISABLE and UNSUSPEND set the status when it differs, and only then. */
@QuarkusTest
class StatusCommandTest {

    @Inject
    FakeRingCentral ringCentral;

    @Test
    void suspendDisablesInvoluntarilyWithTheCommandsReason() throws Exception {
        String id = ringCentral.seedUser(Commands.uniqueEmail(), "Ada", "Lovelace");

        ProvisioningResult result = Commands.execute(Commands.command(Action.SUSPEND, id, "Suspended in Okta by an admin"));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.extensionId()).isEqualTo(id);
        assertThat(Json.MAPPER.readTree(ringCentral.requests("update", id).get(0).body())).isEqualTo(Json.MAPPER.readTree(
                "{\"status\":\"Disabled\",\"statusInfo\":{\"reason\":\"Involuntarily\",\"comment\":\"Suspended in Okta by an admin\"}}"));
        JsonNode held = ringCentral.extension(id);
        assertThat(held.path("status").asText()).isEqualTo("Disabled");
        assertThat(held.path("contact").path("firstName").asText()).isEqualTo("Ada"); // data kept
    }

    @Test
    void suspendOfADisabledExtensionChangesNothing() {
        String id = ringCentral.seedUser(Commands.uniqueEmail(), "Ada", "Lovelace", "Disabled");

        ProvisioningResult result = Commands.execute(Commands.command(Action.SUSPEND, id, null));

        assertThat(result.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(ringCentral.requests("update", id)).isEmpty();
        assertThat(ringCentral.extension(id).path("statusInfo").path("reason").asText()).isEqualTo("Voluntarily");
    }

    @Test
    void disableSaysDeactivatedInOktaWhenTheCommandGivesNoReason() throws Exception {
        String id = ringCentral.seedUser(Commands.uniqueEmail(), "Ada", "Lovelace");

        ProvisioningResult result = Commands.execute(Commands.command(Action.DISABLE, id, null));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        JsonNode body = Json.MAPPER.readTree(ringCentral.requests("update", id).get(0).body());
        assertThat(body.path("statusInfo").path("comment").asText()).isEqualTo("Deactivated in Okta");
        assertThat(ringCentral.extension(id).path("status").asText()).isEqualTo("Disabled");
    }

    @Test
    void unsuspendEnablesADisabledExtension() throws Exception {
        String id = ringCentral.seedUser(Commands.uniqueEmail(), "Ada", "Lovelace", "Disabled");

        ProvisioningResult result = Commands.execute(Commands.command(Action.UNSUSPEND, id, null));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(Json.MAPPER.readTree(ringCentral.requests("update", id).get(0).body()))
                .isEqualTo(Json.MAPPER.readTree("{\"status\":\"Enabled\"}"));
        assertThat(ringCentral.extension(id).path("status").asText()).isEqualTo("Enabled");
    }

    @Test
    void unsuspendOfAnEnabledExtensionChangesNothing() {
        String id = ringCentral.seedUser(Commands.uniqueEmail(), "Ada", "Lovelace");

        ProvisioningResult result = Commands.execute(Commands.command(Action.UNSUSPEND, id, null));

        assertThat(result.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(ringCentral.requests("update", id)).isEmpty();
    }

    @Test
    void suspendOfAGoneExtensionFails() {
        ProvisioningResult result = Commands.execute(Commands.command(Action.SUSPEND, "61999998", null));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.error().code()).isEqualTo("SWB-EXTENSION-GONE");
    }
}
