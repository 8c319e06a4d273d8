package dev.switchboard.rcingress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.RingCentralAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ExtensionFingerprintTest {

    private static Map<String, String> attributes(String jobTitle) throws Exception {
        return ExtensionAttributes.of(ExtensionAttributesTest.extension(jobTitle));
    }

    private static Map<String, String> withDirectNumber(String jobTitle, String directNumber) throws Exception {
        return ExtensionAttributes.of(ExtensionAttributesTest.extension(jobTitle), directNumber);
    }

    @Test
    void theContentFollowsTheContentNotTheOrder() throws Exception {
        Map<String, String> a = attributes("Countess");
        ExtensionFingerprint fingerprint = ExtensionFingerprint.of("User", "Enabled", a);
        assertThat(ExtensionFingerprint.of("User", "Enabled", new TreeMap<>(a))).isEqualTo(fingerprint);
        assertThat(ExtensionFingerprint.of("User", "Enabled", attributes("Mathematician")).changedSince(fingerprint)).isTrue();
        assertThat(ExtensionFingerprint.of("User", "Disabled", a).changedSince(fingerprint)).isTrue();
        assertThat(ExtensionFingerprint.of("User", "Enabled", a).changedSince(fingerprint)).isFalse();
    }

    @Test
    void aDirectNumberReadByBothRunsCountsAndOneNotReadDoesNot() throws Exception {
        ExtensionFingerprint read = ExtensionFingerprint.of("User", "Enabled", withDirectNumber("Countess", "+16505550100"));
        ExtensionFingerprint notRead = ExtensionFingerprint.of("User", "Enabled", attributes("Countess"));
        assertThat(notRead.directNumber()).isNull();
        assertThat(read.directNumber()).isNotNull();
        assertThat(read.content()).isEqualTo(notRead.content());

        assertThat(notRead.changedSince(read)).as("switched off after a run that read numbers").isFalse();
        assertThat(read.changedSince(notRead)).as("switched on again").isFalse();
        assertThat(ExtensionFingerprint.of("User", "Enabled", withDirectNumber("Countess", "+16505550200"))
                .changedSince(read)).isTrue();
        assertThat(ExtensionFingerprint.of("User", "Enabled", withDirectNumber("Countess", null)).changedSince(read))
                .as("number taken away").isTrue();
        assertThat(ExtensionFingerprint.of("User", "Enabled", withDirectNumber("Mathematician", "+16505550100"))
                .changedSince(notRead)).isTrue();
    }

    @Test
    void aReadNoneHasADigestOfItsOwn() throws Exception {
        ExtensionFingerprint none = ExtensionFingerprint.of("User", "Enabled", withDirectNumber("Countess", null));
        assertThat(none.directNumber()).isNotNull();
        Map<String, String> other = new LinkedHashMap<>(attributes("Countess"));
        other.put(RingCentralAttributes.DIRECT_NUMBER, "+16505550100");
        assertThat(ExtensionFingerprint.of("User", "Enabled", other).directNumber()).isNotEqualTo(none.directNumber());
    }
}
