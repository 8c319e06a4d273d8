package dev.switchboard.reconciler.domain;

import dev.switchboard.contracts.RingCentralAttributes;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The mastery table as the domain sees it: a master per RingCentral attribute and the profile-master switch. An
 * attribute without a row is Okta-mastered (what push always did); with RingCentral as profile master every attribute
 * is RingCentral-mastered, whatever its row says.
 *
 * @param profileMaster the profile master: OKTA, or RINGCENTRAL for "everything flows from RingCentral"
 * @param attributes    RingCentral attribute → its master (the table's rows)
 */
public record MasteryPolicy(Master profileMaster, Map<String, Master> attributes) implements Mastery {

    public MasteryPolicy {
        Objects.requireNonNull(profileMaster, "profileMaster");
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /**
     * The seeded defaults (migrations V5, V6): mapped contact attributes Okta, the extension number and the direct
     * number RingCentral.
     */
    public static MasteryPolicy defaults(AttributeMapping mapping) {
        Map<String, Master> rows = new LinkedHashMap<>();
        mapping.oktaToRingCentral().values().forEach(attribute -> rows.put(attribute, Master.OKTA));
        rows.put(RingCentralAttributes.EXTENSION_NUMBER, Master.RINGCENTRAL);
        rows.put(RingCentralAttributes.DIRECT_NUMBER, Master.RINGCENTRAL);
        return new MasteryPolicy(Master.OKTA, rows);
    }

    @Override
    public Master masterOf(String ringCentralAttribute) {
        // RingCentral only lets read-only attributes be read: whatever a row says, Okta cannot master them
        if (profileMaster == Master.RINGCENTRAL || !RingCentralAttributes.writable(ringCentralAttribute)) {
            return Master.RINGCENTRAL;
        }
        return attributes.getOrDefault(ringCentralAttribute, Master.OKTA);
    }

    @Override
    public Master profileMaster() {
        return profileMaster;
    }

    /** Whether {@code name} is an attribute the mastery table may hold: a standard one or a custom field. */
    public static boolean knownAttribute(String name) {
        return name != null && (RingCentralAttributes.STANDARD.contains(name)
                || (name.startsWith(RingCentralAttributes.CUSTOM_FIELD_PREFIX)
                && name.length() > RingCentralAttributes.CUSTOM_FIELD_PREFIX.length()
                && name.substring(RingCentralAttributes.CUSTOM_FIELD_PREFIX.length()).matches("[A-Za-z0-9_-]{1,64}")));
    }
}
