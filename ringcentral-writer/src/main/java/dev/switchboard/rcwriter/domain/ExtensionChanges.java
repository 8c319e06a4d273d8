package dev.switchboard.rcwriter.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides what to PUT to an extension so that it holds what a command asks for, given what it holds now (read before
 * write). An empty answer means the extension already holds it: nothing is written.
 */
public final class ExtensionChanges {

    /** Status comment of SUSPEND when the command gives no reason. */
    public static final String SUSPENDED_COMMENT = "Suspended in Okta";
    /** Status comment of DISABLE when the command gives no reason. */
    public static final String DEACTIVATED_COMMENT = "Deactivated in Okta";
    static final String ENABLED = "Enabled";
    static final String DISABLED = "Disabled";
    /** We disable on behalf of the company, not because the user asked. */
    static final String INVOLUNTARILY = "Involuntarily";
    private static final String CONTACT = "contact.";
    /**
     * The contact fields of RingCentral's ContactInfoUpdateRequest that are plain values an admin or Okta sets;
     * {@code pronouncedName} is left out because its {@code Recorded} form can be read but not written.
     */
    private static final List<String> CONTACT_FIELDS = List.of("firstName", "lastName", "company", "jobTitle", "email",
            "businessPhone", "mobilePhone", "department", "businessAddress", "emailAsLoginName");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ExtensionChanges() {
    }

    /** The attributes whose target value differs from what {@code held} holds, with their target values. */
    public static Map<String, String> differing(JsonNode held, Map<String, String> target) {
        Map<String, String> differing = new LinkedHashMap<>();
        target.forEach((name, value) -> {
            if (!same(name, value, ExtensionBodies.valueOf(held, name))) {
                differing.put(name, value == null ? "" : value);
            }
        });
        return differing;
    }

    /**
     * The PUT body that sets the differing attributes, or empty when none differs. Outside {@code contact} the body
     * carries only what differs. A changed contact field sends the whole contact block as held with the changes
     * merged in: whether RingCentral clears contact fields a PUT omits is not documented, and a full block gives the
     * same result either way without clearing fields Okta does not master.
     */
    public static Optional<ObjectNode> update(JsonNode held, Map<String, String> target) {
        Map<String, String> differing = differing(held, target);
        if (differing.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode body = NODES.objectNode();
        if (differing.keySet().stream().anyMatch(name -> name.startsWith(CONTACT))) {
            ObjectNode contact = body.putObject("contact");
            JsonNode heldContact = held.path("contact");
            for (String field : CONTACT_FIELDS) {
                JsonNode value = heldContact.get(field);
                if (value != null && !value.isNull()) {
                    contact.set(field, value.deepCopy());
                }
            }
        }
        differing.forEach((name, value) -> ExtensionBodies.put(body, name, value));
        return Optional.of(body);
    }

    /** Status Disabled (involuntarily, with {@code comment}), or empty when the extension is Disabled already. */
    public static Optional<ObjectNode> disable(JsonNode held, String comment) {
        if (DISABLED.equals(held.path("status").asText())) {
            return Optional.empty();
        }
        ObjectNode body = NODES.objectNode().put("status", DISABLED);
        body.putObject("statusInfo").put("reason", INVOLUNTARILY).put("comment", comment);
        return Optional.of(body);
    }

    /** Status Enabled, or empty when the extension is Enabled already. */
    public static Optional<ObjectNode> enable(JsonNode held) {
        if (ENABLED.equals(held.path("status").asText())) {
            return Optional.empty();
        }
        return Optional.of(NODES.objectNode().put("status", ENABLED));
    }

    /** {@code reason} when it says something, else {@code fallback}. */
    public static String comment(String reason, String fallback) {
        return reason == null || reason.isBlank() ? fallback : reason;
    }

    /** Absent and empty are the same value; RingCentral compares email addresses without case. */
    static boolean same(String name, String target, String held) {
        String t = target == null ? "" : target;
        String h = held == null ? "" : held;
        return name.equals(CONTACT + "email") ? t.equalsIgnoreCase(h) : t.equals(h);
    }
}
