package dev.switchboard.rcingress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.RingCentralAttributes;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtensionAttributesTest {

    static JsonNode extension(String jobTitle) throws Exception {
        return Json.MAPPER.readTree("""
                {"id": 2253168021, "extensionNumber": "101", "type": "User", "status": "Enabled",
                 "contact": {"firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com",
                             "jobTitle": %s, "businessAddress": {"city": "London"}},
                 "customFields": [{"id": "64016", "value": "E12345", "displayName": "Employee ID"}]}"""
                .formatted(jobTitle == null ? "null" : "\"" + jobTitle + "\""));
    }

    @Test
    void namesAttributesAsTheContractDoesAndKeepsAbsentOnesAsNull() throws Exception {
        Map<String, String> attributes = ExtensionAttributes.of(extension("Countess"));
        assertThat(attributes).containsEntry(RingCentralAttributes.FIRST_NAME, "Ada")
                .containsEntry(RingCentralAttributes.EMAIL, "ada@example.com")
                .containsEntry(RingCentralAttributes.JOB_TITLE, "Countess")
                .containsEntry(RingCentralAttributes.EXTENSION_NUMBER, "101")
                .containsEntry("customFields.64016", "E12345")
                .containsEntry(RingCentralAttributes.DEPARTMENT, null);
        assertThat(attributes.keySet()).containsAll(RingCentralAttributes.STANDARD.stream()
                .filter(name -> !name.equals(RingCentralAttributes.DIRECT_NUMBER)).toList());
        assertThat(ExtensionAttributes.of(extension(null))).containsEntry(RingCentralAttributes.JOB_TITLE, null);
    }

    @Test
    void theDirectNumberIsAbsentUnlessReadAndANumberlessExtensionSaysNull() throws Exception {
        assertThat(ExtensionAttributes.of(extension("Countess"))).doesNotContainKey(RingCentralAttributes.DIRECT_NUMBER);
        assertThat(ExtensionAttributes.of(extension("Countess"), "+16505550100"))
                .containsEntry(RingCentralAttributes.DIRECT_NUMBER, "+16505550100")
                .containsEntry(RingCentralAttributes.EMAIL, "ada@example.com");
        assertThat(ExtensionAttributes.of(extension("Countess"), null)).containsEntry(RingCentralAttributes.DIRECT_NUMBER, null);
    }
}
