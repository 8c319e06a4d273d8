package dev.switchboard.rcingress.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Custom field values from the company directory. The extension list carries none, and reading every extension
 * singly costs one Light call per user (hours for a large account); a directory entry carries them as
 * {@code customFields[{id, name, value}]}, so the import takes them from there. Pure.
 */
public final class CustomFieldValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CustomFieldValues() {
    }

    /** The entry's values as the extension resource has them: {@code [{id, value}]} (entries without an id dropped). */
    public static ArrayNode ofDirectoryEntry(JsonNode entry) {
        ArrayNode values = NODES.arrayNode();
        for (JsonNode field : entry.path("customFields")) {
            if (field.hasNonNull("id") && !field.get("id").asText().isBlank()) {
                ObjectNode value = values.addObject().put("id", field.get("id").asText());
                value.set("value", field.hasNonNull("value") ? NODES.textNode(field.get("value").asText())
                        : NODES.nullNode());
            }
        }
        return values;
    }

    /** A copy of {@code listed} (an extension list record) carrying {@code values} as its {@code customFields}. */
    public static JsonNode withValues(JsonNode listed, JsonNode values) {
        ObjectNode copy = listed.deepCopy();
        copy.set("customFields", values == null ? NODES.arrayNode() : values.deepCopy());
        return copy;
    }
}
