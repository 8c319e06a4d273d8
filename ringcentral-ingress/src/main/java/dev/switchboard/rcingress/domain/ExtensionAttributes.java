package dev.switchboard.rcingress.domain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.RingCentralAttributes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The attributes of a RingCentral extension resource by {@link RingCentralAttributes} name. Every standard attribute
 * of the resource is present (null when RingCentral has no value, so a cleared value is visible downstream); custom fields appear
 * as {@code customFields.<id>} where the resource carries them (the single read does, the list may not). The direct
 * number is not part of the resource: it is present where it was read separately (null = the extension has none)
 * and absent where it was not read, which consumers take as "not read", never as "none".
 */
public final class ExtensionAttributes {

    private ExtensionAttributes() {
    }

    /** The resource's attributes; {@code directNumber} absent (not read). */
    public static Map<String, String> of(JsonNode extension) {
        return of(extension, false, null);
    }

    /** The resource's attributes and the direct number read beside it ({@code null}: the extension has none). */
    public static Map<String, String> of(JsonNode extension, String directNumber) {
        return of(extension, true, directNumber);
    }

    private static Map<String, String> of(JsonNode extension, boolean directNumberRead, String directNumber) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String name : RingCentralAttributes.STANDARD) {
            if (!RingCentralAttributes.DIRECT_NUMBER.equals(name)) {
                attributes.put(name, text(at(extension, name)));
            } else if (directNumberRead) {
                attributes.put(name, directNumber);
            }
        }
        for (JsonNode field : extension.path("customFields")) {
            String id = text(field.path("id"));
            if (id != null) {
                attributes.put(RingCentralAttributes.customField(id), text(field.path("value")));
            }
        }
        return attributes;
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
