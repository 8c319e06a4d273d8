package dev.switchboard.oktaingress.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.contracts.OktaHookEvent;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One Okta event hook delivery: the envelope ({@code eventType: com.okta.event_hook}) and its System Log events,
 * read into {@link OktaHookEvent}s. Nothing is deduplicated here: events can share a uuid (seen in hand-edited
 * fixtures) and each one is still a separate trigger.
 *
 * @param deliveryId the envelope's {@code eventId}
 * @param events     the events, in delivery order
 */
public record HookDelivery(String deliveryId, List<OktaHookEvent> events) {

    public static final String ENVELOPE_TYPE = "com.okta.event_hook";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads a delivery body; fails with the reason when it is not JSON or not Okta's envelope. */
    public static HookDelivery parse(byte[] body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidDeliveryException("body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidDeliveryException("body is not JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidDeliveryException("body is not a JSON object");
        }
        String envelopeType = text(root, "eventType");
        if (!ENVELOPE_TYPE.equals(envelopeType)) {
            throw new InvalidDeliveryException("eventType is " + envelopeType + ", expected " + ENVELOPE_TYPE);
        }
        String deliveryId = text(root, "eventId");
        if (deliveryId == null || deliveryId.isBlank()) {
            throw new InvalidDeliveryException("eventId is missing");
        }
        JsonNode events = root.path("data").path("events");
        if (!events.isArray()) {
            throw new InvalidDeliveryException("data.events is not an array");
        }
        List<OktaHookEvent> parsed = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            parsed.add(logEvent(deliveryId, events.get(i), "data.events[" + i + "]"));
        }
        return new HookDelivery(deliveryId, List.copyOf(parsed));
    }

    /**
     * A System Log event as {@code GET /api/v1/logs} returns it (the same LogEvent a hook delivers), without a
     * delivery id.
     *
     * @throws InvalidDeliveryException when it lacks uuid, eventType or published
     */
    public static OktaHookEvent systemLogEvent(JsonNode event) {
        return logEvent(null, event, "System Log event");
    }

    private static OktaHookEvent logEvent(String deliveryId, JsonNode event, String where) {
        if (!event.isObject()) {
            throw new InvalidDeliveryException(where + " is not an object");
        }
        String uuid = required(event, "uuid", where);
        String eventType = required(event, "eventType", where);
        Instant published = instant(required(event, "published", where), where + ".published");
        // outcome.result is present in every sample; UNKNOWN is Okta's own value for "no result", never provisioned
        String outcome = text(event.path("outcome"), "result");
        return new OktaHookEvent(deliveryId, uuid, eventType, published, outcome == null ? "UNKNOWN" : outcome,
                actor(event.path("actor")), targets(event.path("target")), changedAttributes(event));
    }

    private static OktaHookEvent.Actor actor(JsonNode actor) {
        String id = text(actor, "id");
        String type = text(actor, "type");
        if (id == null || type == null) {
            return null;
        }
        return new OktaHookEvent.Actor(id, type, text(actor, "alternateId"), text(actor, "displayName"));
    }

    private static List<OktaHookEvent.Target> targets(JsonNode targets) {
        List<OktaHookEvent.Target> result = new ArrayList<>();
        if (targets.isArray()) {
            for (JsonNode target : targets) {
                String id = text(target, "id");
                String type = text(target, "type");
                // a target without id or type cannot be searched for or re-read; it carries nothing we could use
                if (id != null && type != null) {
                    result.add(new OktaHookEvent.Target(id, type, text(target, "alternateId"), text(target, "displayName")));
                }
            }
        }
        return result;
    }

    private static String changedAttributes(JsonNode event) {
        JsonNode changed = event.path("debugContext").path("debugData").path("changedAttributes");
        if (changed.isTextual()) {
            return changed.asText();
        }
        if (changed.isArray()) {
            List<String> names = new ArrayList<>();
            changed.forEach(n -> names.add(n.asText()));
            return String.join(",", names);
        }
        return null;
    }

    private static String required(JsonNode node, String field, String where) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new InvalidDeliveryException(where + "." + field + " is missing");
        }
        return value;
    }

    private static Instant instant(String value, String where) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidDeliveryException(where + " is not an ISO-8601 time: " + value);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
