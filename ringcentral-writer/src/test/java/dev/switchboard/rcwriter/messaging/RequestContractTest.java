package dev.switchboard.rcwriter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import dev.switchboard.contracts.RingCentralAttributes;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.contracts.RingCentralCommand.Action;
import dev.switchboard.rcwriter.client.RingCentralClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the writer SENDS to RingCentral, checked against RingCentral's official OpenAPI description. */
@QuarkusTest
class RequestContractTest {

    @Inject
    FakeRingCentral ringCentral;

    @Inject
    RingCentralClient client;

    @Test
    void everyRequestTheWriterSendsConformsToTheOpenApi() {
        Event<RingCentralCommand> command = Commands.send(Commands.create(Commands.uniqueEmail()));
        Produced.result(command.data().linkId());
        String id = ringCentral.seedUser(Commands.uniqueEmail(), "Ada", "Lovelace");
        for (RingCentralCommand next : List.of(
                Commands.command(Action.UPDATE, id, Map.of(RingCentralAttributes.JOB_TITLE, "Countess",
                        RingCentralAttributes.customField("42"), "CC-7"), null),
                Commands.command(Action.SUSPEND, id, "Suspended in Okta"),
                Commands.command(Action.UNSUSPEND, id, null),
                Commands.command(Action.REMOVE, id, null))) {
            assertThat(Produced.result(Commands.send(next).data().linkId()).data().outcome()).isEqualTo(Outcome.APPLIED);
        }
        client.revoke();

        List<FakeRingCentral.Recorded> sent = ringCentral.requests();
        assertThat(sent).extracting(FakeRingCentral.Recorded::operation)
                .contains("token", "list", "create", "read", "update", "delete", "revoke");
        for (FakeRingCentral.Recorded request : sent) {
            // token and revoke bodies are allOf schemas, which a closed reading rejects (see RingCentralOpenApi)
            OpenApiInteractionValidator validator = request.operation().equals("token") || request.operation().equals("revoke")
                    ? RingCentralOpenApi.OPEN_OBJECTS.get() : RingCentralOpenApi.STRICT.get();
            ValidationReport report = validator.validateRequest(toRequest(request));
            assertThat(report.getMessages()).as("%s %s: %s", request.method(), request.path(), request.body()).isEmpty();
        }
    }

    private static Request toRequest(FakeRingCentral.Recorded recorded) {
        SimpleRequest.Builder builder = switch (recorded.method()) {
            case "POST" -> SimpleRequest.Builder.post(recorded.path());
            case "PUT" -> SimpleRequest.Builder.put(recorded.path());
            case "DELETE" -> SimpleRequest.Builder.delete(recorded.path());
            default -> SimpleRequest.Builder.get(recorded.path());
        };
        if (recorded.contentType() != null) {
            builder.withContentType(recorded.contentType());
        }
        if (recorded.authorization() != null) {
            builder.withHeader("Authorization", recorded.authorization());
        }
        recorded.query().forEach(builder::withQueryParam);
        if (recorded.body() != null) {
            builder.withBody(recorded.body());
        }
        return builder.build();
    }

    /**
     * Validators of the OpenAPI file, each built once per JVM because the file is large. STRICT is the library's
     * default, which treats every object schema as closed (additional properties are errors), so a misspelt field in
     * the create body fails. The token request's schema is {@code allOf}[…, {@code anyOf}[AuthCode, Jwt, Refresh]]; a
     * closed reading of it rejects every real request, so OPEN_OBJECTS ignores only the category
     * {@code validation.schema.additionalProperties} (the spec itself does not close these objects).
     */
    static final class RingCentralOpenApi {
        private static final Path SPEC = Path.of("../openapi/ringcentral-openapi.yml");
        static final Once STRICT = new Once(false);
        static final Once OPEN_OBJECTS = new Once(true);

        static final class Once {
            private final boolean openObjects;
            private OpenApiInteractionValidator validator;

            Once(boolean openObjects) {
                this.openObjects = openObjects;
            }

            synchronized OpenApiInteractionValidator get() {
                if (validator == null) {
                    OpenApiInteractionValidator.Builder builder = OpenApiInteractionValidator
                            .createForSpecificationUrl(SPEC.toAbsolutePath().normalize().toUri().toString());
                    if (openObjects) {
                        builder.withLevelResolver(LevelResolver.create()
                                .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE).build());
                    }
                    validator = builder.build();
                }
                return validator;
            }
        }
    }
}
