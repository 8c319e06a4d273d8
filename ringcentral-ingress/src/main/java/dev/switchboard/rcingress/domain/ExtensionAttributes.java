package dev.switchboard.rcingress.domain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.RingCentralAttributes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The attributes of a RingCentral extension resource by {@link RingCentralAttributes} name. Every standard attribute
 * is present (null when RingCentral has no value, so a cleared value is visible downstream); custom fields appear
 * as {@code customFields.<id>} where the resource carries them (the single read does, the list may not).
 */
public final class ExtensionAttributes {

    private ExtensionAttributes() {
    }

    public static Map<String, String> of(JsonNode extension) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String name : RingCentralAttributes.STANDARD) {
            attributes.put(name, text(at(extension, name)));
        }
        for (JsonNode field : extension.path("customFields")) {
            String id = text(field.path("id"));
            if (id != null) {
                attributes.put(RingCentralAttributes.customField(id), text(field.path("value")));
            }
        }
        return attributes;
    }

    /** A digest of what a snapshot says about the extension (type, status, attributes), for the import's diff. */
    public static String contentHash(String type, String status, Map<String, String> attributes) {
        Map<String, Object> canonical = new TreeMap<>();
        canonical.put("type", type);
        canonical.put("status", status);
        canonical.put("attributes", new TreeMap<>(attributes));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Json.writeString(canonical)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static JsonNode at(JsonNode extension, String dottedName) {
        JsonNode node = extension;
        for (String part : dottedName.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    private static String text(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() || node.isContainerNode() ? null : node.asText();
    }
}
