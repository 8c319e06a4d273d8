package dev.switchboard.rcwriter.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.contracts.RingCentralAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtensionBodiesTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void createsAnEnabledUserWithNestedContactTopLevelFieldsAndCustomFields() throws Exception {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(RingCentralAttributes.FIRST_NAME, "Ada");
        attributes.put(RingCentralAttributes.LAST_NAME, "Lovelace");
        attributes.put(RingCentralAttributes.EMAIL, "ada@example.com");
        attributes.put(RingCentralAttributes.MOBILE_PHONE, "+15551234567");
        attributes.put(RingCentralAttributes.EXTENSION_NUMBER, "1234");
        attributes.put(RingCentralAttributes.customField("64016"), "E12345");
        attributes.put("contact.businessAddress.city", "London");

        JsonNode body = ExtensionBodies.createUser(attributes);

        assertThat(body).isEqualTo(mapper.readTree("""
                {"type":"User","status":"Enabled",
                 "contact":{"firstName":"Ada","lastName":"Lovelace","email":"ada@example.com","mobilePhone":"+15551234567",
                            "businessAddress":{"city":"London"}},
                 "extensionNumber":"1234",
                 "customFields":[{"id":"64016","value":"E12345"}]}"""));
    }

    @Test
    void readsBackTheValuesAnExtensionHolds() throws Exception {
        JsonNode extension = mapper.readTree("""
                {"id":62000001,"extensionNumber":"101","status":"Enabled",
                 "contact":{"firstName":"Ada","email":"ada@example.com"},
                 "customFields":[{"id":"64016","value":"E12345","displayName":"Employee id"}]}""");

        Map<String, String> held = ExtensionBodies.held(extension, List.of(RingCentralAttributes.FIRST_NAME,
                RingCentralAttributes.EXTENSION_NUMBER, RingCentralAttributes.customField("64016"),
                RingCentralAttributes.DEPARTMENT, RingCentralAttributes.customField("1")));

        assertThat(held).containsEntry(RingCentralAttributes.FIRST_NAME, "Ada")
                .containsEntry(RingCentralAttributes.EXTENSION_NUMBER, "101")
                .containsEntry(RingCentralAttributes.customField("64016"), "E12345")
                .containsEntry(RingCentralAttributes.DEPARTMENT, null)
                .containsEntry(RingCentralAttributes.customField("1"), null);
    }
}
