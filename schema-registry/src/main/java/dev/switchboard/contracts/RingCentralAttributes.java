package dev.switchboard.contracts;

import java.util.List;
import java.util.Set;

/**
 * Names of RingCentral extension attributes as used in snapshots, commands and mappings: the JSON path in the
 * extension resource, and {@code customFields.<id>} for custom fields.
 */
public final class RingCentralAttributes {

    public static final String FIRST_NAME = "contact.firstName";
    public static final String LAST_NAME = "contact.lastName";
    public static final String EMAIL = "contact.email";
    public static final String DEPARTMENT = "contact.department";
    public static final String JOB_TITLE = "contact.jobTitle";
    public static final String COMPANY = "contact.company";
    public static final String MOBILE_PHONE = "contact.mobilePhone";
    public static final String BUSINESS_PHONE = "contact.businessPhone";
    public static final String EXTENSION_NUMBER = "extensionNumber";
    /**
     * The extension's direct number (E.164), read from {@code GET …/extension/{id}/phone-number?usageType=DirectNumber}
     * (or the company directory during a full import), not from the extension resource. Read-only: numbers are
     * assigned in RingCentral's phone-number inventory, never through the extension API.
     */
    public static final String DIRECT_NUMBER = "directNumber";
    public static final String CUSTOM_FIELD_PREFIX = "customFields.";

    /** The standard attributes, in the order schema discovery lists them. */
    public static final List<String> STANDARD = List.of(FIRST_NAME, LAST_NAME, EMAIL, DEPARTMENT, JOB_TITLE, COMPANY,
            MOBILE_PHONE, BUSINESS_PHONE, EXTENSION_NUMBER, DIRECT_NUMBER);

    /** Attributes RingCentral lets us read but not write: always RingCentral-mastered, never in a command. */
    public static final Set<String> READ_ONLY = Set.of(DIRECT_NUMBER);

    private RingCentralAttributes() {
    }

    /** Whether a command may set {@code name} on an extension. */
    public static boolean writable(String name) {
        return !READ_ONLY.contains(name);
    }

    public static String customField(String id) {
        return CUSTOM_FIELD_PREFIX + id;
    }
}
