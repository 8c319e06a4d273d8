package dev.switchboard.rcwriter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.DeadLetter;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.contracts.Topics;
import dev.switchboard.testing.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Temporary failures are retried, permanent ones and bad records end in the dead-letter topic; nothing is lost. */
@QuarkusTest
class FailureHandlingTest {

    private static final String CMN_101 = "{\"errors\":[{\"errorCode\":\"CMN-101\","
            + "\"message\":\"Parameter [contact.email] value is invalid\",\"parameterName\":\"contact.email\"}]}";
    private static final String CMN_301 = "{\"errorCode\":\"CMN-301\",\"message\":\"Request rate exceeded\","
            + "\"errors\":[{\"errorCode\":\"CMN-301\",\"message\":\"Request rate exceeded\"}]}";

    @Inject
    FakeRingCentral ringCentral;

    @Test
    void retriesServerErrorsUntilTheCreateSucceeds() {
        String email = Commands.uniqueEmail();
        ringCentral.failNext("create", 2, 503, "{\"errors\":[{\"errorCode\":\"CMN-211\",\"message\":\"down\"}]}", Map.of());
        Event<RingCentralCommand> command = Commands.send(Commands.create(email));

        ProvisioningResult result = Produced.result(command.data().linkId()).data();

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.extensionId()).isEqualTo(ringCentral.extensionIdOf(email));
        // a create is never resent blindly: each 503 is followed by a fresh lookup, then a new create
        assertThat(result.attempts()).isEqualTo(6);
        assertThat(ringCentral.createsFor(email)).isEqualTo(1);
        assertThat(ringCentral.extensionsWithEmail(email)).isEqualTo(1);
    }

    @Test
    void waitsOutA429AndCarriesOn() {
        ringCentral.failNext("list", 1, 429, CMN_301, Map.of("Retry-After", "1"));
        Event<RingCentralCommand> command = Commands.send(Commands.create(Commands.uniqueEmail()));

        ProvisioningResult result = Produced.result(command.data().linkId()).data();

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.attempts()).isEqualTo(3);
    }

    @Test
    void aPermanentErrorFailsTheCommandOnceAndDeadLettersIt() {
        String email = Commands.uniqueEmail();
        ringCentral.failNext("create", 1, 400, CMN_101, Map.of());
        Event<RingCentralCommand> command = Commands.send(Commands.create(email));

        Event<ProvisioningResult> result = Produced.result(command.data().linkId());
        Event<DeadLetter> letter = Produced.deadLetter(command.data().linkId());

        assertThat(result.data().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.data().error().code()).isEqualTo("CMN-101");
        assertThat(result.data().error().httpStatus()).isEqualTo(400);
        assertThat(result.data().error().message()).contains("contact.email");
        assertThat(result.data().attempts()).isEqualTo(2); // no retry of a 400
        assertThat(ringCentral.extensionIdOf(email)).isNull();
        DeadLetter dead = letter.data();
        assertThat(letter.correlationId()).isEqualTo(command.correlationId());
        assertThat(dead.consumer()).isEqualTo("ringcentral-writer/commands");
        assertThat(dead.sourceTopic()).isEqualTo(Topics.RINGCENTRAL_COMMANDS.name());
        assertThat(dead.recordKey()).isEqualTo(command.data().linkId());
        assertThat(dead.error().code()).isEqualTo("CMN-101");
        assertThat(dead.attempts()).isEqualTo(2);
        assertThat(Json.readEvent(Topics.RINGCENTRAL_COMMANDS, dead.payload())).isEqualTo(command);
    }

    @Test
    void aMalformedRecordIsDeadLetteredAndTheConsumerCarriesOn() {
        String key = TestTopics.uniqueId("link-");
        Commands.sendRaw(key, "{\"not\":\"a command\"".getBytes(StandardCharsets.UTF_8));
        Event<RingCentralCommand> next = Commands.send(Commands.create(Commands.uniqueEmail()));

        DeadLetter dead = Produced.deadLetter(key).data();

        assertThat(dead.error().code()).isEqualTo("SWB-INVALID-EVENT");
        assertThat(dead.payload()).isEqualTo("{\"not\":\"a command\"");
        assertThat(dead.attempts()).isZero();
        assertThat(Produced.result(next.data().linkId()).data().outcome()).isEqualTo(Outcome.APPLIED);
    }
}
