package dev.switchboard.rcingress.messaging;

import static dev.switchboard.rcingress.fixtures.Imports.firstWebhookSnapshotOf;
import static dev.switchboard.rcingress.fixtures.Imports.importNow;
import static dev.switchboard.rcingress.fixtures.Imports.snapshotsOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.RingCentralAttributes;
import dev.switchboard.contracts.RingCentralExtensionSnapshot;
import dev.switchboard.contracts.Topics;
import dev.switchboard.rcingress.domain.ImportReport;
import dev.switchboard.rcingress.fixtures.AdminTokens;
import dev.switchboard.rcingress.fixtures.FakeRingCentral;
import dev.switchboard.rcingress.fixtures.Produced;
import dev.switchboard.rcingress.persistence.ReplicaLock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportTest {

    @Inject
    FakeRingCentral ringCentral;

    @Inject
    ReplicaLock locks;

    @Test
    void reportsNewUnchangedChangedAndGoneAcrossRuns() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(ringCentral.addUser("Import" + i, "User", "import" + i + "." + System.nanoTime() + "@example.com"));
        }
        String department = ringCentral.addExtension("Department", "Imported Sales");
        ringCentral.defineCustomField("64016", "User", "Employee ID");
        ringCentral.setCustomField(ids.get(0), "64016", "E12345");
        // Frozen: the company directory does not list it, so its custom field values need a single read
        ringCentral.setStatus(ids.get(4), "Frozen");
        ringCentral.setCustomField(ids.get(4), "64016", "E4");

        int readsBefore = ringCentral.requests("extension").size();
        ImportReport first = importNow();
        List<String> readSingly = ringCentral.requests("extension")
                .subList(readsBefore, ringCentral.requests("extension").size()).stream()
                .map(r -> r.path().substring(r.path().lastIndexOf('/') + 1)).filter(ids::contains).toList();
        assertThat(readSingly).as("custom field values come from the company directory").containsExactly(ids.get(4));
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
            assertThat(snapshots).filteredOn(e -> e.data().extensionId().equals(ids.get(4))).singleElement()
                    .satisfies(e -> assertThat(e.data().attributes()).containsEntry("customFields.64016", "E4"));
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
    void everySnapshotCarriesItsDirectNumberFromTheDirectoryAsTheWebhookWould() {
        ringCentral.defineCustomField("64017", "User", "Badge"); // so every extension is read singly, too
        String primaryLater = ringCentral.addUser("Dial", "Primary", "dial.primary." + System.nanoTime() + "@example.com");
        ringCentral.addPhoneNumber(primaryLater, 7_100, "+16505557100", "DirectNumber", false);
        ringCentral.addPhoneNumber(primaryLater, 7_150, "+16505557150", "DirectNumber", true);
        String lowestFirst = ringCentral.addUser("Dial", "Lowest", "dial.lowest." + System.nanoTime() + "@example.com");
        ringCentral.addPhoneNumber(lowestFirst, 7_200, "+16505557200", "DirectNumber", false);
        ringCentral.addPhoneNumber(lowestFirst, 7_250, "+16505557250", "DirectNumber", false);
        String companyOnly = ringCentral.addUser("Dial", "Company", "dial.company." + System.nanoTime() + "@example.com");
        ringCentral.addPhoneNumber(companyOnly, 7_300, "+16505557300", "CompanyNumber", true);
        String none = ringCentral.addUser("Dial", "None", "dial.none." + System.nanoTime() + "@example.com");
        List<String> ids = List.of(primaryLater, lowestFirst, companyOnly, none);

        int directoryCallsBefore = ringCentral.requests("directory").size();
        ImportReport run = importNow();

        assertThat(run.status()).isEqualTo(ImportReport.COMPLETED);
        // test directory pages hold 2 users: the map was built across pages, each read once, in order
        assertThat(run.directoryPages()).isGreaterThanOrEqualTo(2);
        List<FakeRingCentral.Recorded> directoryPages = ringCentral.requests("directory")
                .subList(directoryCallsBefore, ringCentral.requests("directory").size());
        assertThat(directoryPages).extracting(r -> r.query().get("page"))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, run.directoryPages()).mapToObj(String::valueOf).toList());
        assertThat(directoryPages).allSatisfy(r -> assertThat(r.query()).containsEntry("showFederated", "false")
                .containsEntry("typeGroup", "User").containsEntry("perPage", "2"));
        assertThat(ringCentral.requests("phone-numbers")).as("no per-user phone-number call in an import")
                .noneMatch(r -> ids.stream().anyMatch(id -> r.path().contains("/extension/" + id + "/")));

        Map<String, RingCentralExtensionSnapshot> snapshots = new HashMap<>();
        snapshotsOf(run, ids).forEach(e -> snapshots.put(e.data().extensionId(), e.data()));
        assertThat(snapshots.get(primaryLater).attributes()).containsEntry(RingCentralAttributes.DIRECT_NUMBER, "+16505557150");
        assertThat(snapshots.get(lowestFirst).attributes()).containsEntry(RingCentralAttributes.DIRECT_NUMBER, "+16505557200");
        assertThat(snapshots.get(companyOnly).attributes()).containsEntry(RingCentralAttributes.DIRECT_NUMBER, null);
        assertThat(snapshots.get(none).attributes()).containsKey(RingCentralAttributes.DIRECT_NUMBER)
                .containsEntry(RingCentralAttributes.DIRECT_NUMBER, null);

        // the webhook path reads the same numbers, so its snapshots agree with the import's
        for (String id : ids) {
            assertThat(firstWebhookSnapshotOf(id).attributes()).as(id).isEqualTo(snapshots.get(id).attributes());
        }

        ringCentral.clearPhoneNumbers(lowestFirst);
        ringCentral.addPhoneNumber(none, 7_400, "+16505557400", "DirectNumber", false);
        ImportReport next = importNow();
        assertThat(next.changed()).as("a new or lost direct number is a change").contains(lowestFirst, none)
                .doesNotContain(primaryLater, companyOnly);
    }

    @Test
    void whileAnotherReplicaImportsAnOnDemandRunIsRefusedAndAfterItRuns() throws Exception {
        // another replica = another database session holding the import lock
        try (ReplicaLock.Held other = CompletableFuture.supplyAsync(() -> locks.tryAcquire(ReplicaLock.Job.IMPORT))
                .get().orElseThrow()) {
            given().auth().oauth2(AdminTokens.operator()).when().post("/admin/import")
                    .then().statusCode(409).body(containsString("another replica"));
        }
        assertThat(importNow().status()).isEqualTo(ImportReport.COMPLETED);
    }

    @Test
    void anUnknownRunIs404() {
        given().auth().oauth2(AdminTokens.viewer()).when().get("/admin/import/no-such-run")
                .then().statusCode(404).body("reason", containsString("no-such-run"));
    }
}
