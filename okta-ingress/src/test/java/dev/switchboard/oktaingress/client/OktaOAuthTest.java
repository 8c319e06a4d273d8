package dev.switchboard.oktaingress.client;

import static dev.switchboard.oktaingress.fixtures.Deliveries.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.clients.okta.AccessTokenCache;
import dev.switchboard.clients.okta.OktaAuthorization;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.oktaingress.config.SwitchboardConfig;
import dev.switchboard.oktaingress.domain.SnapshotTrigger;
import dev.switchboard.oktaingress.fixtures.Deliveries;
import dev.switchboard.oktaingress.fixtures.FakeOkta;
import dev.switchboard.oktaingress.fixtures.FakeOktaTokens;
import io.quarkus.oidc.client.OidcClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * switchboard.okta.auth=oauth: the named oidc-client {@code okta} gets an access token with a private_key_jwt client
 * assertion and the Okta calls carry it as a bearer token; a refused token is renewed once; a missing scope fails for
 * good naming the scope. The test application runs with ssws, so the oauth authorization is put together here from
 * the same pieces the producer uses.
 */
@QuarkusTest
class OktaOAuthTest {

    @Inject
    OidcClients clients;

    @Inject
    @RestClient
    OktaApi api;

    @Inject
    SwitchboardConfig config;

    @TestHTTPResource("/oauth2/v1/token")
    URL tokenEndpoint;

    private OktaUsers users;
    private String userId;

    @BeforeEach
    void serviceAppWithAnAssignedUser() {
        OktaAuthorization bearer = OktaAuthorization.bearer(new AccessTokenCache(Clock.systemUTC(), Duration.ofMinutes(1),
                () -> OktaAuthorizations.token(clients)));
        users = new OktaUsers(api, new OktaCalls(new OktaAuthorizations().requests(config, bearer)), config);
        userId = Deliveries.userId();
        FakeOkta.user(userId, "oauth@example.com");
        FakeOkta.assign(APP_ID, userId);
        FakeOktaTokens.REQUESTS.clear();
    }

    @Test
    void oktaCallsCarryAServiceAppTokenObtainedWithAClientAssertion() throws Exception {
        OktaUserSnapshot first = users.snapshot(userId, SnapshotTrigger.ON_DEMAND);
        users.snapshot(userId, SnapshotTrigger.ON_DEMAND);

        assertThat(first.assigned()).isTrue();
        // one token for all four calls: it is kept until shortly before it expires
        assertThat(FakeOktaTokens.REQUESTS).hasSize(1);
        Map<String, List<String>> form = FakeOktaTokens.REQUESTS.peek();
        assertThat(form.get("grant_type")).containsExactly("client_credentials");
        assertThat(form.get("client_assertion_type")).containsExactly(FakeOktaTokens.ASSERTION_TYPE);
        assertThat(form.get("scope").get(0).split(" "))
                .containsExactlyInAnyOrder("okta.users.read", "okta.apps.read", "okta.logs.read", "okta.eventHooks.manage");
        JsonNode claims = claims(form.get("client_assertion").get(0));
        assertThat(claims.path("iss").asText()).isEqualTo("0oatestserviceapp");
        assertThat(claims.path("sub").asText()).isEqualTo("0oatestserviceapp");
        assertThat(audiences(claims)).containsExactly(tokenEndpoint.toString());
        assertThat(claims.path("exp").asLong()).isGreaterThan(claims.path("iat").asLong());
        assertThat(claims.path("jti").asText()).isNotBlank();

        List<FakeOkta.Recorded> calls = FakeOkta.requestsAbout(userId);
        assertThat(calls).hasSize(4).allSatisfy(call -> assertThat(authorization(call))
                .startsWith("Bearer fake-okta-access-"));
        assertThat(calls.stream().map(OktaOAuthTest::authorization).distinct()).hasSize(1);
    }

    @Test
    void aRefusedTokenIsRenewedOnceAndTheCallSentAgain() {
        users.snapshot(userId, SnapshotTrigger.ON_DEMAND);
        FakeOkta.failNext(userId, 401);

        OktaUserSnapshot snapshot = users.snapshot(userId, SnapshotTrigger.ON_DEMAND);

        assertThat(snapshot.assigned()).isTrue();
        assertThat(FakeOktaTokens.REQUESTS).hasSize(2);
        List<String> sent = FakeOkta.requestsAbout(userId).stream().map(OktaOAuthTest::authorization).toList();
        // read user, read app user; refused read user, the same read with a new token, read app user
        assertThat(sent).hasSize(5);
        assertThat(sent.get(2)).isEqualTo(sent.get(0));
        assertThat(sent.get(3)).isNotEqualTo(sent.get(2)).isEqualTo(sent.get(4));
    }

    @Test
    void aTokenRefusedAgainAfterRenewalFailsWithoutLooping() {
        FakeOkta.failNext(userId, 401, 401);

        assertThatThrownBy(() -> users.snapshot(userId, SnapshotTrigger.ON_DEMAND))
                .isInstanceOfSatisfying(OktaCallFailedException.class, e -> {
                    assertThat(e.code()).isEqualTo("E0000011");
                    assertThat(e.httpStatus()).isEqualTo(401);
                    assertThat(e.attempts()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("invalid_token");
                });
        assertThat(FakeOktaTokens.REQUESTS).hasSize(2);
        assertThat(FakeOkta.requestsAbout(userId)).hasSize(2);
    }

    @Test
    void aMissingScopeFailsForGoodNamingTheScopeToGrant() {
        FakeOkta.failNext(userId, 403);

        assertThatThrownBy(() -> users.snapshot(userId, SnapshotTrigger.ON_DEMAND))
                .isInstanceOfSatisfying(OktaCallFailedException.class, e -> {
                    assertThat(e.code()).isEqualTo("E0000006");
                    assertThat(e.httpStatus()).isEqualTo(403);
                    assertThat(e.attempts()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("insufficient_scope", "the scope okta.users.read",
                            "grant it to the Okta service app and add it to quarkus.oidc-client.okta.scopes");
                });
        // neither retried nor a new token asked for: a new token would lack the scope as well
        assertThat(FakeOkta.requestsAbout(userId)).hasSize(1);
        assertThat(FakeOktaTokens.REQUESTS).hasSize(1);
    }

    private static String authorization(FakeOkta.Recorded call) {
        return call.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("Authorization"))
                .findFirst().orElseThrow().getValue().get(0);
    }

    private static JsonNode claims(String jwt) throws java.io.IOException {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        return Json.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        return aud.isArray() ? java.util.stream.StreamSupport.stream(aud.spliterator(), false).map(JsonNode::asText).toList()
                : List.of(aud.asText());
    }
}
