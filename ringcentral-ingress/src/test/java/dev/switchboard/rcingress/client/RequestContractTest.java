package dev.switchboard.rcingress.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.switchboard.rcingress.fixtures.FakeRingCentral;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * What ringcentral-ingress SENDS to RingCentral, checked against RingCentral's official OpenAPI description: the
 * subscription create, the subscription list, the paged extension list, an extension's direct numbers and the paged
 * company directory. The create body's schema is an
 * {@code allOf}, which a closed reading rejects for every real body, so additional-properties findings are ignored
 * (the spec does not close these objects). Calls naming a subscription id are not checked: the spec declares the id
 * with maxLength 20 while RingCentral's ids are 36-character UUIDs (specs/ringcentral.md §1.1).
 */
@QuarkusTest
class RequestContractTest {

    private static final Path SPEC = Path.of("../openapi/ringcentral-openapi.yml");

    @Inject
    FakeRingCentral ringCentral;

    @Inject
    RingCentralDirectory directory;

    @Inject
    RingCentralSubscriptions subscriptions;

    @Test
    void subscriptionAndListRequestsConformToTheOpenApi() {
        for (int i = 0; i < 3; i++) {
            ringCentral.addUser("Contract" + i, "User", "contract" + i + "@example.com");
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !ringCentral.requests("subscribe").isEmpty());
        subscriptions.list();
        RingCentralDirectory.Page first = directory.userExtensions(1, 2);
        directory.userExtensions(2, 2);
        assertThat(first.nextPage()).isTrue();
        String numbered = ringCentral.addUser("Contract", "Numbered", "contract.numbered@example.com");
        ringCentral.addPhoneNumber(numbered, 5_100, "+16505555100", "DirectNumber", true);
        assertThat(directory.directNumbers(numbered)).hasValueSatisfying(numbers -> assertThat(numbers).hasSize(1));
        RingCentralDirectory.Page firstEntries = directory.directoryUsers(1, 2);
        assertThat(firstEntries.nextPage()).isTrue();
        directory.directoryUsers(2, 2);

        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForSpecificationUrl(SPEC.toAbsolutePath().normalize().toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE).build())
                .build();
        List<FakeRingCentral.Recorded> sent = ringCentral.requests().stream()
                .filter(r -> List.of("subscribe", "subscriptions", "extensions", "phone-numbers", "directory")
                        .contains(r.operation())).toList();
        assertThat(sent).extracting(FakeRingCentral.Recorded::operation)
                .contains("subscribe", "subscriptions", "extensions", "phone-numbers", "directory");
        assertThat(sent).filteredOn(r -> r.operation().equals("directory"))
                .anySatisfy(r -> assertThat(r.query()).containsEntry("showFederated", "false")
                        .containsEntry("typeGroup", "User").containsEntry("page", "2").containsEntry("perPage", "2"));
        assertThat(sent).filteredOn(r -> r.operation().equals("extensions"))
                .anySatisfy(r -> assertThat(r.query()).containsEntry("type", "User").containsEntry("page", "2")
                        .containsEntry("perPage", "2"));
        for (FakeRingCentral.Recorded request : sent) {
            SimpleRequest.Builder builder = request.method().equals("POST")
                    ? SimpleRequest.Builder.post(request.path()) : SimpleRequest.Builder.get(request.path());
            builder.withHeader("Authorization", "Bearer token");
            if (request.contentType() != null) {
                builder.withContentType(request.contentType());
            }
            request.query().forEach(builder::withQueryParam);
            if (request.body() != null) {
                builder.withBody(request.body());
            }
            ValidationReport report = validator.validateRequest(builder.build());
            assertThat(report.getMessages()).as("%s %s %s", request.method(), request.path(), request.body()).isEmpty();
        }
    }
}
