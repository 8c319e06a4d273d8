package dev.switchboard.oktawriter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.DeadLetter;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.contracts.OktaCommand.Action;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import dev.switchboard.oktawriter.domain.UnsupportedCharacters;
import dev.switchboard.testing.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** UPDATE_PROFILE end to end: command in, fake Okta read and (partially) written with If-Match, result out. */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = false)
class ProfileUpdateTest {

    @Inject
    FakeOkta okta;

    @Test
    void sendsOnlyTheChangedAttributesWithTheETagOfTheUserJustRead() {
        String userId = okta.seedUser(Commands.uniqueLogin(), "Ada", "Lovelace");
        String etag = okta.etag(userId);
        Map<String, String> target = new LinkedHashMap<>();
        target.put("firstName", "Ada");
        target.put("title", "Countess");
        Event<OktaCommand> command = Commands.send(Commands.command(Action.UPDATE_PROFILE, userId, target));

        Event<ProvisioningResult> result = Produced.result(command.data().linkId());

        assertThat(result.correlationId()).isEqualTo(command.correlationId());
        assertThat(result.causationId()).isEqualTo(command.id());
        ProvisioningResult data = result.data();
        assertThat(data.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(data.system()).isEqualTo(ProvisioningResult.TargetSystem.OKTA);
        assertThat(data.action()).isEqualTo("UPDATE_PROFILE");
        assertThat(data.oktaUserId()).isEqualTo(userId);
        assertThat(data.appliedAttributes()).containsExactlyInAnyOrderEntriesOf(Map.of("firstName", "Ada", "title", "Countess"));
        assertThat(data.attempts()).isEqualTo(2);
        List<FakeOkta.Recorded> posts = okta.requestsAbout(userId).stream().filter(r -> r.method().equals("POST")).toList();
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).path()).isEqualTo("/api/v1/users/" + userId);
        assertThat(posts.get(0).header("If-Match")).isEqualTo(etag);
        JsonNode body = posts.get(0).json();
        assertThat(body.size()).isEqualTo(1);
        assertThat(body.path("profile").size()).isEqualTo(1);
        assertThat(body.path("profile").path("title").asText()).isEqualTo("Countess");
        assertThat(okta.user(userId).path("profile").path("lastName").asText()).isEqualTo("Lovelace");
    }

    @Test
    void aChangeBySomeoneElseAnswers412AndTheUserIsReadAndDiffedAgain() {
        String userId = okta.seedUser(Commands.uniqueLogin(), "Ada", "Lovelace");
        String firstEtag = okta.etag(userId);
        okta.changeBeforeNextUpdate(userId, Map.of("nickName", "Addie"));

        ProvisioningResult result = Commands.execute(Commands.command(Action.UPDATE_PROFILE, userId,
                Map.of("title", "Countess")));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(okta.count("GET", userId)).isEqualTo(2);
        List<FakeOkta.Recorded> posts = okta.requestsAbout(userId).stream().filter(r -> r.method().equals("POST")).toList();
        assertThat(posts).hasSize(2);
        assertThat(posts.get(0).header("If-Match")).isEqualTo(firstEtag);
        assertThat(posts.get(1).header("If-Match")).isNotNull().isNotEqualTo(firstEtag);
        // the other writer's change is kept: only the differing attribute was sent
        assertThat(okta.user(userId).path("profile").path("nickName").asText()).isEqualTo("Addie");
        assertThat(okta.user(userId).path("profile").path("title").asText()).isEqualTo("Countess");
        assertThat(result.attempts()).isEqualTo(4);
    }

    @Test
    void nothingDiffersNothingIsWritten() {
        String login = Commands.uniqueLogin();
        String userId = okta.seedUser(login, "Ada", "Lovelace");

        ProvisioningResult result = Commands.execute(Commands.command(Action.UPDATE_PROFILE, userId,
                Map.of("firstName", "Ada", "email", login.toUpperCase(), "mobilePhone", "")));

        assertThat(result.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(okta.count("POST", userId)).isZero();
    }

    @Test
    void anAttributeMasteredElsewhereFailsPermanentlyWithOktasCode() {
        String userId = okta.seedUser(Commands.uniqueLogin(), "Ada", "Lovelace");
        okta.masteredElsewhere("costCenter");
        Event<OktaCommand> command = Commands.send(Commands.command(Action.UPDATE_PROFILE, userId,
                Map.of("costCenter", "CC-7")));

        ProvisioningResult result = Produced.result(command.data().linkId()).data();
        DeadLetter letter = Produced.deadLetter(command.key()).data();

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.error().code()).isEqualTo("E0000023");
        assertThat(result.error().httpStatus()).isEqualTo(403);
        assertThat(result.error().message()).contains("mastered");
        assertThat(okta.count("POST", userId)).isEqualTo(1); // permanent: not retried
        assertThat(letter.error()).isEqualTo(result.error());
        assertThat(letter.consumer()).isEqualTo(CommandConsumer.CONSUMER);
        assertThat(letter.sourceTopic()).isEqualTo("okta.commands.v1");
        assertThat(letter.attempts()).isEqualTo(2);
        assertThat(letter.payload()).contains(command.data().commandId());
    }

    @Test
    void twoServerErrorsAreRetriedUntilTheUpdateSucceeds() {
        String userId = okta.seedUser(Commands.uniqueLogin(), "Ada", "Lovelace");
        okta.failNext("POST", userId, 503, 503);

        ProvisioningResult result = Commands.execute(Commands.command(Action.UPDATE_PROFILE, userId,
                Map.of("title", "Countess")));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(okta.count("POST", userId)).isEqualTo(3);
        assertThat(result.attempts()).isEqualTo(4);
        assertThat(okta.user(userId).path("profile").path("title").asText()).isEqualTo("Countess");
    }

    @Test
    void a429IsWaitedOutAndTheCallRepeated() {
        String userId = okta.seedUser(Commands.uniqueLogin(), "Ada", "Lovelace");
        okta.failNext("GET", userId, 429);

        ProvisioningResult result = Commands.execute(Commands.command(Action.UPDATE_PROFILE, userId,
                Map.of("title", "Countess")));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(okta.count("GET", userId)).isEqualTo(2);
    }

    @Test
    void emojiAreRejectedBeforeAnyCallWithAClearPermanentError() {
        String userId = okta.seedUser(Commands.uniqueLogin(), "Ada", "Lovelace");
        Event<OktaCommand> command = Commands.send(Commands.command(Action.UPDATE_PROFILE, userId,
                Map.of("title", "Chief \uD83D\uDE80 Officer")));

        ProvisioningResult result = Produced.result(command.data().linkId()).data();

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.error().code()).isEqualTo(UnsupportedCharacters.CODE);
        assertThat(result.error().message()).contains("[title]").contains("4-byte");
        assertThat(okta.requestsAbout(userId)).isEmpty();
        assertThat(Produced.deadLetter(command.key()).data().error().code()).isEqualTo(UnsupportedCharacters.CODE);
    }
}
