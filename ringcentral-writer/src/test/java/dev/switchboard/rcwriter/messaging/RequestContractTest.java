package dev.switchboard.rcwriter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.RingCentralCommand;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the writer SENDS to RingCentral, checked against RingCentral's official OpenAPI description. */
@QuarkusTest
class RequestContractTest {

    @Inject
    FakeRingCentral ringCentral;

    @Test
    void tokenLookupAndCreateRequestsConformToTheOpenApi() {
        Event<RingCentralCommand> command = Commands.send(Commands.create(Commands.uniqueEmail()));
        Produced.result(command.data().linkId());

        List<FakeRingCentral.Recorded> sent = ringCentral.requests();
        assertThat(sent).extracting(FakeRingCentral.Recorded::operation).contains("token", "list", "create");
        for (FakeRingCentral.Recorded request : sent) {
            OpenApiInteractionValidator validator = request.operation().equals("token")
                    ? RingCentralOpenApi.OPEN_OBJECTS.get() : RingCentralOpenApi.STRICT.get();
            ValidationReport report = validator.validateRequest(toRequest(request));
            assertThat(report.getMessages()).as("%s %s: %s", request.method(), request.path(), request.body()).isEmpty();
        }
    }

    private static Request toRequest(FakeRingCentral.Recorded recorded) {
        SimpleRequest.Builder builder = recorded.method().equals("POST")
                ? SimpleRequest.Builder.post(recorded.path())
                : SimpleRequest.Builder.get(recorded.path());
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
        private static final Path SPEC = Path.of("../../shared/openapi/ringcentral-openapi.yml");
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
