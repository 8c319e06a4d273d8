package dev.switchboard.rcingress.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.RingCentralExtensionSnapshot;
import dev.switchboard.contracts.Topics;
import dev.switchboard.rcingress.domain.ImportReport;
import dev.switchboard.rcingress.fixtures.AdminTokens;
import dev.switchboard.rcingress.fixtures.FakeRingCentral;
import dev.switchboard.rcingress.fixtures.Produced;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportTest {

    @Inject
    FakeRingCentral ringCentral;

    /** Starts an import as an operator and waits for its report. */
    private static ImportReport importNow() {
        String runId = given().auth().oauth2(AdminTokens.operator()).when().post("/admin/import")
                .then().statusCode(202).header("Location", containsString("/admin/import/"))
                .extract().path("runId");
        return Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Json.MAPPER.readValue(
                given().auth().oauth2(AdminTokens.viewer()).when().get("/admin/import/" + runId)
                        .then().statusCode(200).extract().asString(), ImportReport.class),
                report -> !ImportReport.RUNNING.equals(report.status()));
    }

    @Test
    void reportsNewUnchangedChangedAndGoneAcrossRuns() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(ringCentral.addUser("Import" + i, "User", "import" + i + "." + System.nanoTime() + "@example.com"));
        }
        String department = ringCentral.addExtension("Department", "Imported Sales");
        ringCentral.defineCustomField("64016", "User", "Employee ID");
        ringCentral.setCustomField(ids.get(0), "64016", "E12345");

        ImportReport first = importNow();
        assertThat(first.status()).isEqualTo(ImportReport.COMPLETED);
        assertThat(first.pages()).isGreaterThanOrEqualTo(3);
        assertThat(first.created()).containsAll(ids).doesNotContain(department);
        assertThat(first.listed()).isEqualTo(ringCentral.userIds().size());
        try (Produced<RingCentralExtensionSnapshot> extensions = new Produced<>(Topics.RINGCENTRAL_EXTENSIONS)) {
            List<Event<RingCentralExtensionSnapshot>> snapshots = extensions.await(ringCentral.userIds().size(),
                    r -> first.runId().equals(Json.readEvent(Topics.RINGCENTRAL_EXTENSIONS, r.value()).data().importRunId()));
            assertThat(snapshots).extracting(e -> e.data().extensionId()).containsAll(ids);
            assertThat(snapshots).allSatisfy(e -> {
                assertThat(e.data().source()).isEqualTo("import");
                assertThat(e.correlationId()).isEqualTo(first.runId());
            });
            assertThat(snapshots).filteredOn(e -> e.data().extensionId().equals(ids.get(0))).singleElement()
                    .satisfies(e -> assertThat(e.data().attributes()).containsEntry("customFields.64016", "E12345"));
        }

        ImportReport second = importNow();
        assertThat(second.created()).isEmpty();
        assertThat(second.changed()).isEmpty();
        assertThat(second.gone()).isEmpty();
        assertThat(second.unchanged()).isEqualTo(ringCentral.userIds().size());

        ringCentral.setContact(ids.get(1), "jobTitle", "Chief Importer");
        ringCentral.remove(ids.get(2));
        String added = ringCentral.addUser("Late", "Comer", "late." + System.nanoTime() + "@example.com");

        ImportReport third = importNow();
        assertThat(third.changed()).containsExactly(ids.get(1));
        assertThat(third.gone()).containsExactly(ids.get(2));
        assertThat(third.created()).containsExactly(added);
        try (Produced<RingCentralExtensionSnapshot> extensions = new Produced<>(Topics.RINGCENTRAL_EXTENSIONS)) {
            RingCentralExtensionSnapshot removal = extensions.await(1, r -> ids.get(2).equals(r.key())
                    && third.runId().equals(Json.readEvent(Topics.RINGCENTRAL_EXTENSIONS, r.value()).data().importRunId()))
                    .get(0).data();
            assertThat(removal.removed()).isTrue();
            assertThat(removal.source()).isEqualTo("import");
        }
    }

    @Test
    void anUnknownRunIs404() {
        given().auth().oauth2(AdminTokens.viewer()).when().get("/admin/import/no-such-run")
                .then().statusCode(404).body("reason", containsString("no-such-run"));
    }
}
