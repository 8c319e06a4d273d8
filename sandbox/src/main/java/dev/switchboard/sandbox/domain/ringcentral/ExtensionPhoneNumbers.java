package dev.switchboard.sandbox.domain.ringcentral;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The records of Get Extension Phone Number List ({@code UserPhoneNumberInfo}): the extension's direct number,
 * if it has one, then the account's main company number, which RingCentral lists for every extension ("plus the
 * company-level numbers that may be used on behalf of this extension") — so callers must filter by
 * {@code usageType=DirectNumber}, as with the real API.
 */
public final class ExtensionPhoneNumbers {

    /** {@code PhoneNumberUsageType} of the OpenAPI file. */
    public static final Set<String> USAGE_TYPES = Set.of("MainCompanyNumber", "AdditionalCompanyNumber",
            "CompanyNumber", "DirectNumber", "CompanyFaxNumber", "FmcBusinessMobileNumber",
            "InventoryFmcBusinessMobileNumber", "ForwardedNumber", "ForwardedCompanyNumber", "ContactCenterNumber",
            "ConferencingNumber", "MeetingsNumber", "NumberPool", "BusinessMobileNumber", "ELIN",
            "PartnerBusinessMobileNumber", "NumberPoolPartnerBusinessMobileNumber", "NumberStorage",
            "IntegrationNumber", "InventoryMobileNumber");
    /** {@code PhoneNumberStatus} of the OpenAPI file. */
    public static final Set<String> STATUSES = Set.of("Normal", "Pending", "PortedIn", "Temporary", "Unknown");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The query filters: usage types (empty: any) and status (null: any). */
    public record Query(Set<String> usageTypes, String status) {

        /** Validates the query values; 400 CMN-101 naming the parameter. */
        public static Query of(List<String> usageTypes, String status) {
            Set<String> types = new LinkedHashSet<>();
            for (String type : usageTypes) {
                if (!USAGE_TYPES.contains(type)) {
                    throw RingCentralApiException.invalid("usageType", type);
                }
                types.add(type);
            }
            if (status != null && !STATUSES.contains(status)) {
                throw RingCentralApiException.invalid("status", status);
            }
            return new Query(types, status);
        }

        boolean matches(String usageType, String numberStatus) {
            return (usageTypes.isEmpty() || usageTypes.contains(usageType))
                    && (status == null || status.equals(numberStatus));
        }
    }

    private ExtensionPhoneNumbers() {
    }

    /**
     * The records for {@code extension} (as the account stores it) matching {@code query}; {@code accountUri} is
     * {@code <base>/restapi/v1.0/account/<accountId>}.
     */
    public static List<ObjectNode> records(ObjectNode extension, Optional<String> directNumber, String accountUri,
                                           Query query) {
        List<ObjectNode> records = new ArrayList<>();
        String base = accountUri.substring(0, accountUri.indexOf("/restapi/"));
        if (directNumber.isPresent() && query.matches("DirectNumber", "Normal")) {
            ObjectNode record = record(directNumber.get(), "DirectNumber", true, accountUri, base);
            record.putArray("features").add("CallerId").add("SmsSender").add("MmsSender");
            ObjectNode owner = record.putObject("extension");
            long id = extension.path("id").asLong();
            owner.put("id", id);
            owner.put("uri", accountUri + "/extension/" + id);
            if (extension.hasNonNull("extensionNumber")) {
                owner.put("extensionNumber", extension.get("extensionNumber").asText());
            }
            records.add(record);
        }
        if (query.matches("MainCompanyNumber", "Normal")) {
            ObjectNode record = record(RingCentralAccount.MAIN_NUMBER, "MainCompanyNumber", false, accountUri, base);
            record.putArray("features").add("CallerId");
            records.add(record);
        }
        return records;
    }

    private static ObjectNode record(String phoneNumber, String usageType, boolean primary, String accountUri,
                                     String base) {
        long id = DirectNumbers.parse(phoneNumber);
        ObjectNode record = JSON.objectNode();
        record.put("uri", accountUri + "/phone-number/" + id);
        record.put("id", id);
        record.put("phoneNumber", phoneNumber);
        record.put("paymentType", "Local");
        record.put("type", "VoiceFax");
        record.put("usageType", usageType);
        record.put("status", "Normal");
        record.put("primary", primary);
        record.putObject("country").put("id", "1").put("uri", base + "/restapi/v1.0/dictionary/country/1")
                .put("name", "United States");
        return record;
    }
}
