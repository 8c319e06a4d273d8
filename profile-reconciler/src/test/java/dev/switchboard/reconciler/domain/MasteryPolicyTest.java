package dev.switchboard.reconciler.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.RingCentralAttributes;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MasteryPolicyTest {

    private final MasteryPolicy defaults = MasteryPolicy.defaults(AttributeMapping.defaultMapping());

    @Test
    void mappedContactAttributesAreOktaMasteredAndTheExtensionNumberRingCentralMastered() {
        assertThat(defaults.masterOf(RingCentralAttributes.EMAIL)).isEqualTo(Master.OKTA);
        assertThat(defaults.masterOf(RingCentralAttributes.FIRST_NAME)).isEqualTo(Master.OKTA);
        assertThat(defaults.masterOf(RingCentralAttributes.EXTENSION_NUMBER)).isEqualTo(Master.RINGCENTRAL);
        assertThat(defaults.profileMaster()).isEqualTo(Master.OKTA);
    }

    @Test
    void theDirectNumberIsRingCentralMasteredWhateverItsRowSays() {
        assertThat(defaults.masterOf(RingCentralAttributes.DIRECT_NUMBER)).isEqualTo(Master.RINGCENTRAL);
        MasteryPolicy misconfigured = new MasteryPolicy(Master.OKTA,
                Map.of(RingCentralAttributes.DIRECT_NUMBER, Master.OKTA));
        assertThat(misconfigured.masterOf(RingCentralAttributes.DIRECT_NUMBER)).isEqualTo(Master.RINGCENTRAL);
    }

    @Test
    void anAttributeWithoutARowIsOktaMastered() {
        assertThat(defaults.masterOf("customFields.42")).isEqualTo(Master.OKTA);
    }

    @Test
    void aRowDecidesItsAttribute() {
        MasteryPolicy policy = new MasteryPolicy(Master.OKTA, Map.of(RingCentralAttributes.JOB_TITLE, Master.RINGCENTRAL));
        assertThat(policy.masterOf(RingCentralAttributes.JOB_TITLE)).isEqualTo(Master.RINGCENTRAL);
        assertThat(policy.masterOf(RingCentralAttributes.EMAIL)).isEqualTo(Master.OKTA);
    }

    @Test
    void ringCentralAsProfileMasterMastersEverything() {
        MasteryPolicy policy = new MasteryPolicy(Master.RINGCENTRAL, defaults.attributes());
        assertThat(policy.masterOf(RingCentralAttributes.EMAIL)).isEqualTo(Master.RINGCENTRAL);
        assertThat(policy.masterOf("customFields.7")).isEqualTo(Master.RINGCENTRAL);
    }

    @Test
    void onlyRingCentralAttributesMayHaveARow() {
        assertThat(MasteryPolicy.knownAttribute("contact.email")).isTrue();
        assertThat(MasteryPolicy.knownAttribute("customFields.42")).isTrue();
        assertThat(MasteryPolicy.knownAttribute("customFields.")).isFalse();
        assertThat(MasteryPolicy.knownAttribute("contact.shoeSize")).isFalse();
        assertThat(MasteryPolicy.knownAttribute("customFields.4 2")).isFalse();
    }
}
