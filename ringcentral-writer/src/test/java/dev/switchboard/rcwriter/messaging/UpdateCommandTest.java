package dev.switchboard.rcwriter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.contracts.DeadLetter;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import dev.switchboard.contracts.RingCentralAttributes;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.contracts.RingCentralCommand.Action;
import dev.switchboard.contracts.Topics;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** UPDATE reads the extension and PUTs only what differs. */
@QuarkusTest
class UpdateCommandTest {

    @Inject
    FakeRingCentral ringCentral;

    @Test
    void putsOnlyTheChangedAttributeWithTheContactBlockAsHeld() throws Exception {
        String email = Commands.uniqueEmail();
        String id = ringCentral.seedUser(email, "Ada", "Lovelace");
        JsonNode before = ringCentral.extension(id);
        RingCentralCommand command = Commands.command(Action.UPDATE, id, Map.of(RingCentralAttributes.FIRST_NAME, "Ada",
                RingCentralAttributes.JOB_TITLE, "Countess"), "profile changed in Okta");

        ProvisioningResult result = Commands.execute(command);

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.extensionId()).isEqualTo(id);
        assertThat(result.appliedAttributes()).containsEntry(RingCentralAttributes.JOB_TITLE, "Countess")
                .containsEntry(RingCentralAttributes.FIRST_NAME, "Ada");
        assertThat(result.attempts()).isEqualTo(2); // read, put
        List<FakeRingCentral.Recorded> puts = ringCentral.requests("update", id);
        assertThat(puts).hasSize(1);
        JsonNode body = Json.MAPPER.readTree(puts.get(0).body());
        assertThat(body.properties()).extracting(Map.Entry::getKey).containsExactly("contact");
        ObjectNode expectedContact = before.get("contact").deepCopy();
        expectedContact.remove("pronouncedName"); // read-only in its Recorded form, never sent back
        expectedContact.put("jobTitle", "Countess");
        assertThat(body.get("contact")).isEqualTo(expectedContact);
        assertThat(ringCentral.extension(id).path("contact").path("jobTitle").asText()).isEqualTo("Countess");
    }

    @Test
    void putsOnlyTheCustomFieldThatDiffers() throws Exception {
        String id = ringCentral.seedUser(Commands.uniqueEmail(), "Ada", "Lovelace");
        RingCentralCommand command = Commands.command(Action.UPDATE, id, Map.of(RingCentralAttributes.FIRST_NAME, "Ada",
                RingCentralAttributes.customField("42"), "CC-7"), null);

        ProvisioningResult result = Commands.execute(command);

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        JsonNode body = Json.MAPPER.readTree(ringCentral.requests("update", id).get(0).body());
        assertThat(body).isEqualTo(Json.MAPPER.readTree("{\"customFields\":[{\"id\":\"42\",\"value\":\"CC-7\"}]}"));
        assertThat(result.appliedAttributes()).containsEntry(RingCentralAttributes.customField("42"), "CC-7");
    }

    @Test
    void aReadOnlyAttributeFailsTheCommandWithoutAnyCall() {
        String id = ringCentral.seedUser(Commands.uniqueEmail(), "Ada", "Lovelace");
        RingCentralCommand command = Commands.command(Action.UPDATE, id, Map.of(RingCentralAttributes.FIRST_NAME, "Ada",
                RingCentralAttributes.DIRECT_NUMBER, "+16505550100"), null);

        ProvisioningResult result = Commands.execute(command);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.error().message()).contains(RingCentralAttributes.DIRECT_NUMBER).contains("read-only");
        assertThat(ringCentral.requests("update", id)).isEmpty();
    }

    @Test
    void nothingDiffersSoNothingIsPut() {
        String email = Commands.uniqueEmail();
        String id = ringCentral.seedUser(email, "Ada", "Lovelace");
        RingCentralCommand command = Commands.command(Action.UPDATE, id, Map.of(RingCentralAttributes.LAST_NAME, "Lovelace",
                RingCentralAttributes.EMAIL, email.toUpperCase()), null);

        ProvisioningResult result = Commands.execute(command);

        assertThat(result.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(result.extensionId()).isEqualTo(id);
        assertThat(result.appliedAttributes()).containsEntry(RingCentralAttributes.LAST_NAME, "Lovelace");
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(ringCentral.requests("read", id)).hasSize(1);
        assertThat(ringCentral.requests("update", id)).isEmpty();
    }

    @Test
    void anExtensionThatIsGoneFailsTheCommandForTheReconcilerToDecide() {
        RingCentralCommand command = Commands.command(Action.UPDATE, "61999999", Map.of(RingCentralAttributes.FIRST_NAME,
                "Ada"), null);
        Event<RingCentralCommand> sent = Commands.send(command);

        ProvisioningResult result = Produced.result(command.linkId()).data();
        DeadLetter dead = Produced.deadLetter(command.linkId()).data();

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.error().code()).isEqualTo("SWB-EXTENSION-GONE");
        assertThat(result.extensionId()).isEqualTo("61999999");
        assertThat(dead.error().code()).isEqualTo("SWB-EXTENSION-GONE");
        assertThat(Json.readEvent(Topics.RINGCENTRAL_COMMANDS, dead.payload())).isEqualTo(sent);
        assertThat(ringCentral.requests("update", "61999999")).isEmpty();
    }
}
