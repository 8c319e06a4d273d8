package dev.switchboard.sandbox.domain.ringcentral;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Builds the notifications a subscription gets for extension changes, in RingCentral's envelope
 * {@code {uuid, event, timestamp, subscriptionId, ownerId, body}}:
 * <ul>
 *   <li>filter {@code /restapi/v1.0/account/~/extension} (or the numeric account id): Extension List events —
 *       array shape: one notification per {@value #BATCH} changes, {@code body.extensions[{extensionId, eventType}]};
 *       flat shape: one notification per change, {@code body {extensionId, eventType, ownerId}};</li>
 *   <li>filter {@code /restapi/v1.0/account/~/extension/<id>}: Extension Info events for that extension
 *       (Update and Delete only, always flat).</li>
 * </ul>
 * Update entries carry the change's hints: {@code ["ExtensionInfo"]} for edits of the extension,
 * {@code ["CompanyNumbers"]} when its direct number was assigned, replaced or unassigned.
 */
public final class ExtensionNotifications {

    /** One notification: the envelope plus what it is about, for the delivery log. */
    public record Notification(String uuid, Map<String, Object> envelope, List<Long> extensionIds,
                               List<String> eventTypes, NotificationShape shape) {
    }

    /** Most changes in one array-shaped notification. */
    public static final int BATCH = 50;
    private static final DateTimeFormatter RC_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final long accountId;
    private final long ownerId;
    private final Supplier<String> uuids;
    private final AtomicLong mixedCounter = new AtomicLong();

    public ExtensionNotifications(long accountId, long ownerId, Supplier<String> uuids) {
        this.accountId = accountId;
        this.ownerId = ownerId;
        this.uuids = uuids;
    }

    /** The notifications {@code subscription} gets for {@code changes} (none when no filter matches). */
    public List<Notification> build(Subscriptions.Subscription subscription, List<ExtensionChange> changes,
                                    NotificationShape shape, Instant now) {
        List<Notification> out = new ArrayList<>();
        if (subscription.eventFilters().stream().anyMatch(this::isExtensionList)) {
            String event = "/restapi/v1.0/account/" + accountId + "/extension";
            int i = 0;
            while (i < changes.size()) {
                NotificationShape actual = resolve(shape);
                int size = actual == NotificationShape.ARRAY ? Math.min(BATCH, changes.size() - i) : 1;
                List<ExtensionChange> part = changes.subList(i, i + size);
                Map<String, Object> body = actual == NotificationShape.ARRAY ? arrayBody(part) : flatBody(part.get(0));
                out.add(notification(subscription, event, body, part, actual, now));
                i += size;
            }
        }
        for (ExtensionChange change : changes) {
            if (change.eventType() != ExtensionChange.Type.Create
                    && subscription.eventFilters().stream().anyMatch(f -> isExtensionInfo(f, change.extensionId()))) {
                String event = "/restapi/v1.0/account/" + accountId + "/extension/" + change.extensionId();
                out.add(notification(subscription, event, flatBody(change), List.of(change), NotificationShape.FLAT, now));
            }
        }
        return out;
    }

    /** Whether a filter (as subscribed; query string ignored) is the account's Extension List event. */
    public boolean isExtensionList(String filter) {
        return canonical(filter).map("/restapi/v1.0/account/~/extension"::equals).orElse(false);
    }

    private boolean isExtensionInfo(String filter, long extensionId) {
        return canonical(filter).map(("/restapi/v1.0/account/~/extension/" + extensionId)::equals).orElse(false);
    }

    private Optional<String> canonical(String filter) {
        if (filter == null) {
            return Optional.empty();
        }
        String path = filter.contains("?") ? filter.substring(0, filter.indexOf('?')) : filter;
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return Optional.of(path.replace("/account/" + accountId + "/", "/account/~/")
                .replaceAll("/account/~/extension/~$", "/account/~/extension/" + ownerId));
    }

    private NotificationShape resolve(NotificationShape shape) {
        if (shape != NotificationShape.MIXED) {
            return shape;
        }
        return mixedCounter.getAndIncrement() % 2 == 0 ? NotificationShape.ARRAY : NotificationShape.FLAT;
    }

    private Notification notification(Subscriptions.Subscription subscription, String event, Map<String, Object> body,
                                      List<ExtensionChange> changes, NotificationShape shape, Instant now) {
        String uuid = uuids.get();
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("uuid", uuid);
        envelope.put("event", event);
        envelope.put("timestamp", RC_TIME.format(now));
        envelope.put("subscriptionId", subscription.id());
        envelope.put("ownerId", Long.toString(ownerId));
        envelope.put("body", body);
        return new Notification(uuid, envelope, changes.stream().map(ExtensionChange::extensionId).toList(),
                changes.stream().map(c -> c.eventType().name()).toList(), shape);
    }

    private static Map<String, Object> arrayBody(List<ExtensionChange> changes) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (ExtensionChange change : changes) {
            items.add(entry(change));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("extensions", items);
        return body;
    }

    private Map<String, Object> flatBody(ExtensionChange change) {
        Map<String, Object> body = entry(change);
        body.put("ownerId", Long.toString(ownerId));
        return body;
    }

    private static Map<String, Object> entry(ExtensionChange change) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("extensionId", Long.toString(change.extensionId()));
        item.put("eventType", change.eventType().name());
        if (!change.hints().isEmpty()) {
            item.put("hints", change.hints().stream().map(Enum::name).toList());
        }
        return item;
    }
}
