package dev.switchboard.reconciler.domain;

import dev.switchboard.contracts.RingCentralAttributes;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Which Okta profile attribute feeds which RingCentral attribute. */
public final class AttributeMapping {

    /** The standard Okta profile attributes and the RingCentral contact fields they master. */
    public static final Map<String, String> DEFAULTS = defaults();

    private final Map<String, String> oktaToRingCentral;

    private AttributeMapping(Map<String, String> oktaToRingCentral) {
        this.oktaToRingCentral = Collections.unmodifiableMap(new LinkedHashMap<>(oktaToRingCentral));
    }

    public static AttributeMapping defaultMapping() {
        return new AttributeMapping(DEFAULTS);
    }

    /**
     * The defaults with {@code overrides} (Okta attribute → RingCentral attribute) on top. An empty value removes
     * the default for that Okta attribute, so an operator can stop mastering a field.
     */
    public static AttributeMapping withOverrides(Map<String, String> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(DEFAULTS);
        overrides.forEach((okta, ringCentral) -> {
            if (ringCentral == null || ringCentral.isBlank()) {
                merged.remove(okta);
            } else if (!RingCentralAttributes.writable(ringCentral.trim())) {
                throw new IllegalArgumentException("switchboard.mapping: " + okta + " cannot feed " + ringCentral.trim()
                        + ", which RingCentral only lets be read");
            } else {
                merged.put(okta, ringCentral.trim());
            }
        });
        return new AttributeMapping(merged);
    }

    public Map<String, String> oktaToRingCentral() {
        return oktaToRingCentral;
    }

    /** The RingCentral attribute values for an Okta profile; absent or blank Okta values are left out. */
    public Map<String, String> apply(Map<String, Object> oktaProfile) {
        Map<String, String> attributes = new LinkedHashMap<>();
        oktaToRingCentral.forEach((okta, ringCentral) -> {
            Object value = oktaProfile.get(okta);
            if (value != null && !value.toString().isBlank()) {
                attributes.put(ringCentral, value.toString());
            }
        });
        return attributes;
    }

    private static Map<String, String> defaults() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("firstName", RingCentralAttributes.FIRST_NAME);
        m.put("lastName", RingCentralAttributes.LAST_NAME);
        m.put("email", RingCentralAttributes.EMAIL);
        m.put("title", RingCentralAttributes.JOB_TITLE);
        m.put("department", RingCentralAttributes.DEPARTMENT);
        m.put("mobilePhone", RingCentralAttributes.MOBILE_PHONE);
        m.put("primaryPhone", RingCentralAttributes.BUSINESS_PHONE);
        return Collections.unmodifiableMap(m);
    }
}
