package dev.switchboard.oktawriter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.contracts.OktaCommand.Action;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import dev.switchboard.testing.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the writer SENDS to Okta, checked against Okta's official OpenAPI description (openapi/ at the repository root). */
@QuarkusTest
class RequestContractTest {

    @Inject
    FakeOkta okta;

    @Test
    void everyRequestTheWriterSendsConformsToOktasOpenApi() {
        String login = Commands.uniqueLogin();
        String appId = TestTopics.uniqueId("0oa");
        String userId = okta.seedUser(Commands.uniqueLogin(), "Ada", "Lovelace");
        for (OktaCommand command : List.of(
                Commands.command(Action.CREATE_USER, null, Map.of("email", login, "firstName", "Grace", "lastName", "Hopper")),
                Commands.command(Action.UPDATE_PROFILE, userId, Map.of("title", "Countess", "mobilePhone", "+1 555 0100")),
                Commands.command(Action.ASSIGN, userId, Map.of("externalId", "62000999", "extensionNumber", "109")),
                Commands.command(Action.UPDATE_APP_USER, userId, Map.of("extensionNumber", "110")),
                Commands.command(Action.SUSPEND, userId, Map.of()),
                Commands.command(Action.UNSUSPEND, userId, Map.of()),
                Commands.command(Action.DEACTIVATE, userId, Map.of()))) {
            assertThat(Commands.execute(command).outcome()).as(command.action().name()).isEqualTo(Outcome.APPLIED);
        }
        OktaCommand schema = Commands.command(Action.UPDATE_APP_USER_SCHEMA, null, Map.of("extensionNumber", "Extension"));
        assertThat(Commands.execute(new OktaCommand(schema.commandId(), schema.linkId(), schema.action(), null, appId,
                schema.attributes(), null)).outcome()).isEqualTo(Outcome.APPLIED);

        List<FakeOkta.Recorded> sent = new ArrayList<>();
        sent.addAll(okta.requestsAbout(login));
        sent.addAll(okta.requests().stream().filter(r -> r.path().equals("/api/v1/users") && r.body().contains(login)).toList());
        sent.addAll(okta.requestsAbout(userId));
        sent.addAll(okta.requests().stream().filter(r -> r.path().equals("/api/v1/apps/" + Commands.APP_ID + "/users")
                && r.body().contains(userId)).toList());
        sent.addAll(okta.requestsAbout(appId));
        assertThat(sent).extracting(r -> r.method() + " " + r.path().replace(userId, "{id}").replace(appId, "{appId}")
                        .replace(Commands.APP_ID, "{appId}").replace(login, "{login}"))
                .contains("GET /api/v1/users/{login}", "POST /api/v1/users", "GET /api/v1/users/{id}",
                        "POST /api/v1/users/{id}", "GET /api/v1/apps/{appId}/users/{id}", "POST /api/v1/apps/{appId}/users",
                        "POST /api/v1/apps/{appId}/users/{id}", "POST /api/v1/users/{id}/lifecycle/suspend",
                        "POST /api/v1/users/{id}/lifecycle/unsuspend", "POST /api/v1/users/{id}/lifecycle/deactivate",
                        "GET /api/v1/meta/schemas/apps/{appId}/default", "POST /api/v1/meta/schemas/apps/{appId}/default");
        for (FakeOkta.Recorded request : sent) {
            assertThat(request.header("Authorization")).isEqualTo("SSWS test-token");
            assertThat(request.header("User-Agent")).startsWith("switchboard-okta-writer/");
            assertThat(request.header("Accept")).contains("application/json");
            ValidationReport report = OktaOpenApi.VALIDATOR.validateRequest(toRequest(request));
            if (setsExternalId(request)) {
                // Known deviation, kept on purpose and pinned here: Okta's description marks AppUser.externalId
                // read-only, the issue asks ASSIGN to set it (the sandbox accepts it). Nothing else may be wrong.
                assertThat(leaves(report.getMessages())).as("%s %s: %s", request.method(), request.path(), request.body())
                        .isNotEmpty().allSatisfy(m -> assertThat(m).contains("[\"externalId\"]"));
                continue;
            }
            assertThat(report.getMessages()).as("%s %s: %s", request.method(), request.path(), request.body()).isEmpty();
        }
    }

    /** The innermost findings of each message (a oneOf mismatch nests one finding per alternative). */
    private static List<String> leaves(List<ValidationReport.Message> messages) {
        List<String> leaves = new ArrayList<>();
        for (ValidationReport.Message message : messages) {
            if (message.getNestedMessages().isEmpty()) {
                leaves.add(message.getMessage());
            } else {
                leaves.addAll(leaves(message.getNestedMessages()));
            }
        }
        return leaves;
    }

    private static boolean setsExternalId(FakeOkta.Recorded request) {
        return request.method().equals("POST") && request.path().matches("/api/v1/apps/[^/]+/users/[^/]+")
                && request.json().has("externalId");
    }

    private static Request toRequest(FakeOkta.Recorded recorded) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(Request.Method.valueOf(recorded.method()), recorded.path());
        recorded.headers().forEach((name, values) -> builder.withHeader(name, new ArrayList<>(values)));
        recorded.query().forEach((name, values) -> builder.withQueryParam(name, new ArrayList<>(values)));
        if (recorded.body() != null && !recorded.body().isEmpty()) {
            builder.withBody(recorded.body());
        }
        return builder.build();
    }

    /**
     * Okta's description has a few schema defaults of the wrong type, which makes the validator's own loader refuse
     * it; parsed here and handed over (as okta-ingress does), every operation the writer calls is intact. Built once.
     */
    static final class OktaOpenApi {
        static final OpenApiInteractionValidator VALIDATOR = load();

        private static OpenApiInteractionValidator load() {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            String spec = Path.of("../openapi/okta-management-openapi.yml").toAbsolutePath().normalize().toString();
            OpenAPI api = new OpenAPIV3Parser().readLocation(spec, null, options).getOpenAPI();
            assertThat(api).as("Okta OpenAPI at " + spec).isNotNull();
            return OpenApiInteractionValidator.createFor(api).build();
        }
    }
}
