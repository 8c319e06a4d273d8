package dev.switchboard.contracts.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Finds the changes between a published schema and its current text that would break a consumer or producer
 * of the published version: a property removed, a type changed, a property made required, an enum value
 * removed. Adding optional properties and enum values is compatible.
 */
public final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    /** Every breaking change from {@code published} to {@code current}, as a path and a reason. */
    public static List<String> breakingChanges(JsonNode published, JsonNode current) {
        List<String> changes = new ArrayList<>();
        compare("", published, current, changes);
        JsonNode publishedDefs = published.path("$defs");
        for (Iterator<String> names = publishedDefs.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode now = current.path("$defs").path(name);
            if (now.isMissingNode()) {
                changes.add("$defs/" + name + ": definition removed");
            } else {
                compare("$defs/" + name, publishedDefs.get(name), now, changes);
            }
        }
        return changes;
    }

    /** Compares one (sub)schema; a local {@code $ref} counts as a type, its target is compared under $defs. */
    private static void compare(String path, JsonNode before, JsonNode after, List<String> changes) {
        Set<String> typesBefore = types(before);
        Set<String> typesAfter = types(after);
        if (!typesBefore.isEmpty() && !typesAfter.containsAll(typesBefore) && !typesAfter.isEmpty()) {
            changes.add(at(path) + ": type " + typesBefore + " became " + typesAfter);
        }
        if (!textOf(before, "format").equals(textOf(after, "format"))) {
            changes.add(at(path) + ": format '" + textOf(before, "format") + "' became '" + textOf(after, "format") + "'");
        }
        if (before.has("enum")) {
            Set<String> allowed = new HashSet<>();
            after.path("enum").forEach(v -> allowed.add(v.toString()));
            before.get("enum").forEach(v -> {
                if (after.has("enum") && !allowed.contains(v.toString())) {
                    changes.add(at(path) + ": enum value " + v + " removed");
                }
            });
        }
        Set<String> requiredBefore = names(before.path("required"));
        for (String required : names(after.path("required"))) {
            if (!requiredBefore.contains(required)) {
                changes.add(at(path) + ": property '" + required + "' became required");
            }
        }
        JsonNode propertiesBefore = before.path("properties");
        for (Iterator<String> it = propertiesBefore.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            JsonNode now = after.path("properties").path(name);
            if (now.isMissingNode()) {
                changes.add(at(path) + ": property '" + name + "' removed");
            } else {
                compare(path + "/" + name, propertiesBefore.get(name), now, changes);
            }
        }
        if (before.has("items") && after.has("items")) {
            compare(path + "[]", before.get("items"), after.get("items"), changes);
        }
        if (before.path("additionalProperties").isObject() && after.path("additionalProperties").isObject()) {
            compare(path + "{}", before.get("additionalProperties"), after.get("additionalProperties"), changes);
        }
    }

    private static Set<String> types(JsonNode node) {
        JsonNode type = node.path("type");
        if (type.isTextual()) {
            return Set.of(type.asText());
        }
        if (node.has("$ref")) {
            return Set.of("ref:" + node.get("$ref").asText());
        }
        return names(type);
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new HashSet<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    private static String textOf(JsonNode node, String field) {
        return node.path(field).asText("");
    }

    private static String at(String path) {
        return path.isEmpty() ? "/" : path;
    }
}
