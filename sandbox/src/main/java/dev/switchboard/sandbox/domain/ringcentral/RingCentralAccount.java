package dev.switchboard.sandbox.domain.ringcentral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The extensions of the sandbox RingCentral account. Extensions are held as JSON objects in the
 * GetExtensionInfoResponse shape without {@code uri} / {@code account} (those depend on the caller's base URL).
 */
public final class RingCentralAccount {

    /** One page of a list, with the totals RingCentral reports. */
    public record Page(List<ObjectNode> records, int page, int perPage, int totalElements) {
        public int totalPages() {
            return totalElements == 0 ? 0 : (totalElements + perPage - 1) / perPage;
        }
    }

    /** List filters; empty sets mean "any". */
    public record Filter(Set<String> emails, Set<String> statuses, Set<String> types, String extensionNumber) {
    }

    public static final Set<String> CREATE_TYPES = Set.of("User", "VirtualUser", "DigitalUser", "FlexibleUser",
            "Department", "Announcement", "Voicemail", "SharedLinesGroup", "PagingOnly", "ParkLocation", "Limited");
    public static final Set<String> STATUSES = Set.of("Enabled", "Disabled", "Frozen", "NotActivated", "Unassigned");
    private static final DateTimeFormatter RC_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Clock clock;
    private final long firstExtensionId;
    private final Map<Long, ObjectNode> extensions = new LinkedHashMap<>();
    private long nextId;

    public RingCentralAccount(Clock clock, long firstExtensionId) {
        this.clock = clock;
        this.firstExtensionId = firstExtensionId;
        this.nextId = firstExtensionId;
    }

    /** Creates an extension from an ExtensionCreationRequest body, validating what RingCentral validates. */
    public synchronized ObjectNode create(JsonNode request) {
        if (request == null || !request.isObject()) {
            throw new RingCentralApiException(400, "CMN-103", "Request body is invalid", null, null);
        }
        JsonNode contactIn = request.path("contact");
        if (!contactIn.isObject()) {
            throw RingCentralApiException.invalid("contact", null);
        }
        String firstName = text(contactIn, "firstName");
        if (firstName == null || firstName.isBlank() || firstName.length() > 64) {
            throw RingCentralApiException.invalid("contact.firstName", firstName);
        }
        String lastName = text(contactIn, "lastName");
        if (lastName != null && lastName.length() > 64) {
            throw RingCentralApiException.invalid("contact.lastName", lastName);
        }
        String email = text(contactIn, "email");
        requireUsableEmail(email, null);
        String type = textOr(request, "type", "User");
        if (!CREATE_TYPES.contains(type)) {
            throw RingCentralApiException.invalid("type", type);
        }
        boolean hasPassword = text(request, "password") != null;
        String status = textOr(request, "status", hasPassword ? "Enabled" : "NotActivated");
        if (!STATUSES.contains(status)) {
            throw RingCentralApiException.invalid("status", status);
        }
        String extensionNumber = text(request, "extensionNumber");
        if (extensionNumber != null) {
            if (!extensionNumber.matches("\\d{1,8}") || numberTaken(extensionNumber, null)) {
                throw RingCentralApiException.invalid("extensionNumber", extensionNumber);
            }
        } else if (!"Unassigned".equals(status)) {
            extensionNumber = nextFreeNumber();
        }
        long id = nextId++;
        ObjectNode ext = JSON.objectNode();
        ext.put("id", id);
        if (extensionNumber != null) {
            ext.put("extensionNumber", extensionNumber);
        }
        ObjectNode contact = ((ObjectNode) contactIn).deepCopy();
        if (!contact.has("emailAsLoginName")) {
            contact.put("emailAsLoginName", false);
        }
        ext.set("contact", contact);
        ext.put("name", (firstName + " " + (lastName == null ? "" : lastName)).trim());
        ext.put("type", type);
        ext.put("status", status);
        ObjectNode permissions = JSON.objectNode();
        permissions.putObject("admin").put("enabled", false);
        permissions.putObject("internationalCalling").put("enabled", false);
        ext.set("permissions", permissions);
        ext.set("regionalSettings", request.has("regionalSettings") && request.get("regionalSettings").isObject()
                ? request.get("regionalSettings").deepCopy() : defaultRegionalSettings());
        ext.put("setupWizardState", textOr(request, "setupWizardState", "NotStarted"));
        ext.put("hidden", request.path("hidden").asBoolean(false));
        ext.set("customFields", request.has("customFields") ? request.get("customFields").deepCopy() : JSON.arrayNode());
        if (request.has("references")) {
            ext.set("references", request.get("references").deepCopy());
        }
        if (request.has("costCenter")) {
            ext.set("costCenter", request.get("costCenter").deepCopy());
        }
        ObjectNode site = JSON.objectNode();
        site.put("id", request.path("site").path("id").asText("main-site"));
        site.put("name", "Main Site");
        ext.set("site", site);
        ext.put("creationTime", RC_TIME.format(clock.instant()));
        extensions.put(id, ext);
        return ext.deepCopy();
    }

    /**
     * Updates an extension (PUT semantics as RingCentral implements them: fields sent replace, contact fields are
     * merged one by one).
     */
    public synchronized ObjectNode update(long id, JsonNode request) {
        ObjectNode ext = extensions.get(id);
        if (ext == null) {
            throw RingCentralApiException.notFound("extensionId", Long.toString(id));
        }
        if (request == null || !request.isObject()) {
            throw new RingCentralApiException(400, "CMN-103", "Request body is invalid", null, null);
        }
        ObjectNode updated = ext.deepCopy();
        if (request.has("status")) {
            String status = request.get("status").asText();
            if (!STATUSES.contains(status) || "Unassigned".equals(status)) {
                throw RingCentralApiException.invalid("status", status);
            }
            updated.put("status", status);
            if (request.has("statusInfo")) {
                updated.set("statusInfo", request.get("statusInfo").deepCopy());
            } else if (!"Disabled".equals(status)) {
                updated.remove("statusInfo");
            }
        }
        if (request.has("extensionNumber")) {
            String number = request.get("extensionNumber").asText();
            if (!number.matches("\\d{1,8}") || numberTaken(number, id)) {
                throw RingCentralApiException.invalid("extensionNumber", number);
            }
            updated.put("extensionNumber", number);
        }
        if (request.path("contact").isObject()) {
            ObjectNode contact = (ObjectNode) updated.get("contact");
            request.get("contact").fields().forEachRemaining(f -> contact.set(f.getKey(), f.getValue().deepCopy()));
            String firstName = text(contact, "firstName");
            if (firstName == null || firstName.isBlank()) {
                throw RingCentralApiException.invalid("contact.firstName", firstName);
            }
            requireUsableEmail(text(contact, "email"), id);
            updated.put("name", (firstName + " " + textOr(contact, "lastName", "")).trim());
        }
        for (String field : List.of("regionalSettings", "customFields", "references", "costCenter", "setupWizardState",
                "hidden", "site")) {
            if (request.has(field)) {
                updated.set(field, request.get(field).deepCopy());
            }
        }
        extensions.put(id, updated);
        return updated.deepCopy();
    }

    public synchronized ObjectNode get(long id) {
        ObjectNode ext = extensions.get(id);
        if (ext == null) {
            throw RingCentralApiException.notFound("extensionId", Long.toString(id));
        }
        return ext.deepCopy();
    }

    /** Deletes an extension; false when it did not exist. */
    public synchronized boolean delete(long id) {
        return extensions.remove(id) != null;
    }

    /** A page (1-based) of the extensions matching the filter, in creation order. */
    public synchronized Page list(Filter filter, int page, int perPage) {
        Predicate<ObjectNode> matches = ext -> {
            String email = textOr(ext.path("contact"), "email", "").toLowerCase(Locale.ROOT);
            return (filter.emails().isEmpty() || filter.emails().contains(email))
                    && (filter.statuses().isEmpty() || filter.statuses().contains(ext.path("status").asText()))
                    && (filter.types().isEmpty() || filter.types().contains(ext.path("type").asText()))
                    && (filter.extensionNumber() == null
                        || filter.extensionNumber().equals(ext.path("extensionNumber").asText(null)));
        };
        List<ObjectNode> all = extensions.values().stream().filter(matches).toList();
        int from = Math.min(all.size(), (page - 1) * perPage);
        int to = Math.min(all.size(), from + perPage);
        List<ObjectNode> records = new ArrayList<>();
        for (ObjectNode ext : all.subList(from, to)) {
            records.add(ext.deepCopy());
        }
        return new Page(records, page, perPage, all.size());
    }

    public synchronized Collection<ObjectNode> all() {
        return extensions.values().stream().map(ObjectNode::deepCopy).toList();
    }

    public synchronized void clear() {
        extensions.clear();
        nextId = firstExtensionId;
    }

    private void requireUsableEmail(String email, Long self) {
        if (email == null || email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw RingCentralApiException.invalid("contact.email", email);
        }
        String wanted = email.toLowerCase(Locale.ROOT);
        boolean taken = extensions.entrySet().stream()
                .filter(e -> !e.getKey().equals(self))
                .anyMatch(e -> wanted.equals(textOr(e.getValue().path("contact"), "email", "").toLowerCase(Locale.ROOT)));
        if (taken) {
            // The real API answers a duplicate email with CMN-101 on contact.email (see specs/ringcentral.md §7.2).
            throw RingCentralApiException.invalid("contact.email", email);
        }
    }

    private boolean numberTaken(String number, Long self) {
        return extensions.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(self) && number.equals(e.getValue().path("extensionNumber").asText(null)));
    }

    private String nextFreeNumber() {
        for (int n = 101; ; n++) {
            if (!numberTaken(Integer.toString(n), null)) {
                return Integer.toString(n);
            }
        }
    }

    private static ObjectNode defaultRegionalSettings() {
        ObjectNode r = JSON.objectNode();
        r.putObject("homeCountry").put("id", "1").put("isoCode", "US").put("name", "United States");
        r.putObject("timezone").put("id", "58").put("name", "US/Pacific").put("description", "Pacific Time (US & Canada)");
        r.putObject("language").put("id", "1033").put("localeCode", "en-US").put("name", "English (United States)");
        r.putObject("greetingLanguage").put("id", "1033").put("localeCode", "en-US").put("name", "English (United States)");
        r.putObject("formattingLocale").put("id", "1033").put("localeCode", "en-US").put("name", "English (United States)");
        r.put("timeFormat", "12h");
        return r;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String textOr(JsonNode node, String field, String fallback) {
        String v = text(node, field);
        return v == null ? fallback : v;
    }

}
