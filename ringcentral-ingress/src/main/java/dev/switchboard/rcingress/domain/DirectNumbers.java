package dev.switchboard.rcingress.domain;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Picks an extension's direct number (E.164) from what RingCentral lists. An extension may have several direct
 * numbers; Switchboard carries one, chosen the same way wherever it is read, so a webhook snapshot and an import
 * snapshot of the same extension agree. Pure.
 */
public final class DirectNumbers {

    static final String DIRECT_NUMBER = "DirectNumber";

    private DirectNumbers() {
    }

    /**
     * From the records of {@code GET …/extension/{id}/phone-number?usageType=DirectNumber}: the one marked
     * {@code primary}, else the one with the lowest id; {@code null} when there is none.
     */
    public static String ofExtension(Iterable<JsonNode> phoneNumbers) {
        JsonNode chosen = null;
        for (JsonNode number : phoneNumbers) {
            if (!isDirectNumber(number) || text(number.path("phoneNumber")) == null) {
                continue;
            }
            if (number.path("primary").asBoolean(false)) {
                return text(number.path("phoneNumber"));
            }
            if (chosen == null || id(number) < id(chosen)) {
                chosen = number;
            }
        }
        return chosen == null ? null : text(chosen.path("phoneNumber"));
    }

    /**
     * From one entry of {@code GET …/directory/entries}: the DirectNumber marked {@code primary}, else the first in
     * the list (directory numbers carry no id to order by); its {@code e164}, else its {@code phoneNumber};
     * {@code null} when there is none.
     */
    public static String ofDirectoryEntry(JsonNode entry) {
        String first = null;
        for (JsonNode number : entry.path("phoneNumbers")) {
            String value = text(number.path("e164")) != null ? text(number.path("e164")) : text(number.path("phoneNumber"));
            if (!isDirectNumber(number) || value == null) {
                continue;
            }
            if (number.path("primary").asBoolean(false)) {
                return value;
            }
            if (first == null) {
                first = value;
            }
        }
        return first;
    }

    private static boolean isDirectNumber(JsonNode number) {
        return DIRECT_NUMBER.equals(number.path("usageType").asText());
    }

    /** RingCentral's ids are int64 (a number, sometimes a string); one without an id sorts last. */
    private static long id(JsonNode number) {
        JsonNode id = number.path("id");
        if (id.canConvertToLong()) {
            return id.asLong();
        }
        try {
            return Long.parseLong(id.asText());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.isContainerNode() || node.asText().isBlank()
                ? null : node.asText();
    }
}
