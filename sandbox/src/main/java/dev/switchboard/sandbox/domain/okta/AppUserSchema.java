package dev.switchboard.sandbox.domain.okta;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The app-user schema of the one app instance (Okta's Schemas API, {@code /api/v1/meta/schemas/apps/{appId}/default}):
 * Okta-defined {@code #base} properties and the {@code #custom} ones added by POST (partial: properties sent are
 * added or replaced, a property sent as null is removed, the rest stay).
 */
public final class AppUserSchema {

    private static final Set<String> TYPES = Set.of("string", "boolean", "integer", "number", "array");

    private final Clock clock;
    private final String appId;
    private final String appLabel;
    private final Map<String, Map<String, Object>> base = baseProperties();
    private final Map<String, Map<String, Object>> custom = new LinkedHashMap<>();
    private Instant created;
    private Instant lastUpdated;

    public AppUserSchema(Clock clock, String appId, String appLabel) {
        this.clock = clock;
        this.appId = appId;
        this.appLabel = appLabel;
        this.created = clock.instant();
        this.lastUpdated = created;
    }

    /** The UserSchema body; {@code base} is the caller's base URL (schema id and links). */
    public synchronized Map<String, Object> view(String appId, String baseUrl) {
        requireApp(appId);
        String self = baseUrl + "/api/v1/meta/schemas/apps/" + appId + "/default";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", self);
        m.put("$schema", "http://json-schema.org/draft-04/schema#");
        m.put("name", "ringcentral");
        m.put("title", appLabel + " User");
        m.put("lastUpdated", LogEventFactory.format(lastUpdated));
        m.put("created", LogEventFactory.format(created));
        Map<String, Object> definitions = new LinkedHashMap<>();
        definitions.put("custom", subschema("#custom", custom, List.of()));
        definitions.put("base", subschema("#base", base, List.of("userName")));
        m.put("definitions", definitions);
        m.put("type", "object");
        m.put("properties", Map.of("profile", Map.of("allOf",
                List.of(Map.of("$ref", "#/definitions/custom"), Map.of("$ref", "#/definitions/base")))));
        m.put("_links", Map.of("self", Map.of("href", self, "method", "GET", "hints",
                Map.of("allow", List.of("GET", "POST"))), "type", Map.of("href", baseUrl + "/api/v1/apps/" + appId)));
        return m;
    }

    /** Names of every property, base and custom. */
    public synchronized Set<String> propertyNames() {
        Set<String> names = new java.util.LinkedHashSet<>(base.keySet());
        names.addAll(custom.keySet());
        return names;
    }

    /**
     * Applies a partial update: {@code definitions.custom.properties} name → attribute (added or replaced) or null
     * (removed). Base properties cannot be added or removed. 400 E0000001 with causes on invalid attributes.
     */
    @SuppressWarnings("unchecked")
    public synchronized void update(String appId, Map<String, Object> body) {
        requireApp(appId);
        Object definitions = body == null ? null : body.get("definitions");
        Map<String, Object> customProperties = Map.of();
        if (definitions instanceof Map<?, ?> defs) {
            if (defs.get("base") instanceof Map<?, ?> b && b.get("properties") instanceof Map<?, ?> bp) {
                for (Object name : bp.keySet()) {
                    if (!base.containsKey(name.toString())) {
                        throw OktaApiException.validation(name + ": Base properties cannot be added to the schema");
                    }
                }
            }
            if (defs.get("custom") instanceof Map<?, ?> c && c.get("properties") instanceof Map<?, ?> cp) {
                customProperties = (Map<String, Object>) cp;
            }
        }
        List<String> causes = new ArrayList<>();
        Map<String, Map<String, Object>> accepted = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : customProperties.entrySet()) {
            String name = e.getKey();
            if (e.getValue() == null) {
                accepted.put(name, null);
                continue;
            }
            if (!name.matches("[A-Za-z][A-Za-z0-9_]{0,99}")) {
                causes.add(name + ": Variable name is not valid");
            } else if (base.keySet().stream().anyMatch(b -> b.equalsIgnoreCase(name))) {
                causes.add(name + ": An object with this field already exists in the base schema");
            }
            if (!(e.getValue() instanceof Map<?, ?> attribute)) {
                causes.add(name + ": Attribute definition must be an object");
                continue;
            }
            Object title = attribute.get("title");
            if (title == null || title.toString().isBlank()) {
                causes.add(name + ": The field title cannot be left blank");
            }
            Object type = attribute.get("type");
            if (type == null || !TYPES.contains(type.toString().toLowerCase(Locale.ROOT))) {
                causes.add(name + ": The field type must be one of " + TYPES);
            }
            Map<String, Object> stored = new LinkedHashMap<>((Map<String, Object>) attribute);
            stored.putIfAbsent("scope", "NONE");
            stored.putIfAbsent("master", Map.of("type", "PROFILE_MASTER"));
            accepted.put(name, stored);
        }
        if (!causes.isEmpty()) {
            throw OktaApiException.validation(causes.toArray(String[]::new));
        }
        accepted.forEach((name, attribute) -> {
            if (attribute == null) {
                custom.remove(name);
            } else {
                custom.put(name, attribute);
            }
        });
        lastUpdated = clock.instant();
    }

    /** Back to the base properties only. */
    public synchronized void clear() {
        custom.clear();
        created = clock.instant();
        lastUpdated = created;
    }

    private void requireApp(String requested) {
        if (!appId.equals(requested)) {
            throw OktaApiException.notFound(requested, "App");
        }
    }

    private static Map<String, Object> subschema(String id, Map<String, Map<String, Object>> properties,
                                                 List<String> required) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("type", "object");
        m.put("properties", new LinkedHashMap<>(properties));
        m.put("required", required);
        return m;
    }

    private static Map<String, Map<String, Object>> baseProperties() {
        Map<String, Map<String, Object>> base = new LinkedHashMap<>();
        base.put("userName", attribute("Username", true, 100));
        base.put("email", attribute("Email", false, 100));
        base.put("firstName", attribute("First Name", false, 64));
        base.put("lastName", attribute("Last Name", false, 64));
        return base;
    }

    private static Map<String, Object> attribute(String title, boolean required, int maxLength) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("title", title);
        a.put("type", "string");
        a.put("required", required);
        a.put("scope", "NONE");
        a.put("maxLength", maxLength);
        a.put("master", Map.of("type", "PROFILE_MASTER"));
        return a;
    }
}
