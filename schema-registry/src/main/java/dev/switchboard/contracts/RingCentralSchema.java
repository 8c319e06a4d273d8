package dev.switchboard.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * The attributes a RingCentral account offers for mapping: the standard contact fields and its custom fields.
 *
 * @param accountId    the RingCentral account id
 * @param attributes   every attribute, standard ones first
 * @param discoveredAt when the schema was read
 */
public record RingCentralSchema(String accountId, List<Attribute> attributes, Instant discoveredAt) {

    public RingCentralSchema {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    /**
     * @param name          the attribute name used in mappings and commands (see {@link RingCentralAttributes})
     * @param displayName   what RingCentral shows
     * @param type          JSON type of the value (always {@code string} today)
     * @param custom        whether it is one of the account's custom fields
     * @param customFieldId RingCentral's id of the custom field
     * @param readOnly      whether RingCentral only lets it be read (such attributes are always RingCentral-mastered)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attribute(String name, String displayName, String type, boolean custom, String customFieldId,
                            boolean readOnly) {

        /** A writable attribute. */
        public Attribute(String name, String displayName, String type, boolean custom, String customFieldId) {
            this(name, displayName, type, custom, customFieldId, false);
        }
    }
}
