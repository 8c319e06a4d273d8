package dev.switchboard.rcingress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.Json;
import org.junit.jupiter.api.Test;

class CustomFieldValuesTest {

    private static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text);
    }

    @Test
    void aDirectoryEntrysValuesBecomeTheListedRecordsCustomFieldsAsASingleReadHasThem() throws Exception {
        JsonNode entry = json("""
                {"id":"101","customFields":[{"id":"64016","name":"Employee ID","value":"E1"},
                 {"id":"64017","name":"Badge"},{"name":"no id","value":"x"}]}""");
        JsonNode listed = json("{\"id\":\"101\",\"contact\":{\"firstName\":\"Ada\"}}");

        JsonNode merged = CustomFieldValues.withValues(listed, CustomFieldValues.ofDirectoryEntry(entry));

        assertThat(ExtensionAttributes.of(merged)).containsEntry("customFields.64016", "E1")
                .containsEntry("customFields.64017", null).doesNotContainKey("customFields.");
        assertThat(listed.has("customFields")).as("the listed record is not changed").isFalse();
    }

    @Test
    void anEntryWithoutCustomFieldsGivesNone() throws Exception {
        JsonNode merged = CustomFieldValues.withValues(json("{\"id\":\"101\"}"),
                CustomFieldValues.ofDirectoryEntry(json("{\"id\":\"101\"}")));
        assertThat(ExtensionAttributes.of(merged).keySet()).noneMatch(name -> name.startsWith("customFields."));
    }
}
