package dev.switchboard.rcingress.messaging;

import static dev.switchboard.rcingress.fixtures.NotificationBodies.deliver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.contracts.DeadLetter;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.RingCentralAttributes;
import dev.switchboard.contracts.RingCentralExtensionSnapshot;
import dev.switchboard.contracts.RingCentralNotification;
import dev.switchboard.contracts.Topics;
import dev.switchboard.rcingress.fixtures.FakeRingCentral;
import dev.switchboard.rcingress.fixtures.NotificationBodies;
import dev.switchboard.rcingress.fixtures.Produced;
import dev.switchboard.testing.InJvmKafka;
import dev.switchboard.testing.TestTopics;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EnrichmentTest {

    private static Produced<RingCentralNotification> notifications;
    private static Produced<RingCentralExtensionSnapshot> extensions;
    private static Produced<DeadLetter> deadLetters;

    @Inject
    FakeRingCentral ringCentral;

    @Inject
    MeterRegistry registry;

    @BeforeAll
    static void subscribe() {
        notifications = new Produced<>(Topics.RINGCENTRAL_NOTIFICATIONS);
        extensions = new Produced<>(Topics.RINGCENTRAL_EXTENSIONS);
        deadLetters = new Produced<>(Topics.DEAD_LETTERS);
    }

    @AfterAll
    static void close() {
        notifications.close();
        extensions.close();
        deadLetters.close();
    }

    @Test
    void aNotificationBecomesARawEventAndASnapshotOfWhatRingCentralSaysNow() {
        String id = ringCentral.addUser("Ada", "Lovelace", "ada.enriched@example.com");
        ringCentral.setContact(id, "jobTitle", "Countess");

        deliver(NotificationBodies.batch(id, "Update"));

        Event<RingCentralNotification> raw = notifications.withKey(id);
        Event<RingCentralExtensionSnapshot> snapshot = extensions.withKey(id);
        assertThat(snapshot.correlationId()).isEqualTo(raw.correlationId());
        assertThat(snapshot.causationId()).isEqualTo(raw.id());
        RingCentralExtensionSnapshot data = snapshot.data();
        assertThat(data.extensionId()).isEqualTo(id);
        assertThat(data.removed()).isFalse();
        assertThat(data.type()).isEqualTo("User");
        assertThat(data.status()).isEqualTo("Enabled");
        assertThat(data.source()).isEqualTo("webhook");
        assertThat(data.importRunId()).isNull();
        assertThat(data.attributes()).containsEntry(RingCentralAttributes.EMAIL, "ada.enriched@example.com")
                .containsEntry(RingCentralAttributes.JOB_TITLE, "Countess");
    }

    @Test
    void theSnapshotCarriesTheDirectNumberAndANumberChangeIsReadAgain() {
        String id = ringCentral.addUser("Grace", "Hopper", "grace.numbers@example.com");
        ringCentral.addPhoneNumber(id, 9_100, "+16505559100", "DirectNumber", false);
        ringCentral.addPhoneNumber(id, 9_050, "+16505559050", "DirectNumber", false);
        ringCentral.addPhoneNumber(id, 9_000, "+16505559000", "CompanyNumber", true);

        deliver(NotificationBodies.flat(id, "Update")); // no hints: numbers may have changed

        RingCentralExtensionSnapshot first = extensions.withKey(id).data();
        assertThat(first.attributes()).as("no primary DirectNumber: the lowest id")
                .containsEntry(RingCentralAttributes.DIRECT_NUMBER, "+16505559050")
                .containsEntry(RingCentralAttributes.EMAIL, "grace.numbers@example.com");
        assertThat(ringCentral.requests("phone-numbers")).filteredOn(r -> r.path().contains("/extension/" + id + "/"))
                .singleElement().satisfies(r -> assertThat(r.query()).containsEntry("usageType", "DirectNumber"));

        ringCentral.addPhoneNumber(id, 9_200, "+16505559200", "DirectNumber", true);
        deliver(NotificationBodies.numbersChanged(id));

        assertThat(extensions.withKey(id, 2).get(1).data().attributes())
                .containsEntry(RingCentralAttributes.DIRECT_NUMBER, "+16505559200");
    }

    @Test
    void anUpdateHintingOnlyOtherChangesLeavesTheDirectNumberOutAndSavesTheCall() {
        String id = ringCentral.addUser("Hint", "Ed", "hint.ed@example.com");
        ringCentral.addPhoneNumber(id, 9_400, "+16505559400", "DirectNumber", true);
        ringCentral.setContact(id, "jobTitle", "Editor");

        deliver(NotificationBodies.batch(id, "Update")); // hints: ExtensionInfo

        RingCentralExtensionSnapshot snapshot = extensions.withKey(id).data();
        assertThat(snapshot.attributes()).as("not read, so not claimed")
                .doesNotContainKey(RingCentralAttributes.DIRECT_NUMBER)
                .containsEntry(RingCentralAttributes.JOB_TITLE, "Editor");
        assertThat(ringCentral.requests("phone-numbers")).noneMatch(r -> r.path().contains("/extension/" + id + "/"));
    }

    @Test
    void anExtensionWithoutADirectNumberSaysSo() {
        String id = ringCentral.addUser("No", "Number", "no.number@example.com");
        ringCentral.addPhoneNumber(id, 9_300, "+16505559300", "CompanyNumber", true);

        deliver(NotificationBodies.flat(id, "Update"));

        assertThat(extensions.withKey(id).data().attributes()).containsKey(RingCentralAttributes.DIRECT_NUMBER)
                .containsEntry(RingCentralAttributes.DIRECT_NUMBER, null);
    }

    @Test
    void anExtensionGoneAtEitherReadBecomesARemovalSnapshot() {
        String deleted = ringCentral.addUser("Gone", "Soon", "gone@example.com");
        ringCentral.remove(deleted);
        String goneBetween = ringCentral.addUser("Gone", "Between", "gone.between@example.com");
        ringCentral.goneAtPhoneNumbers(goneBetween);

        deliver(NotificationBodies.flat(deleted, "Delete"));
        deliver(NotificationBodies.flat(goneBetween, "Update"));

        assertThat(List.of(extensions.withKey(deleted).data(), extensions.withKey(goneBetween).data())).allSatisfy(data -> {
            assertThat(data.removed()).isTrue();
            assertThat(data.attributes()).isEmpty();
            assertThat(data.source()).isEqualTo("webhook");
        });
    }

    @Test
    void extensionsThatAreNoUsersAreCountedAndSkipped() {
        String department = ringCentral.addExtension("Department", "Sales");
        String marker = ringCentral.addUser("After", "Department", "after.department@example.com");
        double before = ignored("Department");

        deliver(NotificationBodies.batch(department, "Update", marker, "Update"));

        extensions.withKey(marker);
        await().atMost(Duration.ofSeconds(30)).until(() -> ignored("Department") > before);
        assertThat(extensions.seenWithKey(department)).isEmpty();
    }

    @Test
    void anExtensionRingCentralKeepsFailingOnGoesToTheDeadLetters() {
        String id = ringCentral.addUser("Down", "Stream", "down@example.com");
        ringCentral.failNext("extension:" + id, 503, 503, 503, 503, 503);

        deliver(NotificationBodies.flat(id, "Update"));

        Event<DeadLetter> letter = deadLetters.withKey(id);
        assertThat(letter.data().consumer()).isEqualTo("ringcentral-ingress/enricher");
        assertThat(letter.data().sourceTopic()).isEqualTo(Topics.RINGCENTRAL_NOTIFICATIONS.name());
        assertThat(letter.data().error().code()).isEqualTo("CMN-201");
        assertThat(letter.data().attempts()).isEqualTo(5);
        assertThat(letter.correlationId()).isEqualTo(notifications.withKey(id).correlationId());
        assertThat(extensions.seenWithKey(id)).isEmpty();
    }

    @Test
    void aRecordThatIsNoNotificationGoesToTheDeadLetters() {
        String key = "broken-" + System.nanoTime();
        TestTopics.send(InJvmKafka.bootstrapServers(), Topics.RINGCENTRAL_NOTIFICATIONS.name(), key,
                "{\"type\":\"ringcentral.notification\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(deadLetters.withKey(key).data().error().code()).isEqualTo("INVALID_EVENT");
    }

    private double ignored(String type) {
        var counter = registry.find(NotificationEnricher.IGNORED_COUNTER).tag("type", type).counter();
        return counter == null ? 0 : counter.count();
    }
}
