package dev.switchboard.oktawriter.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.contracts.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaAdditionsTest {

    private static ObjectNode schema() {
        ObjectNode schema = Json.MAPPER.createObjectNode();
        ObjectNode definitions = schema.putObject("definitions");
        definitions.putObject("base").putObject("properties").putObject("userName").put("title", "Username");
        definitions.putObject("custom").putObject("properties").putObject("extensionNumber")
                .put("title", "Extension (edited by an admin)").put("type", "string");
        return schema;
    }

    @Test
    void onlyAttributesMissingFromBaseAndCustomAreAdded() {
        Map<String, String> wanted = new LinkedHashMap<>();
        wanted.put("userName", "User name");
        wanted.put("extensionNumber", "Extension number");
        wanted.put("costCenter", "Cost center");
        wanted.put("directNumber", "");

        Map<String, String> missing = SchemaAdditions.missing(schema(), wanted);

        assertThat(missing).containsExactly(Map.entry("costCenter", "Cost center"), Map.entry("directNumber", "directNumber"));
        JsonNode custom = SchemaAdditions.body(missing).path("definitions").path("custom");
        assertThat(custom.path("properties").size()).isEqualTo(2);
        assertThat(custom.path("properties").path("costCenter").path("title").asText()).isEqualTo("Cost center");
        assertThat(custom.path("properties").path("costCenter").path("type").asText()).isEqualTo("string");
        assertThat(custom.path("id").asText()).isEqualTo("#custom");
    }

    @Test
    void nothingMissingMeansNothingToAdd() {
        assertThat(SchemaAdditions.missing(schema(), Map.of("extensionNumber", "Extension number"))).isEmpty();
    }

    @Test
    void heldReportsTheTitlesTheSchemaHas() {
        assertThat(SchemaAdditions.held(schema(), List.of("extensionNumber", "costCenter")))
                .containsEntry("extensionNumber", "Extension (edited by an admin)").containsEntry("costCenter", null);
    }
}
