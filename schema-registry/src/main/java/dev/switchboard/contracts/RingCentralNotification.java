package dev.switchboard.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * One RingCentral webhook notification as received. A trigger only; consumers re-read the extension.
 *
 * @param uuid           the notification's {@code uuid} (dedupe key)
 * @param event          the event filter that matched, e.g. {@code /restapi/v1.0/account/~/extension}
 * @param subscriptionId the subscription that delivered it
 * @param timestamp      RingCentral's {@code timestamp}
 * @param extensionIds   the extensions the notification is about
 * @param eventTypes     per extension, the change type where the body says it (Create, Update, Delete)
 * @param body           the notification body as received
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RingCentralNotification(
        String uuid,
        String event,
        String subscriptionId,
        Instant timestamp,
        List<String> extensionIds,
        List<String> eventTypes,
        JsonNode body) {

    public RingCentralNotification {
        extensionIds = extensionIds == null ? List.of() : List.copyOf(extensionIds);
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
    }
}
