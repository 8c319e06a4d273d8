package dev.switchboard.rcingress.domain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.RingCentralNotification;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RingCentral webhook bodies. Tolerant where RingCentral's documents disagree: extension events come as a
 * batch {@code body.extensions[{extensionId, eventType}]} (docs sample) or flat {@code body.extensionId/eventType}
 * (spec schema), directory events as {@code body.contacts[{id, eventType}]}; {@code ownerId} may be a string or a
 * number, at the top or inside {@code body}; {@code timestamp} may end in {@code +0000} (no colon).
 */
public final class Notifications {

    /** ISO offset date-time that also takes offsets without a colon ({@code +0000}). */
    private static final DateTimeFormatter LENIENT_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    public static final String UNKNOWN_TYPE = "Unknown";

    private Notifications() {
    }

    /** The notification in {@code body}, or why it is none. */
    public static RingCentralNotification parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidNotificationException("the body is empty");
        }
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new InvalidNotificationException("the body is not JSON");
        }
        if (json == null || !json.isObject()) {
            throw new InvalidNotificationException("the body is not a JSON object");
        }
        String uuid = text(json, "uuid");
        String event = text(json, "event");
        if (uuid == null) {
            throw new InvalidNotificationException("uuid is missing");
        }
        if (event == null) {
            throw new InvalidNotificationException("event is missing");
        }
        JsonNode inner = json.path("body");
        if (!inner.isObject()) {
            throw new InvalidNotificationException("body is missing or not an object");
        }
        List<String> ids = new ArrayList<>();
        List<String> types = new ArrayList<>();
        collect(inner.path("extensions"), "extensionId", ids, types);
        collect(inner.path("contacts"), "id", ids, types);
        String flat = text(inner, "extensionId");
        if (flat != null && !ids.contains(flat)) {
            ids.add(flat);
            types.add(eventType(inner));
        }
        return new RingCentralNotification(uuid, event, text(json, "subscriptionId"), timestamp(text(json, "timestamp")),
                ids, types, json);
    }

    /**
     * One notification per extension it names, each keeping the whole body: the topic is keyed by extension id, so
     * the events of one extension stay in order whatever batch they came in.
     */
    public static List<RingCentralNotification> perExtension(RingCentralNotification notification) {
        List<RingCentralNotification> single = new ArrayList<>();
        for (int i = 0; i < notification.extensionIds().size(); i++) {
            String type = i < notification.eventTypes().size() ? notification.eventTypes().get(i) : UNKNOWN_TYPE;
            single.add(new RingCentralNotification(notification.uuid(), notification.event(),
                    notification.subscriptionId(), notification.timestamp(), List.of(notification.extensionIds().get(i)),
                    List.of(type), notification.body()));
        }
        return single;
    }

    /**
     * Whether the extension's numbers may have changed, so its direct number must be read again (a Light call).
     * Only an Update whose entry lists hints without {@code CompanyNumbers} rules it out (RingCentral names number
     * changes with that hint); a Create, a body without hints (the flat shape) or any other shape reads them.
     *
     * @param notification the whole notification as received ({@link RingCentralNotification#body()})
     */
    public static boolean numbersMayHaveChanged(JsonNode notification, String extensionId) {
        JsonNode inner = notification.path("body");
        JsonNode entry = null;
        for (JsonNode candidate : inner.path("extensions")) {
            if (extensionId.equals(text(candidate, "extensionId"))) {
                entry = candidate;
            }
        }
        if (entry == null && extensionId.equals(text(inner, "extensionId"))) {
            entry = inner;
        }
        if (entry == null || !"Update".equals(text(entry, "eventType"))) {
            return true;
        }
        JsonNode hints = entry.path("hints");
        if (!hints.isArray() || hints.isEmpty()) {
            return true;
        }
        for (JsonNode hint : hints) {
            if ("CompanyNumbers".equals(hint.asText())) {
                return true;
            }
        }
        return false;
    }

    /** The owner (subscriber) extension id, from the top level or the body; either may be a number. */
    public static String ownerId(JsonNode notification) {
        String top = text(notification, "ownerId");
        return top != null ? top : text(notification.path("body"), "ownerId");
    }

    private static void collect(JsonNode entries, String idField, List<String> ids, List<String> types) {
        if (!entries.isArray()) {
            return;
        }
        for (JsonNode entry : entries) {
            String id = text(entry, idField);
            if (id == null) {
                throw new InvalidNotificationException("an entry has no " + idField);
            }
            if (!ids.contains(id)) {
                ids.add(id);
                types.add(eventType(entry));
            }
        }
    }

    /** The entry's eventType; {@value #UNKNOWN_TYPE} keeps the list aligned with the ids when the body has none. */
    private static String eventType(JsonNode entry) {
        String type = text(entry, "eventType");
        return type == null ? UNKNOWN_TYPE : type;
    }

    static Instant timestamp(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value, LENIENT_OFFSET).toInstant();
        } catch (DateTimeParseException e) {
            // a trigger stays useful without its send time
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }
}
