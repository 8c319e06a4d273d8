package dev.switchboard.reconciler.persistence;

import dev.switchboard.reconciler.domain.ObservedValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Attribute → {value, sourceEventId, at} maps as stored in jsonb columns (echo ledger, okta_user_state). */
final class ProvenanceJson {

    private ProvenanceJson() {
    }

    static Map<String, Object> write(Map<String, ObservedValue> values) {
        Map<String, Object> json = new LinkedHashMap<>();
        values.forEach((attribute, v) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("value", v.value());
            entry.put("sourceEventId", v.sourceEventId());
            entry.put("at", v.at() == null ? null : v.at().toString());
            json.put(attribute, entry);
        });
        return json;
    }

    static Map<String, ObservedValue> read(Map<String, Object> json) {
        Map<String, ObservedValue> values = new LinkedHashMap<>();
        if (json == null) {
            return values;
        }
        json.forEach((attribute, raw) -> {
            if (raw instanceof Map<?, ?> entry && entry.get("value") != null) {
                Object at = entry.get("at");
                Object source = entry.get("sourceEventId");
                values.put(attribute, new ObservedValue(entry.get("value").toString(),
                        source == null ? null : source.toString(), at == null ? null : Instant.parse(at.toString())));
            }
        });
        return values;
    }
}
