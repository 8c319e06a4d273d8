package dev.switchboard.sandbox.domain.okta;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An event hook as registered. {@code authValue} is the secret sent in header {@code authKey}; it is never
 * returned by the API. {@code source} is the hook's own URL, used in the delivery envelope.
 */
public record EventHook(String id, String name, String description, String status, String verificationStatus,
                        List<String> eventTypes, String uri, List<Map.Entry<String, String>> headers,
                        String authKey, String authValue, Instant created, String createdBy, Instant lastUpdated,
                        String source) {

    public EventHook {
        eventTypes = List.copyOf(eventTypes);
        headers = List.copyOf(headers);
    }

    /** Only hooks that are ACTIVE and VERIFIED receive events. */
    public boolean deliverable() {
        return "ACTIVE".equals(status) && "VERIFIED".equals(verificationStatus);
    }

    public boolean subscribes(String eventType) {
        return eventTypes.contains(eventType);
    }

    EventHook with(String newStatus, String newVerification, Instant now) {
        return new EventHook(id, name, description, newStatus, newVerification, eventTypes, uri, headers, authKey,
                authValue, created, createdBy, now, source);
    }
}
