package dev.switchboard.oktawriter.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a partial profile update must send, given what Okta holds: only the attributes whose target differs. Used for
 * the Okta user profile and the app-user profile alike (both are flat objects of attribute → value).
 *
 * <p>Comparing: an absent, a null and an empty value are equal (Okta stores "" and null alike for optional strings);
 * {@code login}, {@code email} and {@code secondEmail} are compared without case, as Okta treats them; every other
 * value exactly, non-string values (numbers, booleans, arrays of custom attributes) by their JSON text. A target that is
 * empty or null is sent as JSON {@code null}, which clears the attribute in Okta.
 */
public final class ProfileDiff {

    static final Set<String> CASE_INSENSITIVE = Set.of("login", "email", "secondEmail");

    private ProfileDiff() {
    }

    /** The attributes of {@code target} that {@code profile} does not hold yet, with their target values, in order. */
    public static Map<String, String> changes(JsonNode profile, Map<String, String> target) {
        Map<String, String> changes = new LinkedHashMap<>();
        target.forEach((name, wanted) -> {
            if (!same(name, held(profile, name), wanted)) {
                changes.put(name, blankToNull(wanted));
            }
        });
        return changes;
    }

    /** The values {@code profile} holds for {@code names} (absent ones as null), for a result's appliedAttributes. */
    public static Map<String, String> held(JsonNode profile, Collection<String> names) {
        Map<String, String> held = new LinkedHashMap<>();
        names.forEach(name -> held.put(name, held(profile, name)));
        return held;
    }

    /** The body of a partial update: {@code {"profile": {…changes…}}}. */
    public static ObjectNode body(Map<String, String> changes) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode profile = body.putObject("profile");
        changes.forEach(profile::put);
        return body;
    }

    static String held(JsonNode profile, String name) {
        JsonNode value = profile == null ? null : profile.get(name);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    static boolean same(String name, String held, String wanted) {
        String h = blankToNull(held);
        String w = blankToNull(wanted);
        if (h != null && w != null && CASE_INSENSITIVE.contains(name)) {
            return h.toLowerCase(Locale.ROOT).equals(w.toLowerCase(Locale.ROOT));
        }
        return Objects.equals(h, w);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
