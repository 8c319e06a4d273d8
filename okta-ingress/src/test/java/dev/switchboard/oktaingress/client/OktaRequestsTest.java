package dev.switchboard.oktaingress.client;

import static dev.switchboard.oktaingress.fixtures.Deliveries.APP_ID;
import static dev.switchboard.oktaingress.fixtures.Deliveries.appMembership;
import static dev.switchboard.oktaingress.fixtures.Deliveries.delivery;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.contracts.Topics;
import dev.switchboard.oktaingress.domain.Triage;
import dev.switchboard.oktaingress.fixtures.Deliveries;
import dev.switchboard.oktaingress.fixtures.FakeOkta;
import dev.switchboard.oktaingress.fixtures.Topic;
import io.quarkus.test.common.http.TestHTTPResource;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** What okta-ingress sends to Okta: the calls of the enricher and of the hook registration, checked against Okta's OpenAPI. */
@QuarkusTest
class OktaRequestsTest {

    private static final OpenApiInteractionValidator OKTA = oktaOpenApi();

    @Inject
    OktaEventHooks eventHooks;

    @Inject
    OktaUsers oktaUsers;

    @TestHTTPResource("/hooks/okta")
    URL hookUrl;

    @Test
    void registersVerifiesAndReusesTheEventHook() {
        FakeOkta.clearHooks();
        FakeOkta.REQUESTS.clear();

        String id = eventHooks.ensure(hookUrl.toString());
        String again = eventHooks.ensure(hookUrl.toString());

        assertThat(again).isEqualTo(id);
        ObjectNode hook = FakeOkta.hooks().get(id);
        assertThat(hook.path("verificationStatus").asText()).isEqualTo("VERIFIED");
        assertThat(hook.path("status").asText()).isEqualTo("ACTIVE");
        JsonNode config = hook.path("channel").path("config");
        assertThat(config.path("uri").asText()).isEqualTo(hookUrl.toString());
        assertThat(config.path("authScheme").path("type").asText()).isEqualTo("HEADER");
        assertThat(config.path("authScheme").path("key").asText()).isEqualTo("Authorization");
        assertThat(config.path("authScheme").path("value").asText()).isEqualTo("test-hook-secret");
        assertThat(StreamSupport.stream(hook.path("events").path("items").spliterator(), false).map(JsonNode::asText))
                .containsExactlyInAnyOrderElementsOf(Triage.HANDLED_TYPES);
        // only the hook calls: the enricher may still be reading users for records of other tests
        List<FakeOkta.Recorded> hookCalls = FakeOkta.REQUESTS.stream().filter(r -> r.path().contains("/eventHooks")).toList();
        List<String> calls = hookCalls.stream().map(r -> r.method() + " " + r.path()).toList();
        assertThat(calls).containsExactly("GET /api/v1/eventHooks", "POST /api/v1/eventHooks",
                "POST /api/v1/eventHooks/" + id + "/lifecycle/verify", "GET /api/v1/eventHooks");
        FakeOkta.Recorded verify = hookCalls.stream().filter(r -> r.path().endsWith("/verify")).findFirst().orElseThrow();
        // Okta answers 411 to a POST without Content-Length
        assertThat(header(verify, "Content-Length")).isEqualTo("0");
        hookCalls.forEach(OktaRequestsTest::assertConformsToOktasOpenApi);
    }

    @Test
    void anEarlierHookIsReplacedToSubscribeToExactlyTheHandledTypes() {
        FakeOkta.clearHooks();
        FakeOkta.REQUESTS.clear();
        String id = FakeOkta.existingHook(hookUrl.toString(), "test-hook-secret",
                List.of("application.user_membership.add", "user.session.start"));

        assertThat(eventHooks.ensure(hookUrl.toString())).isEqualTo(id);

        ObjectNode hook = FakeOkta.hooks().get(id);
        assertThat(StreamSupport.stream(hook.path("events").path("items").spliterator(), false).map(JsonNode::asText))
                .containsExactlyInAnyOrderElementsOf(Triage.HANDLED_TYPES);
        assertThat(hook.path("channel").path("config").path("authScheme").path("value").asText())
                .isEqualTo("test-hook-secret");
        assertThat(hook.path("verificationStatus").asText()).isEqualTo("VERIFIED");
        List<FakeOkta.Recorded> hookCalls = FakeOkta.REQUESTS.stream().filter(r -> r.path().contains("/eventHooks")).toList();
        assertThat(hookCalls).extracting(r -> r.method() + " " + r.path())
                .containsExactly("GET /api/v1/eventHooks", "PUT /api/v1/eventHooks/" + id);
        hookCalls.forEach(OktaRequestsTest::assertConformsToOktasOpenApi);
    }

    @Test
    void theBackstopPagesTheSystemLogAndTheAppUsersTheWayOktaDescribesThem() {
        for (int i = 0; i < 3; i++) {
            String userId = Deliveries.userId();
            FakeOkta.user(userId, userId + "@example.com");
            FakeOkta.assign(APP_ID, userId);
            FakeOkta.systemLog(Deliveries.userEvent("user.lifecycle.activate", userId));
        }
        FakeOkta.REQUESTS.clear();

        List<JsonNode> events = new ArrayList<>();
        oktaUsers.forEachLogEvent(java.time.Instant.now().minusSeconds(600),
                dev.switchboard.oktaingress.domain.SystemLogQuery.filter(Triage.HANDLED_TYPES), events::add);
        int listed = oktaUsers.forEachAssigned(dev.switchboard.oktaingress.domain.SnapshotTrigger.BACKSTOP, s -> {
        }, (id, e) -> {
            throw e;
        });

        assertThat(events).hasSizeGreaterThanOrEqualTo(3);
        assertThat(listed).isGreaterThanOrEqualTo(3);
        List<FakeOkta.Recorded> pages = FakeOkta.REQUESTS.stream()
                .filter(r -> r.path().equals("/api/v1/logs") || r.path().equals("/api/v1/apps/" + APP_ID + "/users"))
                .toList();
        // 2 per page in %test: several pages of each, each next one asked for with the cursor of the Link header
        assertThat(pages.stream().filter(r -> r.query().containsKey("after")).map(FakeOkta.Recorded::path).distinct())
                .hasSize(2);
        assertThat(pages).allSatisfy(r -> assertThat(header(r, "Authorization")).isEqualTo("SSWS test-token"));
        pages.forEach(OktaRequestsTest::assertConformsToOktasOpenApi);
    }

    @Test
    void theEnricherReadsUsersAndAppUsersTheWayOktaDescribesThem() {
        String userId = Deliveries.userId();
        FakeOkta.user(userId, "conform@example.com");
        FakeOkta.assign(APP_ID, userId);

        try (Topic users = new Topic(Topics.OKTA_USERS.name())) {
            given().contentType(ContentType.JSON).header("Authorization", "test-hook-secret")
                    .body(delivery(appMembership("update", APP_ID, userId)).string())
                    .when().post("/hooks/okta").then().statusCode(204);
            users.withKey(userId);
        }

        List<FakeOkta.Recorded> requests = FakeOkta.requestsAbout(userId);
        assertThat(requests).extracting(FakeOkta.Recorded::path)
                .containsExactly("/api/v1/users/" + userId, "/api/v1/apps/" + APP_ID + "/users/" + userId);
        for (FakeOkta.Recorded request : requests) {
            assertThat(header(request, "Authorization")).isEqualTo("SSWS test-token");
            assertThat(header(request, "Accept")).contains("application/json");
            assertThat(header(request, "User-Agent")).startsWith("switchboard-okta-ingress/");
            assertConformsToOktasOpenApi(request);
        }
    }

    /**
     * Okta's description has a few schema defaults of the wrong type (the parser reports them), which makes the
     * validator's own loader refuse it; parsed here and handed over, every operation we call is intact.
     */
    private static OpenApiInteractionValidator oktaOpenApi() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        String spec = Path.of("../openapi/okta-management-openapi.yml").toAbsolutePath().normalize().toString();
        OpenAPI api = new OpenAPIV3Parser().readLocation(spec, null, options).getOpenAPI();
        assertThat(api).as("Okta OpenAPI at " + spec).isNotNull();
        return OpenApiInteractionValidator.createFor(api).build();
    }

    private static String header(FakeOkta.Recorded request, String name) {
        return request.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    private static void assertConformsToOktasOpenApi(FakeOkta.Recorded recorded) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(Request.Method.valueOf(recorded.method()), recorded.path());
        recorded.headers().forEach((name, values) -> builder.withHeader(name, new ArrayList<>(values)));
        recorded.query().forEach((name, values) -> builder.withQueryParam(name, new ArrayList<>(values)));
        if (recorded.body() != null && !recorded.body().isEmpty()) {
            builder.withBody(recorded.body());
        }
        ValidationReport report = OKTA.validateRequest(builder.build());
        assertThat(report.getMessages()).as(recorded.method() + " " + recorded.path()).isEmpty();
    }
}
