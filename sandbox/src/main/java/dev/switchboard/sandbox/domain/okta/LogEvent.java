package dev.switchboard.sandbox.domain.okta;

import java.util.Map;

/** A System Log event: its type and uuid for routing, {@code body} as Okta's LogEvent JSON object. */
public record LogEvent(String uuid, String eventType, Map<String, Object> body) {
}
