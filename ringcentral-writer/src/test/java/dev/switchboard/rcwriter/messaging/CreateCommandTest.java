package dev.switchboard.rcwriter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import dev.switchboard.contracts.RingCentralAttributes;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.testing.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CREATE end to end: Kafka command in, fake RingCentral called, result out. */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = false)
class CreateCommandTest {

    @Inject
    FakeRingCentral ringCentral;

    @Test
    void createsTheUserAndReportsItsIdInTheSameCorrelation() {
        String email = Commands.uniqueEmail();
        Event<RingCentralCommand> command = Commands.send(Commands.create(email));

        Event<ProvisioningResult> result = Produced.result(command.data().linkId());

        assertThat(ringCentral.createsFor(email)).isEqualTo(1);
        assertThat(result.correlationId()).isEqualTo(command.correlationId());
        assertThat(result.causationId()).isEqualTo(command.id());
        ProvisioningResult data = result.data();
        assertThat(data.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(data.extensionId()).isNotBlank().isEqualTo(ringCentral.extensionIdOf(email));
        assertThat(data.commandId()).isEqualTo(command.data().commandId());
        assertThat(data.system()).isEqualTo(ProvisioningResult.TargetSystem.RINGCENTRAL);
        assertThat(data.action()).isEqualTo("CREATE");
        assertThat(data.attempts()).isEqualTo(2); // one lookup, one create
        assertThat(data.appliedAttributes()).containsEntry(RingCentralAttributes.EMAIL, email)
                .containsEntry(RingCentralAttributes.FIRST_NAME, "Ada")
                .containsEntry(RingCentralAttributes.DEPARTMENT, "R&D");
    }

    @Test
    void linksToTheUserThatAlreadyHasTheEmailWithoutCreatingOne() {
        String email = Commands.uniqueEmail();
        String existing = ringCentral.seedUser(email, "Ada", "Byron");
        Event<RingCentralCommand> command = Commands.send(Commands.create(email));

        ProvisioningResult result = Produced.result(command.data().linkId()).data();

        assertThat(result.outcome()).isEqualTo(Outcome.LINKED_EXISTING);
        assertThat(result.extensionId()).isEqualTo(existing);
        assertThat(result.appliedAttributes()).containsEntry(RingCentralAttributes.LAST_NAME, "Byron");
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(ringCentral.createsFor(email)).isZero();
    }

    @Test
    void sharesOneTokenAcrossCommands() {
        Produced.result(Commands.send(Commands.create(Commands.uniqueEmail())).data().linkId()); // a token exists now
        long before = ringCentral.tokenRequests();

        List<Event<RingCentralCommand>> commands = List.of(Commands.send(Commands.create(Commands.uniqueEmail())),
                Commands.send(Commands.create(Commands.uniqueEmail())), Commands.send(Commands.create(Commands.uniqueEmail())));
        commands.forEach(c -> assertThat(Produced.result(c.data().linkId()).data().outcome()).isEqualTo(Outcome.APPLIED));

        assertThat(ringCentral.tokenRequests()).isEqualTo(before);
    }

    @Test
    void fetchesANewTokenOnceWhenRingCentralRefusesTheCurrentOne() {
        Produced.result(Commands.send(Commands.create(Commands.uniqueEmail())).data().linkId());
        long before = ringCentral.tokenRequests();
        ringCentral.revokeTokens();

        ProvisioningResult result = Produced.result(Commands.send(Commands.create(Commands.uniqueEmail())).data().linkId()).data();

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.attempts()).isEqualTo(3); // refused lookup, lookup, create
        assertThat(ringCentral.tokenRequests()).isEqualTo(before + 1);
    }
}
