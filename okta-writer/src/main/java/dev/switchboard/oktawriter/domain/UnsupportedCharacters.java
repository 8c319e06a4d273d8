package dev.switchboard.oktawriter.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Okta accepts only UTF-8 characters of at most 3 bytes (spec §2.1): anything beyond the Basic Multilingual Plane
 * (emoji, some CJK extensions, musical symbols) is refused. RingCentral accepts them, so values coming from there are
 * checked before anything is sent.
 */
public final class UnsupportedCharacters {

    /** Switchboard's error code for a value Okta cannot store. */
    public static final String CODE = "SWB-UNSUPPORTED-CHARACTER";

    /** What the writer does with such values. */
    public enum Policy {
        /** The command fails permanently, naming the attributes (default: nothing is changed behind anyone's back). */
        REJECT,
        /** The characters are removed and the rest is written; results report the value Okta then holds. */
        STRIP
    }

    private UnsupportedCharacters() {
    }

    /** Whether {@code value} has a character Okta refuses. */
    public static boolean present(String value) {
        return value != null && value.codePoints().anyMatch(Character::isSupplementaryCodePoint);
    }

    /** {@code value} without the characters Okta refuses. */
    public static String strip(String value) {
        if (!present(value)) {
            return value;
        }
        StringBuilder kept = new StringBuilder(value.length());
        value.codePoints().filter(c -> !Character.isSupplementaryCodePoint(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** The names of the attributes whose values have such characters, in the map's order. */
    public static List<String> offending(Map<String, String> attributes) {
        return attributes.entrySet().stream().filter(e -> present(e.getValue())).map(Map.Entry::getKey).toList();
    }

    /** The attributes with every value stripped; null values stay null. */
    public static Map<String, String> stripAll(Map<String, String> attributes) {
        Map<String, String> stripped = new LinkedHashMap<>();
        attributes.forEach((name, value) -> stripped.put(name, strip(value)));
        return stripped;
    }
}
