package dev.switchboard.rcwriter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.DeadLetter;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.contracts.RingCentralCommand.Action;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** REMOVE deletes with the v2 bulk delete and judges every item; a missing user is removed already. */
@QuarkusTest
class RemoveCommandTest {

    @Inject
    FakeRingCentral ringCentral;

    @Test
    void removesTheUserWithOneBulkDeleteKeepingItsAssets() throws Exception {
        String id = ringCentral.seedUser(Commands.uniqueEmail(), "Ada", "Lovelace");

        ProvisioningResult result = Commands.execute(Commands.command(Action.REMOVE, id, "unassigned in Okta"));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.extensionId()).isEqualTo(id);
        assertThat(result.attempts()).isEqualTo(2); // read, delete
        List<FakeRingCentral.Recorded> deletes = ringCentral.requests("delete", id);
        assertThat(deletes).hasSize(1);
        assertThat(deletes.get(0).contentType()).startsWith("application/json");
        assertThat(Json.MAPPER.readTree(deletes.get(0).body())).isEqualTo(Json.MAPPER.readTree(
                "{\"keepAssetsInInventory\":true,\"records\":[{\"id\":\"" + id + "\"}]}"));
        assertThat(ringCentral.extension(id)).isNull();
    }

    @Test
    void aUserThatIsGoneAlreadyIsNotDeletedAgain() {
        ProvisioningResult result = Commands.execute(Commands.command(Action.REMOVE, "61999997", null));

        assertThat(result.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(result.extensionId()).isEqualTo("61999997");
        assertThat(ringCentral.requests("read", "61999997")).hasSize(1);
        assertThat(ringCentral.requests("delete", "61999997")).isEmpty();
    }

    @Test
    void aRefusedItemFailsTheCommandWithItsCodeDespiteHttp200() {
        String id = ringCentral.seedUser(Commands.uniqueEmail(), "Ada", "Lovelace");
        ringCentral.refuseDeleteOf(id, "CMN-403", "Feature is not available for this extension type");
        RingCentralCommand command = Commands.command(Action.REMOVE, id, null);

        ProvisioningResult result = Commands.execute(command);
        DeadLetter dead = Produced.deadLetter(command.linkId()).data();

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.error().code()).isEqualTo("CMN-403");
        assertThat(dead.error().code()).isEqualTo("CMN-403");
        assertThat(ringCentral.extension(id)).isNotNull();
    }
}
