package dev.switchboard.sandbox.domain.okta;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The org's event hooks and their lifecycle (ACTIVE/INACTIVE, UNVERIFIED/VERIFIED). */
public final class EventHookRegistry {

    /** Registration request, already parsed from Okta's EventHook body. */
    public record Registration(String name, String description, String eventsType, List<String> eventTypes,
                               String channelType, String channelVersion, String uri,
                               List<Map.Entry<String, String>> headers, String authType, String authKey,
                               String authValue) {
    }

    private final Clock clock;
    private final Map<String, EventHook> hooks = new LinkedHashMap<>();

    public EventHookRegistry(Clock clock) {
        this.clock = clock;
    }

    /** Validates and stores a new hook: ACTIVE and UNVERIFIED, as Okta creates it. */
    public synchronized EventHook create(Registration r, String createdBy, String baseUrl) {
        List<String> causes = new ArrayList<>();
        if (blank(r.name())) {
            causes.add("name: The field cannot be left blank");
        }
        if (!"EVENT_TYPE".equals(r.eventsType())) {
            causes.add("events.type: Must be EVENT_TYPE");
        }
        if (r.eventTypes() == null || r.eventTypes().isEmpty()) {
            causes.add("events.items: At least one event type is required");
        }
        if (!"HTTP".equals(r.channelType())) {
            causes.add("channel.type: Must be HTTP");
        }
        if (!"1.0.0".equals(r.channelVersion())) {
            causes.add("channel.version: Must be 1.0.0");
        }
        // Real Okta only accepts https; the sandbox also accepts http because everything runs on 127.0.0.1.
        if (blank(r.uri()) || !(r.uri().startsWith("http://") || r.uri().startsWith("https://"))) {
            causes.add("channel.config.uri: Must be an absolute http(s) URI");
        }
        if (r.authKey() != null || r.authValue() != null || r.authType() != null) {
            if (!"HEADER".equals(r.authType())) {
                causes.add("channel.config.authScheme.type: Must be HEADER");
            }
            if (blank(r.authKey())) {
                causes.add("channel.config.authScheme.key: The field cannot be left blank");
            }
        }
        if (!causes.isEmpty()) {
            throw OktaApiException.validation(causes.toArray(String[]::new));
        }
        var now = clock.instant();
        String id = OktaDirectory.newId("who");
        EventHook hook = new EventHook(id, r.name(), r.description(), "ACTIVE", "UNVERIFIED", r.eventTypes(),
                r.uri(), r.headers() == null ? List.of() : r.headers(), r.authKey(), r.authValue(), now, createdBy,
                now, baseUrl + "/api/v1/eventHooks/" + id);
        hooks.put(id, hook);
        return hook;
    }

    public synchronized EventHook get(String id) {
        EventHook hook = hooks.get(id);
        if (hook == null) {
            throw OktaApiException.notFound(id, "EventHook");
        }
        return hook;
    }

    public synchronized List<EventHook> list() {
        return List.copyOf(hooks.values());
    }

    public synchronized List<EventHook> deliverable() {
        return hooks.values().stream().filter(EventHook::deliverable).toList();
    }

    public synchronized EventHook markVerified(String id) {
        return replace(get(id), h -> h.with(h.status(), "VERIFIED", clock.instant()));
    }

    public synchronized EventHook activate(String id) {
        return replace(get(id), h -> h.with("ACTIVE", h.verificationStatus(), clock.instant()));
    }

    public synchronized EventHook deactivate(String id) {
        return replace(get(id), h -> h.with("INACTIVE", h.verificationStatus(), clock.instant()));
    }

    /** Okta deletes only INACTIVE hooks. */
    public synchronized void delete(String id) {
        EventHook hook = get(id);
        if (!"INACTIVE".equals(hook.status())) {
            throw new OktaApiException(403, "E0000038",
                    "This operation is not allowed in the current status. Deactivate the event hook first.", List.of());
        }
        hooks.remove(id);
    }

    public synchronized void clear() {
        hooks.clear();
    }

    private EventHook replace(EventHook hook, java.util.function.UnaryOperator<EventHook> change) {
        EventHook updated = change.apply(hook);
        hooks.put(updated.id(), updated);
        return updated;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
