package dev.switchboard.sandbox.domain.okta;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A System Log event: its type, uuid and time for routing and querying, {@code body} as Okta's LogEvent JSON
 * object (what hooks deliver and {@code GET /api/v1/logs} returns).
 */
public record LogEvent(String uuid, String eventType, Instant published, Map<String, Object> body) {

    /** Ids of the targets of {@code type} (e.g. "User"), found by type, never by position. */
    public List<String> targetIds(String type) {
        Object targets = body.get("target");
        if (!(targets instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(t -> t instanceof Map<?, ?> m && type.equals(m.get("type")))
                .map(t -> String.valueOf(((Map<?, ?>) t).get("id"))).distinct().toList();
    }
}
