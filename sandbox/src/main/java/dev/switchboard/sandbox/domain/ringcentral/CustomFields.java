package dev.switchboard.sandbox.domain.ringcentral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The account's custom field definitions (category User only, as in RingCentral). Values live on the extensions
 * by field id; the display name is looked up here when an extension is read, so a rename shows everywhere.
 */
public final class CustomFields {

    /** One definition, RingCentral's CustomFieldModel. */
    public record Field(String id, String category, String displayName) {
    }

    /** The two fields every sandbox account starts with. */
    public static final List<String> SEEDED = List.of("Cost Center Code", "Employee ID");
    private static final long FIRST_ID = 64016;

    private final Map<String, Field> fields = new LinkedHashMap<>();
    private long nextId = FIRST_ID;

    public CustomFields() {
        seed();
    }

    public synchronized List<Field> all() {
        return List.copyOf(fields.values());
    }

    public synchronized Optional<Field> find(String id) {
        return Optional.ofNullable(fields.get(id));
    }

    /** Adds a User field; 400 CMN-101 on a blank, too long or already used display name. */
    public synchronized Field add(String category, String displayName) {
        if (category != null && !"User".equals(category)) {
            throw RingCentralApiException.invalid("category", category);
        }
        requireUsableName(displayName, null);
        Field field = new Field(Long.toString(nextId++), "User", displayName.trim());
        fields.put(field.id(), field);
        return field;
    }

    public synchronized Field rename(String id, String displayName) {
        Field current = fields.get(id);
        if (current == null) {
            throw RingCentralApiException.notFound("fieldId", id);
        }
        requireUsableName(displayName, id);
        Field renamed = new Field(id, current.category(), displayName.trim());
        fields.put(id, renamed);
        return renamed;
    }

    /** Removes a definition; the values on extensions are no longer shown (RingCentral deletes them with it). */
    public synchronized boolean delete(String id) {
        return fields.remove(id) != null;
    }

    /** Back to the two seeded fields. */
    public synchronized void clear() {
        fields.clear();
        nextId = FIRST_ID;
        seed();
    }

    private void seed() {
        for (String name : SEEDED) {
            add("User", name);
        }
    }

    private void requireUsableName(String displayName, String self) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw RingCentralApiException.invalid("displayName", displayName);
        }
        String wanted = displayName.trim();
        List<Field> others = new ArrayList<>(fields.values());
        if (others.stream().anyMatch(f -> !f.id().equals(self) && f.displayName().equalsIgnoreCase(wanted))) {
            throw RingCentralApiException.invalid("displayName", displayName);
        }
    }
}
