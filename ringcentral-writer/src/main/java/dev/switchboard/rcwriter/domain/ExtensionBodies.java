package dev.switchboard.rcwriter.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.contracts.RingCentralAttributes;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Translates between {@link RingCentralAttributes} names (JSON paths such as {@code contact.firstName}, and
 * {@code customFields.<id>}) and RingCentral's extension JSON.
 */
public final class ExtensionBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ExtensionBodies() {
    }

    /**
     * The body of {@code POST /restapi/v1.0/account/~/extension} for a new, enabled user holding {@code attributes}.
     * Enabled (not NotActivated) because Okta assigned the user, so the account is meant to work at once.
     */
    public static ObjectNode createUser(Map<String, String> attributes) {
        ObjectNode body = NODES.objectNode();
        body.put("type", "User");
        body.put("status", "Enabled");
        body.putObject("contact");
        attributes.forEach((name, value) -> put(body, name, value));
        return body;
    }

    /** Sets one attribute in an extension body: nested objects for dotted paths, an id/value entry for custom fields. */
    static void put(ObjectNode body, String name, String value) {
        if (name.startsWith(RingCentralAttributes.CUSTOM_FIELD_PREFIX)) {
            String id = name.substring(RingCentralAttributes.CUSTOM_FIELD_PREFIX.length());
            ArrayNode fields = body.has("customFields") ? (ArrayNode) body.get("customFields") : body.putArray("customFields");
            fields.addObject().put("id", id).put("value", value);
            return;
        }
        String[] path = name.split("\\.");
        ObjectNode parent = body;
        for (int i = 0; i < path.length - 1; i++) {
            JsonNode child = parent.get(path[i]);
            parent = child instanceof ObjectNode object ? object : parent.putObject(path[i]);
        }
        parent.put(path[path.length - 1], value);
    }

    /** The values {@code extension} holds for the given attribute names; a name it does not hold maps to null. */
    public static Map<String, String> held(JsonNode extension, Collection<String> names) {
        Map<String, String> held = new LinkedHashMap<>();
        for (String name : names) {
            held.put(name, valueOf(extension, name));
        }
        return held;
    }

    /** The value {@code extension} holds for one attribute name, or null. */
    public static String valueOf(JsonNode extension, String name) {
        if (name.startsWith(RingCentralAttributes.CUSTOM_FIELD_PREFIX)) {
            String id = name.substring(RingCentralAttributes.CUSTOM_FIELD_PREFIX.length());
            for (JsonNode field : extension.path("customFields")) {
                if (id.equals(field.path("id").asText())) {
                    return field.hasNonNull("value") ? field.get("value").asText() : null;
                }
            }
            return null;
        }
        JsonNode node = extension;
        for (String step : name.split("\\.")) {
            node = node.path(step);
        }
        return node.isValueNode() && !node.isNull() ? node.asText() : null;
    }
}
