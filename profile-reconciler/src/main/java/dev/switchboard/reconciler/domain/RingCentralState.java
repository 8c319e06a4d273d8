package dev.switchboard.reconciler.domain;

import dev.switchboard.contracts.RingCentralExtensionSnapshot;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A RingCentral extension as import decides on it.
 *
 * @param extensionId the extension id
 * @param type        User, …; only User extensions are imported
 * @param status      Enabled, Disabled, NotActivated, …
 * @param removed     the extension no longer exists
 * @param attributes  values by RingCentral attribute name; absent = no value
 */
public record RingCentralState(String extensionId, String type, String status, boolean removed,
                               Map<String, String> attributes) {

    public static final String USER = "User";

    public RingCentralState {
        Objects.requireNonNull(extensionId, "extensionId");
        Map<String, String> present = new LinkedHashMap<>();
        if (attributes != null) {
            attributes.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    present.put(k, v);
                }
            });
        }
        attributes = Collections.unmodifiableMap(present);
    }

    /**
     * The snapshot's state, where an attribute the snapshot does not name at all (not read this time — e.g. an
     * import told not to read direct numbers) keeps its {@code known} value. An attribute named with a null value
     * was read and is empty.
     */
    public static RingCentralState of(RingCentralExtensionSnapshot snapshot, Map<String, String> known) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (!snapshot.removed()) {
            known.forEach((name, value) -> {
                if (!snapshot.attributes().containsKey(name)) {
                    attributes.put(name, value);
                }
            });
        }
        attributes.putAll(snapshot.attributes());
        return new RingCentralState(snapshot.extensionId(), snapshot.type(), snapshot.status(), snapshot.removed(),
                attributes);
    }

    /** A removal snapshot carries no type; anything else must be a User extension. */
    public boolean user() {
        return removed || type == null || USER.equals(type);
    }
}
