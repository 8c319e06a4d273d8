package dev.switchboard.oktaingress.client;

import static dev.switchboard.oktaingress.fixtures.Deliveries.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.oktaingress.config.SwitchboardConfig;
import dev.switchboard.oktaingress.domain.SnapshotTrigger;
import dev.switchboard.oktaingress.fixtures.Deliveries;
import dev.switchboard.oktaingress.fixtures.FakeOkta;
import dev.switchboard.oktaingress.fixtures.FakeOktaTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

/**
 * switchboard.okta.auth=oauth: the named oidc-client {@code okta} gets an access token with a private_key_jwt client
 * assertion and the Okta calls carry it as a bearer token. The test application runs with ssws, so the oauth
 * authorization is put together here from the same beans the producer would use.
 */
@QuarkusTest
class OktaOAuthTest {

    @Inject
    OktaAccessTokens tokens;

    @Inject
    @RestClient
    OktaApi api;

    @Inject
    SwitchboardConfig config;

    @TestHTTPResource("/oauth2/v1/token")
    URL tokenEndpoint;

    @Test
    void oktaCallsCarryAServiceAppTokenObtainedWithAClientAssertion() throws Exception {
        String userId = Deliveries.userId();
        FakeOkta.user(userId, "oauth@example.com");
        FakeOkta.assign(APP_ID, userId);
        FakeOktaTokens.REQUESTS.clear();
        OktaUsers users = new OktaUsers(api, new OktaCalls(config, OktaAuthorization.bearer(tokens)), config);

        OktaUserSnapshot first = users.snapshot(userId, SnapshotTrigger.ON_DEMAND);
        users.snapshot(userId, SnapshotTrigger.ON_DEMAND);

        assertThat(first.assigned()).isTrue();
        // one token for all four calls: the library keeps it until shortly before it expires
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
        assertThat(calls).hasSize(4).allSatisfy(call -> assertThat(call.headers().entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("Authorization")).findFirst().orElseThrow().getValue())
                .hasSize(1).first().asString().startsWith("Bearer fake-okta-access-"));
        assertThat(calls.stream().map(call -> call.headers().entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("Authorization")).findFirst().orElseThrow().getValue().get(0))
                .distinct()).hasSize(1);
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
