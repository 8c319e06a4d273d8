package dev.switchboard.rcwriter.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.contracts.RingCentralAttributes;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What to PUT given what the extension holds and what the command wants. */
class ExtensionChangesTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode held() throws Exception {
        return mapper.readTree("""
                {"id": 62000001, "extensionNumber": "101", "status": "Enabled",
                 "contact": {"firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com",
                             "company": "Analytical Engines", "jobTitle": "Countess", "emailAsLoginName": true,
                             "businessAddress": {"city": "London", "country": "GB"},
                             "pronouncedName": {"type": "Recorded", "prompt": {"id": "1"}}},
                 "customFields": [{"id": "42", "value": "CC-1", "displayName": "Cost center"}]}""");
    }

    @Test
    void nothingToPutWhenEveryValueIsHeld() throws Exception {
        Map<String, String> target = Map.of(RingCentralAttributes.FIRST_NAME, "Ada",
                RingCentralAttributes.EMAIL, "ADA@example.com", // RingCentral ignores the case of emails
                RingCentralAttributes.customField("42"), "CC-1",
                RingCentralAttributes.EXTENSION_NUMBER, "101");

        assertThat(ExtensionChanges.update(held(), target)).isEmpty();
        assertThat(ExtensionChanges.differing(held(), target)).isEmpty();
    }

    @Test
    void absentAndEmptyAreTheSameValue() throws Exception {
        assertThat(ExtensionChanges.update(held(), Map.of(RingCentralAttributes.DEPARTMENT, ""))).isEmpty();
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put(RingCentralAttributes.MOBILE_PHONE, null);
        assertThat(ExtensionChanges.update(held(), nullValue)).isEmpty();
    }

    @Test
    void aChangedContactFieldSendsTheContactBlockAsHeldWithTheChangeAndNothingElse() throws Exception {
        Map<String, String> target = new LinkedHashMap<>();
        target.put(RingCentralAttributes.FIRST_NAME, "Ada");
        target.put(RingCentralAttributes.JOB_TITLE, "Mathematician");
        target.put(RingCentralAttributes.customField("42"), "CC-1");

        JsonNode body = ExtensionChanges.update(held(), target).orElseThrow();

        // pronouncedName is left out: its Recorded form is read-only
        assertThat(body).isEqualTo(mapper.readTree("""
                {"contact": {"firstName": "Ada", "lastName": "Lovelace", "company": "Analytical Engines",
                             "jobTitle": "Mathematician", "email": "ada@example.com",
                             "businessAddress": {"city": "London", "country": "GB"}, "emailAsLoginName": true}}"""));
        assertThat(ExtensionChanges.differing(held(), target)).containsExactly(
                Map.entry(RingCentralAttributes.JOB_TITLE, "Mathematician"));
    }

    @Test
    void aClearedContactFieldIsSentEmpty() throws Exception {
        JsonNode body = ExtensionChanges.update(held(), Map.of(RingCentralAttributes.JOB_TITLE, "")).orElseThrow();

        assertThat(body.path("contact").path("jobTitle").asText("absent")).isEmpty();
        assertThat(body.path("contact").path("firstName").asText()).isEqualTo("Ada");
    }

    @Test
    void changesOutsideTheContactSendOnlyWhatDiffers() throws Exception {
        Map<String, String> target = new LinkedHashMap<>();
        target.put(RingCentralAttributes.customField("42"), "CC-7");
        target.put(RingCentralAttributes.customField("43"), "x");
        target.put(RingCentralAttributes.EXTENSION_NUMBER, "102");
        target.put(RingCentralAttributes.LAST_NAME, "Lovelace");

        JsonNode body = ExtensionChanges.update(held(), target).orElseThrow();

        assertThat(body).isEqualTo(mapper.readTree("""
                {"customFields": [{"id": "42", "value": "CC-7"}, {"id": "43", "value": "x"}], "extensionNumber": "102"}"""));
    }

    @Test
    void disableSetsDisabledInvoluntarilyWithTheCommentUnlessDisabledAlready() throws Exception {
        JsonNode body = ExtensionChanges.disable(held(), "Suspended in Okta").orElseThrow();

        assertThat(body).isEqualTo(mapper.readTree("""
                {"status": "Disabled", "statusInfo": {"reason": "Involuntarily", "comment": "Suspended in Okta"}}"""));
        JsonNode disabled = mapper.readTree("""
                {"status": "Disabled", "statusInfo": {"reason": "Voluntarily", "comment": "on leave"}}""");
        assertThat(ExtensionChanges.disable(disabled, "Suspended in Okta")).isEmpty();
    }

    @Test
    void disableOfAnExtensionNotActivatedYetDisablesIt() throws Exception {
        assertThat(ExtensionChanges.disable(mapper.readTree("{\"status\": \"NotActivated\"}"), "x")).isPresent();
    }

    @Test
    void enableSetsEnabledUnlessEnabledAlready() throws Exception {
        assertThat(ExtensionChanges.enable(mapper.readTree("{\"status\": \"Disabled\"}")).orElseThrow())
                .isEqualTo(mapper.readTree("{\"status\": \"Enabled\"}"));
        assertThat(ExtensionChanges.enable(held())).isEmpty();
    }

    @Test
    void theCommentIsTheCommandsReasonOrTheFallback() {
        assertThat(ExtensionChanges.comment("Suspended by HR", ExtensionChanges.SUSPENDED_COMMENT)).isEqualTo("Suspended by HR");
        assertThat(ExtensionChanges.comment(" ", ExtensionChanges.DEACTIVATED_COMMENT)).isEqualTo("Deactivated in Okta");
        assertThat(ExtensionChanges.comment(null, ExtensionChanges.SUSPENDED_COMMENT)).isEqualTo("Suspended in Okta");
    }
}
