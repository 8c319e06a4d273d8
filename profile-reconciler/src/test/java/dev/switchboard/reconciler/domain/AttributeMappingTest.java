package dev.switchboard.reconciler.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.contracts.RingCentralAttributes;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributeMappingTest {

    @Test
    void defaultsMapTheStandardOktaProfileToContactFields() {
        Map<String, Object> profile = new HashMap<>();
        profile.put("firstName", "Ada");
        profile.put("lastName", "Lovelace");
        profile.put("email", "ada@example.com");
        profile.put("title", "Analyst");
        profile.put("department", "Engineering");
        profile.put("mobilePhone", "+14155550100");
        profile.put("primaryPhone", "+14155550111");
        profile.put("login", "ada@example.com");

        assertThat(AttributeMapping.defaultMapping().apply(profile)).containsExactlyInAnyOrderEntriesOf(Map.of(
                RingCentralAttributes.FIRST_NAME, "Ada",
                RingCentralAttributes.LAST_NAME, "Lovelace",
                RingCentralAttributes.EMAIL, "ada@example.com",
                RingCentralAttributes.JOB_TITLE, "Analyst",
                RingCentralAttributes.DEPARTMENT, "Engineering",
                RingCentralAttributes.MOBILE_PHONE, "+14155550100",
                RingCentralAttributes.BUSINESS_PHONE, "+14155550111"));
    }

    @Test
    void absentNullAndBlankValuesAreLeftOut() {
        Map<String, Object> profile = new HashMap<>();
        profile.put("firstName", "Ada");
        profile.put("title", null);
        profile.put("department", "  ");

        assertThat(AttributeMapping.defaultMapping().apply(profile))
                .containsExactlyEntriesOf(Map.of(RingCentralAttributes.FIRST_NAME, "Ada"));
    }

    @Test
    void overridesReplaceAddAndRemoveMappings() {
        AttributeMapping mapping = AttributeMapping.withOverrides(Map.of(
                "title", RingCentralAttributes.DEPARTMENT,
                "costCenter", RingCentralAttributes.customField("42"),
                "mobilePhone", ""));
        Map<String, Object> profile = Map.of("title", "Analyst", "costCenter", "CC-7", "mobilePhone", "+1415");

        assertThat(mapping.apply(profile)).containsExactlyInAnyOrderEntriesOf(Map.of(
                RingCentralAttributes.DEPARTMENT, "Analyst",
                "customFields.42", "CC-7"));
    }

    @Test
    void noOktaAttributeMayFeedAReadOnlyRingCentralAttribute() {
        assertThatThrownBy(() -> AttributeMapping.withOverrides(Map.of("primaryPhone",
                RingCentralAttributes.DIRECT_NUMBER)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("directNumber");
    }
}
