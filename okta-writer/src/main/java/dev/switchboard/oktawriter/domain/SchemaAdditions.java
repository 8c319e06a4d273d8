package dev.switchboard.oktawriter.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which attributes an app-user schema lacks, and the body that adds them. An attribute counts as present when the
 * schema has it among the base or the custom properties (Okta refuses custom names that clash with base ones);
 * a present attribute is never changed, whatever its title or type, because an admin may have edited it.
 */
public final class SchemaAdditions {

    private SchemaAdditions() {
    }

    /** The wanted attributes (name → title) that {@code schema} does not have, in order. A blank title becomes the name. */
    public static Map<String, String> missing(JsonNode schema, Map<String, String> wanted) {
        Map<String, String> missing = new LinkedHashMap<>();
        wanted.forEach((name, title) -> {
            if (property(schema, name) == null) {
                missing.put(name, title == null || title.isBlank() ? name : title);
            }
        });
        return missing;
    }

    /**
     * The partial update that adds {@code missing} as custom string properties; properties the body does not name stay
     * as they are (Okta's POST on the schema is a partial update; only an explicit null removes a property).
     */
    public static ObjectNode body(Map<String, String> missing) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode custom = body.putObject("definitions").putObject("custom");
        custom.put("id", "#custom");
        custom.put("type", "object");
        ObjectNode properties = custom.putObject("properties");
        missing.forEach((name, title) -> properties.putObject(name).put("title", title).put("type", "string"));
        return body;
    }

    /** The title {@code schema} holds for each of {@code names} (null when absent), for a result's appliedAttributes. */
    public static Map<String, String> held(JsonNode schema, Collection<String> names) {
        Map<String, String> held = new LinkedHashMap<>();
        names.forEach(name -> {
            JsonNode property = property(schema, name);
            held.put(name, property == null ? null : property.path("title").asText(name));
        });
        return held;
    }

    private static JsonNode property(JsonNode schema, String name) {
        for (String part : new String[] {"custom", "base"}) {
            JsonNode property = schema.path("definitions").path(part).path("properties").get(name);
            if (property != null && property.isObject()) {
                return property;
            }
        }
        return null;
    }
}
