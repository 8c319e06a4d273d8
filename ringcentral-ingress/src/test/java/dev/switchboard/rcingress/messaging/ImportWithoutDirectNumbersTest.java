package dev.switchboard.rcingress.messaging;

import static dev.switchboard.rcingress.fixtures.Imports.firstWebhookSnapshotOf;
import static dev.switchboard.rcingress.fixtures.Imports.importNow;
import static dev.switchboard.rcingress.fixtures.Imports.snapshotsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.RingCentralAttributes;
import dev.switchboard.rcingress.domain.ImportReport;
import dev.switchboard.rcingress.fixtures.FakeRingCentral;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** switchboard.import.directory=false: no directory calls, and import snapshots do not claim "no number". */
@QuarkusTest
@TestProfile(ImportWithoutDirectNumbersTest.DirectNumbersOff.class)
class ImportWithoutDirectNumbersTest {

    public static class DirectNumbersOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("switchboard.import.directory", "false");
        }
    }

    @Inject
    FakeRingCentral ringCentral;

    @Test
    void importSnapshotsLeaveTheDirectNumberOutAndWebhooksStillCarryIt() {
        String numbered = ringCentral.addUser("Off", "Numbered", "off.numbered." + System.nanoTime() + "@example.com");
        ringCentral.addPhoneNumber(numbered, 8_100, "+16505558100", "DirectNumber", true);
        String plain = ringCentral.addUser("Off", "Plain", "off.plain." + System.nanoTime() + "@example.com");

        ImportReport run = importNow();

        assertThat(run.status()).isEqualTo(ImportReport.COMPLETED);
        assertThat(run.directoryPages()).isZero();
        assertThat(ringCentral.requests("directory")).isEmpty();
        assertThat(ringCentral.requests("phone-numbers")).isEmpty();
        assertThat(snapshotsOf(run, List.of(numbered, plain))).allSatisfy(e -> assertThat(e.data().attributes())
                .doesNotContainKey(RingCentralAttributes.DIRECT_NUMBER)
                .containsKey(RingCentralAttributes.EMAIL));

        ImportReport again = importNow();
        assertThat(again.changed()).doesNotContain(numbered, plain);
        assertThat(again.created()).doesNotContain(numbered, plain);

        assertThat(firstWebhookSnapshotOf(numbered).attributes())
                .containsEntry(RingCentralAttributes.DIRECT_NUMBER, "+16505558100");
    }
}
