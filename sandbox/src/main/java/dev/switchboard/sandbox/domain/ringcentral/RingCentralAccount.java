package dev.switchboard.sandbox.domain.ringcentral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The extensions of the sandbox RingCentral account. Extensions are read and written as JSON objects in the
 * GetExtensionInfoResponse shape without {@code uri} / {@code account} (those depend on the caller's base URL),
 * but stored compactly — serialised, with the default regional settings and permissions left out, plus the
 * indexed fields — so an account of 100,000 seeded users stays small. Email and extension number are indexed:
 * creates stay O(1) at that size. Direct numbers live beside the extensions ({@link DirectNumbers}), as in
 * RingCentral, where they come from the phone-number APIs and not from the extension resource. Every change is
 * reported to the {@link ExtensionChange.Listener}.
 */
public final class RingCentralAccount {

    /** One page of a list, with the totals RingCentral reports. */
    public record Page(List<ObjectNode> records, int page, int perPage, int totalElements) {
        public int totalPages() {
            return totalElements == 0 ? 0 : (int) ((totalElements + (long) perPage - 1) / perPage);
        }
    }

    /** List filters; empty sets mean "any". */
    public record Filter(Set<String> emails, Set<String> statuses, Set<String> types, String extensionNumber) {
    }

    /** What a seeding run created: ids {@code firstId..lastId} (none when {@code created} is 0). */
    public record Seeded(int created, Long firstId, Long lastId) {
    }

    /** The indexed fields of an extension, for filters that need no more (site id {@code main-site} by default). */
    public record Summary(long id, String type, String status, String siteId) {
    }

    /** The account's main company number (Account Info {@code mainNumber}). */
    public static final String MAIN_NUMBER = "+16505550100";

    public static final Set<String> CREATE_TYPES = Set.of("User", "VirtualUser", "DigitalUser", "FlexibleUser",
            "Department", "Announcement", "Voicemail", "SharedLinesGroup", "PagingOnly", "ParkLocation", "Limited");
    public static final Set<String> STATUSES = Set.of("Enabled", "Disabled", "Frozen", "NotActivated", "Unassigned");
    private static final DateTimeFormatter RC_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectNode DEFAULT_REGIONAL_SETTINGS = defaultRegionalSettings();
    private static final ObjectNode DEFAULT_PERMISSIONS = defaultPermissions();
    private static final List<String> FIRST_NAMES = List.of("Ada", "Alan", "Grace", "Edsger", "Barbara", "Donald",
            "Margaret", "Ken", "Frances", "Dennis", "Radia", "Tim", "Hedy", "Linus", "Katherine", "John");
    private static final List<String> LAST_NAMES = List.of("Lovelace", "Turing", "Hopper", "Dijkstra", "Liskov",
            "Knuth", "Hamilton", "Thompson", "Allen", "Ritchie", "Perlman", "Berners-Lee", "Lamarr", "Torvalds",
            "Johnson", "McCarthy");

    /** An extension at rest: the indexed fields and the compact JSON of everything. */
    private record Stored(long id, String emailLower, String extensionNumber, String type, String status,
                          String siteId, byte[] json) {
        Summary summary() {
            return new Summary(id, type, status, siteId);
        }
    }

    private final Clock clock;
    private final long firstExtensionId;
    private final CustomFields customFields;
    private final Map<Long, Stored> extensions = new LinkedHashMap<>();
    private final Map<String, Long> byEmail = new HashMap<>();
    private final Map<String, Long> byNumber = new HashMap<>();
    private final DirectNumbers directNumbers = new DirectNumbers();
    private volatile ExtensionChange.Listener listener = ExtensionChange.Listener.NONE;
    private long nextId;
    private int numberCursor = 101;

    public RingCentralAccount(Clock clock, long firstExtensionId) {
        this(clock, firstExtensionId, new CustomFields());
    }

    public RingCentralAccount(Clock clock, long firstExtensionId, CustomFields customFields) {
        this.clock = clock;
        this.firstExtensionId = firstExtensionId;
        this.customFields = customFields;
        this.nextId = firstExtensionId;
    }

    /** Who hears about changes (the notification dispatcher). */
    public void listener(ExtensionChange.Listener listener) {
        this.listener = listener == null ? ExtensionChange.Listener.NONE : listener;
    }

    /** Creates an extension from an ExtensionCreationRequest body, validating what RingCentral validates. */
    public ObjectNode create(JsonNode request) {
        return create(request, null);
    }

    /**
     * Creates an extension and, when {@code directNumber} is given, assigns it that direct number (checked before
     * anything is created; reported as the one Create).
     */
    public synchronized ObjectNode create(JsonNode request, String directNumber) {
        Long number = directNumber == null ? null : DirectNumbers.parse(directNumber);
        if (number != null) {
            directNumbers.requireAssignable(nextId, number);
        }
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
        ArrayNode values = request.has("customFields")
                ? mergeCustomFields(JSON.arrayNode(), request.get("customFields")) : JSON.arrayNode();
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
        ext.set("permissions", DEFAULT_PERMISSIONS.deepCopy());
        ext.set("regionalSettings", request.has("regionalSettings") && request.get("regionalSettings").isObject()
                ? request.get("regionalSettings").deepCopy() : DEFAULT_REGIONAL_SETTINGS.deepCopy());
        ext.put("setupWizardState", textOr(request, "setupWizardState", "NotStarted"));
        ext.put("hidden", request.path("hidden").asBoolean(false));
        ext.set("customFields", values);
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
        store(ext);
        if (number != null) {
            directNumbers.assign(id, number);
        }
        listener.changed(List.of(new ExtensionChange(id, ExtensionChange.Type.Create)));
        return materialize(extensions.get(id));
    }

    /**
     * Updates an extension (PUT semantics as RingCentral implements them: fields sent replace, contact fields are
     * merged one by one, custom field values are merged by field id). A PUT that changes nothing reports no change.
     */
    public synchronized ObjectNode update(long id, JsonNode request) {
        Stored stored = extensions.get(id);
        if (stored == null) {
            throw RingCentralApiException.notFound("extensionId", Long.toString(id));
        }
        if (request == null || !request.isObject()) {
            throw new RingCentralApiException(400, "CMN-103", "Request body is invalid", null, null);
        }
        ObjectNode ext = raw(stored);
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
        if (request.has("customFields")) {
            JsonNode current = updated.get("customFields");
            updated.set("customFields", mergeCustomFields(current != null && current.isArray()
                    ? (ArrayNode) current.deepCopy() : JSON.arrayNode(), request.get("customFields")));
        }
        for (String field : List.of("regionalSettings", "references", "costCenter", "setupWizardState", "hidden",
                "site")) {
            if (request.has(field)) {
                updated.set(field, request.get(field).deepCopy());
            }
        }
        if (!updated.equals(ext)) {
            unindex(stored);
            store(updated);
            listener.changed(List.of(new ExtensionChange(id, ExtensionChange.Type.Update)));
        }
        return materialize(extensions.get(id));
    }

    public synchronized ObjectNode get(long id) {
        Stored stored = extensions.get(id);
        if (stored == null) {
            throw RingCentralApiException.notFound("extensionId", Long.toString(id));
        }
        return materialize(stored);
    }

    /** Deletes an extension; false when it did not exist. */
    public synchronized boolean delete(long id) {
        Stored removed = extensions.remove(id);
        if (removed == null) {
            return false;
        }
        unindex(removed);
        directNumbers.release(id);
        listener.changed(List.of(new ExtensionChange(id, ExtensionChange.Type.Delete)));
        return true;
    }

    /**
     * Makes {@code phoneNumber} (E.164) the extension's direct number; the one it had goes back to the inventory.
     * 404 for an unknown extension, 400 for a number that is not E.164, 409 for one another extension has.
     * Reported as an Update with the {@code CompanyNumbers} hint; false (and nothing reported) when it already was.
     */
    public synchronized boolean assignDirectNumber(long id, String phoneNumber) {
        requireExtension(id);
        if (!directNumbers.assign(id, DirectNumbers.parse(phoneNumber))) {
            return false;
        }
        listener.changed(List.of(ExtensionChange.numbersChanged(id)));
        return true;
    }

    /** Takes the extension's direct number back to the inventory; false (nothing reported) when it had none. */
    public synchronized boolean unassignDirectNumber(long id) {
        requireExtension(id);
        if (!directNumbers.release(id)) {
            return false;
        }
        listener.changed(List.of(ExtensionChange.numbersChanged(id)));
        return true;
    }

    /** The extension's direct number (E.164), if it has one; 404 for an unknown extension. */
    public synchronized Optional<String> directNumber(long id) {
        requireExtension(id);
        return directNumbers.of(id);
    }

    /** A page (1-based) of the extensions matching the filter, in creation order. */
    public synchronized Page list(Filter filter, int page, int perPage) {
        if (!filter.emails().isEmpty()) {
            // Indexed lookup, then creation order (ids grow with creation).
            List<Stored> matching = new ArrayList<>();
            filter.emails().stream().map(byEmail::get).filter(java.util.Objects::nonNull).sorted()
                    .map(extensions::get).filter(s -> matches(s, filter)).forEach(matching::add);
            return page(matching, page, perPage);
        }
        return page(select(s -> matches(s, filter)), page, perPage);
    }

    /**
     * A page (1-based) of the extensions whose indexed fields match, in creation order. {@code perPage} may be
     * {@link Integer#MAX_VALUE} for everything in one page.
     */
    public synchronized Page list(Predicate<Summary> where, int page, int perPage) {
        return page(select(s -> where.test(s.summary())), page, perPage);
    }

    private List<Stored> select(Predicate<Stored> where) {
        List<Stored> matching = new ArrayList<>();
        for (Stored s : extensions.values()) {
            if (where.test(s)) {
                matching.add(s);
            }
        }
        return matching;
    }

    private Page page(List<Stored> matching, int page, int perPage) {
        long from = Math.min(matching.size(), (long) (page - 1) * perPage);
        int to = (int) Math.min(matching.size(), from + perPage);
        List<ObjectNode> records = new ArrayList<>();
        for (Stored s : matching.subList((int) from, to)) {
            records.add(materialize(s));
        }
        return new Page(records, page, perPage, matching.size());
    }

    public synchronized Collection<ObjectNode> all() {
        return extensions.values().stream().map(this::materialize).toList();
    }

    public synchronized int size() {
        return extensions.size();
    }

    /**
     * Creates {@code count} Enabled User extensions quickly (names picked with {@code seed}, emails
     * {@code first.last.<id>@<emailDomain>}, so unique). Changes are reported only when {@code notify}.
     */
    public Seeded seed(int count, String emailDomain, long seed, boolean notify) {
        return seed(count, emailDomain, seed, notify, false);
    }

    /**
     * Seeds as {@link #seed(int, String, long, boolean)}; with {@code withDirectNumbers} each user also gets a
     * distinct direct number from the seeding range, in order (+16502000000, +16502000001, … where free).
     */
    public synchronized Seeded seed(int count, String emailDomain, long seed, boolean notify,
                                    boolean withDirectNumbers) {
        if (count < 1 || count > 1_000_000) {
            throw RingCentralApiException.invalid("count", Integer.toString(count));
        }
        if (emailDomain == null || !emailDomain.matches("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+")) {
            throw RingCentralApiException.invalid("emailDomain", emailDomain);
        }
        Random random = new Random(seed);
        String created = RC_TIME.format(clock.instant());
        List<ExtensionChange> changes = notify ? new ArrayList<>(count) : List.of();
        Long firstId = null;
        long lastId = 0;
        for (int i = 0; i < count; i++) {
            String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
            String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
            long id = nextId++;
            String email = (first + "." + last + "." + id + "@" + emailDomain).toLowerCase(Locale.ROOT);
            if (byEmail.containsKey(email)) {
                continue;
            }
            ObjectNode ext = JSON.objectNode();
            ext.put("id", id);
            ext.put("extensionNumber", nextFreeNumber());
            ObjectNode contact = ext.putObject("contact");
            contact.put("firstName", first);
            contact.put("lastName", last);
            contact.put("email", email);
            contact.put("emailAsLoginName", true);
            ext.put("name", first + " " + last);
            ext.put("type", "User");
            ext.put("status", "Enabled");
            ext.put("setupWizardState", "Completed");
            ext.put("hidden", false);
            ext.set("customFields", JSON.arrayNode());
            ext.putObject("site").put("id", "main-site").put("name", "Main Site");
            ext.put("creationTime", created);
            store(ext);
            if (withDirectNumbers) {
                directNumbers.assign(id, directNumbers.nextFree());
            }
            if (firstId == null) {
                firstId = id;
            }
            lastId = id;
            if (notify) {
                changes.add(new ExtensionChange(id, ExtensionChange.Type.Create));
            }
        }
        if (!changes.isEmpty()) {
            listener.changed(changes);
        }
        return new Seeded(firstId == null ? 0 : (int) (lastId - firstId + 1), firstId, firstId == null ? null : lastId);
    }

    /** Forgets every extension (no change is reported). */
    public synchronized void clear() {
        extensions.clear();
        byEmail.clear();
        byNumber.clear();
        directNumbers.clear();
        nextId = firstExtensionId;
        numberCursor = 101;
    }

    private static boolean matches(Stored s, Filter filter) {
        return (filter.emails().isEmpty() || filter.emails().contains(s.emailLower()))
                && (filter.statuses().isEmpty() || filter.statuses().contains(s.status()))
                && (filter.types().isEmpty() || filter.types().contains(s.type()))
                && (filter.extensionNumber() == null || filter.extensionNumber().equals(s.extensionNumber()));
    }

    /** Stores (or replaces) an extension and indexes it; the default sub-objects are left out of the bytes. */
    private void store(ObjectNode ext) {
        ObjectNode compact = ext.deepCopy();
        if (DEFAULT_REGIONAL_SETTINGS.equals(compact.get("regionalSettings"))) {
            compact.remove("regionalSettings");
        }
        if (DEFAULT_PERMISSIONS.equals(compact.get("permissions"))) {
            compact.remove("permissions");
        }
        long id = ext.get("id").asLong();
        String email = textOr(ext.path("contact"), "email", "").toLowerCase(Locale.ROOT);
        String number = text(ext, "extensionNumber");
        byte[] bytes;
        try {
            bytes = MAPPER.writeValueAsBytes(compact);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Interned: almost every extension shares the same site, type and status strings.
        extensions.put(id, new Stored(id, email, number, textOr(ext, "type", "User").intern(),
                textOr(ext, "status", "").intern(), textOr(ext.path("site"), "id", "main-site").intern(), bytes));
        if (!email.isEmpty()) {
            byEmail.put(email, id);
        }
        if (number != null) {
            byNumber.put(number, id);
        }
    }

    private void requireExtension(long id) {
        if (!extensions.containsKey(id)) {
            throw RingCentralApiException.notFound("extensionId", Long.toString(id));
        }
    }

    private void unindex(Stored stored) {
        byEmail.remove(stored.emailLower(), stored.id());
        if (stored.extensionNumber() != null) {
            byNumber.remove(stored.extensionNumber(), stored.id());
        }
    }

    /** The stored JSON with the defaults put back; custom field values as stored ({id, value}). */
    private ObjectNode raw(Stored stored) {
        ObjectNode ext;
        try {
            ext = (ObjectNode) MAPPER.readTree(stored.json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!ext.has("permissions")) {
            ext.set("permissions", DEFAULT_PERMISSIONS.deepCopy());
        }
        if (!ext.has("regionalSettings")) {
            ext.set("regionalSettings", DEFAULT_REGIONAL_SETTINGS.deepCopy());
        }
        return ext;
    }

    /** What callers see: custom field values carry the current display name; deleted fields are not shown. */
    private ObjectNode materialize(Stored stored) {
        ObjectNode ext = raw(stored);
        ArrayNode shown = JSON.arrayNode();
        for (JsonNode value : ext.path("customFields")) {
            customFields.find(value.path("id").asText()).ifPresent(field -> shown.addObject()
                    .put("id", field.id()).put("value", value.path("value").asText()).put("displayName", field.displayName()));
        }
        ext.set("customFields", shown);
        return ext;
    }

    /** Custom field values of a request ({@code [{id, value}]}) merged by id; unknown ids are invalid. */
    private ArrayNode mergeCustomFields(ArrayNode current, JsonNode requested) {
        if (!requested.isArray()) {
            throw RingCentralApiException.invalid("customFields", requested.toString());
        }
        Map<String, String> values = new LinkedHashMap<>();
        current.forEach(v -> values.put(v.path("id").asText(), v.path("value").asText()));
        for (JsonNode item : requested) {
            String id = item.path("id").asText(null);
            if (id == null || customFields.find(id).isEmpty()) {
                throw RingCentralApiException.invalid("customFields.id", id);
            }
            JsonNode value = item.get("value");
            if (value == null || value.isNull()) {
                values.remove(id);
            } else {
                values.put(id, value.asText());
            }
        }
        ArrayNode out = JSON.arrayNode();
        values.forEach((id, value) -> out.addObject().put("id", id).put("value", value));
        return out;
    }

    private void requireUsableEmail(String email, Long self) {
        if (email == null || email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw RingCentralApiException.invalid("contact.email", email);
        }
        Long owner = byEmail.get(email.toLowerCase(Locale.ROOT));
        if (owner != null && !owner.equals(self)) {
            // The real API answers a duplicate email with CMN-101 on contact.email (see specs/ringcentral.md §7.2).
            throw RingCentralApiException.invalid("contact.email", email);
        }
    }

    private boolean numberTaken(String number, Long self) {
        Long owner = byNumber.get(number);
        return owner != null && !owner.equals(self);
    }

    private String nextFreeNumber() {
        while (byNumber.containsKey(Integer.toString(numberCursor))) {
            numberCursor++;
        }
        return Integer.toString(numberCursor);
    }

    private static ObjectNode defaultPermissions() {
        ObjectNode permissions = JSON.objectNode();
        permissions.putObject("admin").put("enabled", false);
        permissions.putObject("internationalCalling").put("enabled", false);
        return permissions;
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
