package dev.switchboard.sandbox.domain.ringcentral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Get Company Directory Entries ({@code listDirectoryEntries}), served by RingCentral's directory service (ADG):
 * its own parameters, its own error codes ({@code ADG-121}) and the ContactResource shape. As the OpenAPI file
 * says: User, DigitalUser, VirtualUser and FaxUser are reported as {@code User}; ApplicationExtension is not
 * returned; only Enabled, Disabled and NotActivated extensions are.
 */
public final class CompanyDirectory {

    /** {@code perPage} when none is sent (the parameter's default). */
    public static final int DEFAULT_PER_PAGE = 1000;
    /** The largest integer {@code perPage}, and what {@code max} means. */
    public static final int MAX_PER_PAGE = 2000;
    /** {@code perPage=all}: everything in one page. */
    public static final int ALL = Integer.MAX_VALUE;
    public static final Set<String> LISTED_STATUSES = Set.of("Enabled", "Disabled", "NotActivated");
    private static final Set<String> USER_TYPES = Set.of("User", "DigitalUser", "VirtualUser", "FaxUser");
    /** ContactResource {@code type} values; other extension types are reported as {@code Unknown}. */
    private static final Set<String> CONTACT_TYPES = Set.of("User", "Department", "Announcement", "Voicemail",
            "SharedLinesGroup", "PagingOnly", "ParkLocation", "IvrMenu", "Limited", "ApplicationExtension", "Site",
            "Bot", "Room", "ProxyAdmin", "DelegatedLinesGroup", "GroupCallPickup", "External", "RoomConnector");
    /** ADGSearchableExtensionTypesEnum: the values the {@code type} parameter takes. */
    private static final Set<String> SEARCHABLE_TYPES = Set.of("User", "Department", "Announcement", "Voicemail",
            "SharedLinesGroup", "PagingOnly", "IvrMenu", "ParkLocation", "Limited", "External",
            "DelegatedLinesGroup", "TieLine");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Which extensions a request lists: {@code type}, {@code typeGroup} and {@code siteId} (null: any). */
    public record Query(String type, String typeGroup, String siteId)
            implements Predicate<RingCentralAccount.Summary> {

        /** Validates the parameters; 400 ADG-121 naming the one that is wrong. */
        public static Query of(String type, String typeGroup, String siteId) {
            if (type != null && !SEARCHABLE_TYPES.contains(type)) {
                throw invalid("type", "Must be one of " + String.join(", ", SEARCHABLE_TYPES.stream().sorted().toList()));
            }
            if (typeGroup != null && !typeGroup.equals("User") && !typeGroup.equals("NonUser")) {
                throw invalid("typeGroup", "Must be User or NonUser");
            }
            return new Query(type, typeGroup, siteId);
        }

        @Override
        public boolean test(RingCentralAccount.Summary extension) {
            if (!LISTED_STATUSES.contains(extension.status()) || "ApplicationExtension".equals(extension.type())) {
                return false;
            }
            String reported = contactType(extension.type());
            return (type == null || type.equals(reported))
                    && (typeGroup == null || typeGroup.equals("User") == reported.equals("User"))
                    && (siteId == null || siteId.equals(extension.siteId()));
        }
    }

    private CompanyDirectory() {
    }

    /** The ContactResource {@code type} of an extension type. */
    public static String contactType(String extensionType) {
        if (USER_TYPES.contains(extensionType)) {
            return "User";
        }
        return CONTACT_TYPES.contains(extensionType) ? extensionType : "Unknown";
    }

    /** {@code page}: 1 when absent, else a positive integer (400 ADG-121). */
    public static int page(String raw) {
        if (raw == null || raw.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(raw.trim());
            if (page >= 1) {
                return page;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw invalid("page", "Must be a positive integer");
    }

    /** {@code perPage}: an integer from 1 to 2000, {@code max} (2000) or {@code all} ({@link #ALL}); else 400 ADG-121. */
    public static int perPage(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_PER_PAGE;
        }
        String value = raw.trim();
        if (value.equals("max")) {
            return MAX_PER_PAGE;
        }
        if (value.equals("all")) {
            return ALL;
        }
        try {
            int perPage = Integer.parseInt(value);
            if (perPage >= 1 && perPage <= MAX_PER_PAGE) {
                return perPage;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw invalid("perPage", "Must be an integer from 1 to " + MAX_PER_PAGE + ", 'max' or 'all'");
    }

    /** A boolean parameter ({@code true}/{@code false}, {@code fallback} when absent); else 400 ADG-121. */
    public static boolean flag(String name, String raw, boolean fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        if (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(raw);
        }
        throw invalid(name, "Must be true or false");
    }

    /**
     * The ContactResource of an extension (as the account stores it). The account section is left out when
     * {@code showFederated} is false, as RingCentral does.
     */
    public static ObjectNode contact(ObjectNode extension, Optional<String> directNumber, long accountId,
                                     boolean showFederated) {
        JsonNode contact = extension.path("contact");
        String type = contactType(extension.path("type").asText());
        ObjectNode out = JSON.objectNode();
        out.put("id", extension.path("id").asText());
        out.put("type", type);
        out.put("status", extension.path("status").asText());
        if (type.equals("User")) {
            copy(contact, "firstName", out);
            copy(contact, "lastName", out);
        } else {
            copy(extension, "name", out);
        }
        copy(contact, "email", out);
        copy(extension, "extensionNumber", out);
        copy(contact, "department", out);
        copy(contact, "jobTitle", out);
        out.put("hidden", extension.path("hidden").asBoolean(false));
        if (showFederated) {
            out.putObject("account").put("id", Long.toString(accountId));
        }
        directNumber.ifPresent(number -> out.putArray("phoneNumbers").addObject()
                .put("phoneNumber", number).put("type", "VoiceFax").put("usageType", "DirectNumber"));
        JsonNode site = extension.path("site");
        if (site.isObject()) {
            ObjectNode siteOut = out.putObject("site");
            copy(site, "id", siteOut);
            copy(site, "name", siteOut);
        }
        // CustomFieldResource {id, name, value}: the directory carries the values the extension list leaves out
        if (extension.path("customFields").isArray() && !extension.path("customFields").isEmpty()) {
            var fields = out.putArray("customFields");
            for (JsonNode field : extension.path("customFields")) {
                ObjectNode f = fields.addObject();
                copy(field, "id", f);
                if (field.hasNonNull("displayName")) {
                    f.put("name", field.get("displayName").asText());
                }
                copy(field, "value", f);
            }
        }
        return out;
    }

    /** 400 ADG-121 {@code Parameter [name] is invalid. <info>}, the directory service's error. */
    public static RingCentralApiException invalid(String parameter, String info) {
        return new RingCentralApiException(400, "ADG-121", "Parameter [" + parameter + "] is invalid. " + info,
                parameter, null);
    }

    private static void copy(JsonNode from, String field, ObjectNode to) {
        JsonNode value = from.get(field);
        if (value != null && !value.isNull()) {
            to.put(field, value.asText());
        }
    }
}
