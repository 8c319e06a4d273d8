package dev.switchboard.oktawriter.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.DeadLetter;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.contracts.OktaCommand.Action;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import dev.switchboard.testing.TestTopics;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * switchboard.okta.auth=oauth: the writer gets an access token from the org authorization server with a signed
 * private_key_jwt client assertion ({@link FakeOktaTokens} verifies it as Okta does) and writes to Okta with it as a
 * bearer token; a refused token is renewed once; a missing scope fails for good with the scope to grant.
 */
@QuarkusTest
@TestProfile(OAuthMode.class)
class OAuthServiceAppTest {

    @Inject
    FakeOkta okta;

    @Inject
    FakeOktaTokens tokens;

    @Inject
    FakeOktaGate gate;

    @TestHTTPResource("/oauth2/v1/token")
    URL tokenEndpoint;

    @AfterEach
    void grantEverythingAgain() {
        tokens.reset();
    }

    @Test
    void aProfileUpdateIsWrittenWithABearerTokenObtainedThroughPrivateKeyJwt() {
        String userId = okta.seedUser(Commands.uniqueLogin(), "Ada", "Lovelace");

        ProvisioningResult result = Commands.execute(Commands.command(Action.UPDATE_PROFILE, userId,
                Map.of("title", "Countess")));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(okta.user(userId).path("profile").path("title").asText()).isEqualTo("Countess");
        List<FakeOkta.Recorded> calls = okta.requestsAbout(userId);
        assertThat(calls).extracting(FakeOkta.Recorded::method).containsExactly("GET", "POST");
        String bearer = bearerOf(calls.get(0));
        assertThat(calls).allSatisfy(call -> assertThat(bearerOf(call)).isEqualTo(bearer));

        // the token was issued for a client-credentials request whose assertion verified with the app's key
        FakeOktaTokens.Issued issued = tokens.issued(bearer).orElseThrow();
        Map<String, List<String>> form = issued.form();
        assertThat(form.get("grant_type")).containsExactly("client_credentials");
        assertThat(form.get("client_assertion_type")).containsExactly(FakeOktaTokens.ASSERTION_TYPE);
        assertThat(form.get("scope").get(0).split(" "))
                .containsExactlyInAnyOrder("okta.users.manage", "okta.apps.manage", "okta.schemas.manage");
        JsonNode claims = issued.claims();
        assertThat(claims.path("iss").asText()).isEqualTo(FakeOktaTokens.CLIENT_ID);
        assertThat(claims.path("sub").asText()).isEqualTo(FakeOktaTokens.CLIENT_ID);
        assertThat(FakeOktaTokens.audiences(claims)).containsExactly(tokenEndpoint.toString());
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isBetween(1L, 300L);
    }

    @Test
    void oneTokenServesTheFollowingCommands() {
        String first = okta.seedUser(Commands.uniqueLogin(), "Ada", "Lovelace");
        String second = okta.seedUser(Commands.uniqueLogin(), "Charles", "Babbage");
        assertThat(Commands.execute(Commands.command(Action.UPDATE_PROFILE, first, Map.of("title", "Countess")))
                .outcome()).isEqualTo(Outcome.APPLIED);
        int tokenRequests = tokens.requestCount();

        ProvisioningResult result = Commands.execute(Commands.command(Action.SUSPEND, second, Map.of()));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(tokens.requestCount()).isEqualTo(tokenRequests);
        String bearer = bearerOf(okta.requestsAbout(first).get(0));
        assertThat(okta.requestsAbout(second)).hasSize(2)
                .allSatisfy(call -> assertThat(bearerOf(call)).isEqualTo(bearer));
    }

    @Test
    void aRefusedTokenIsRenewedOnceAndTheCallSentAgain() {
        haveAToken();
        String userId = okta.seedUser(Commands.uniqueLogin(), "Ada", "Lovelace");
        tokens.revokeIssued();
        int tokenRequests = tokens.requestCount();

        ProvisioningResult result = Commands.execute(Commands.command(Action.UPDATE_PROFILE, userId,
                Map.of("title", "Countess")));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(tokens.requestCount()).isEqualTo(tokenRequests + 1);
        List<FakeOktaGate.Refused> refused = gate.refusedAbout(userId);
        assertThat(refused).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.method()).isEqualTo("GET");
        });
        List<FakeOkta.Recorded> calls = okta.requestsAbout(userId);
        assertThat(calls).extracting(FakeOkta.Recorded::method).containsExactly("GET", "POST");
        assertThat(bearerOf(calls.get(0))).isNotEqualTo(refused.get(0).authorization().substring(7));
        assertThat(result.attempts()).isEqualTo(3);
    }

    @Test
    void aTokenRefusedAgainAfterRenewalFailsWithoutLooping() {
        haveAToken();
        String userId = okta.seedUser(Commands.uniqueLogin(), "Ada", "Lovelace");
        int tokenRequests = tokens.requestCount();
        tokens.refuseEveryToken();

        Event<OktaCommand> command = Commands.send(Commands.command(Action.UPDATE_PROFILE, userId,
                Map.of("title", "Countess")));
        ProvisioningResult result = Produced.result(command.key()).data();
        DeadLetter letter = Produced.deadLetter(command.key()).data();

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.error().code()).isEqualTo("E0000011");
        assertThat(result.error().httpStatus()).isEqualTo(401);
        assertThat(result.error().message()).contains("invalid_token");
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(tokens.requestCount()).isEqualTo(tokenRequests + 1);
        assertThat(gate.refusedAbout(userId)).hasSize(2).allSatisfy(r -> assertThat(r.status()).isEqualTo(401));
        assertThat(okta.requestsAbout(userId)).isEmpty();
        assertThat(letter.error()).isEqualTo(result.error());
    }

    @Test
    void aMissingScopeFailsForGoodNamingTheScopeToGrant() {
        String appId = TestTopics.uniqueId("0oa");
        okta.schema(appId);
        haveAToken();
        // okta.schemas.manage was never granted to the service app: the new token carries no schema scope
        tokens.grantOnly("okta.users.manage", "okta.apps.manage");
        tokens.revokeIssued();
        OktaCommand template = Commands.command(Action.UPDATE_APP_USER_SCHEMA, null, Map.of("extensionNumber", "Extension"));
        OktaCommand command = new OktaCommand(template.commandId(), template.linkId(), template.action(), null, appId,
                template.attributes(), "new RingCentral attributes");

        Commands.send(command);
        ProvisioningResult result = Produced.result(command.linkId()).data();
        DeadLetter letter = Produced.deadLetter(command.linkId()).data();

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.error().code()).isEqualTo("E0000006");
        assertThat(result.error().httpStatus()).isEqualTo(403);
        // Okta's challenge names the scope the refused call (the schema read) needs
        assertThat(result.error().message()).contains("insufficient_scope", "okta.schemas.read",
                "grant it to the Okta service app");
        assertThat(letter.error()).isEqualTo(result.error());
        // the old token refused and renewed, the new one refused for its scope once: not retried, nothing written
        List<FakeOktaGate.Refused> refused = gate.refusedAbout(appId);
        assertThat(refused).extracting(FakeOktaGate.Refused::method, FakeOktaGate.Refused::status)
                .containsExactly(tuple("GET", 401), tuple("GET", 403));
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(okta.requestsAbout(appId)).isEmpty();
        assertThat(okta.schema(appId).path("definitions").path("custom").path("properties").has("extensionNumber"))
                .isFalse();
    }

    /** Makes sure the writer holds a token (whichever test runs first), so that revoking it makes the next call a 401. */
    private void haveAToken() {
        String userId = okta.seedUser(Commands.uniqueLogin(), "Grace", "Hopper");
        assertThat(Commands.execute(Commands.command(Action.UPDATE_PROFILE, userId, Map.of("title", "Rear Admiral")))
                .outcome()).isEqualTo(Outcome.APPLIED);
    }

    private static String bearerOf(FakeOkta.Recorded call) {
        String authorization = call.header("Authorization");
        assertThat(authorization).startsWith("Bearer ");
        return authorization.substring("Bearer ".length());
    }
}
