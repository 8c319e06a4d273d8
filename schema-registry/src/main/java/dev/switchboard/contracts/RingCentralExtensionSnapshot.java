package dev.switchboard.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/**
 * The state of a RingCentral extension as the RingCentral API returned it.
 *
 * @param extensionId the immutable extension id (never the extension number)
 * @param removed     the extension no longer exists
 * @param type        extension type (User, …)
 * @param status      Enabled, Disabled, NotActivated, Frozen, Unassigned
 * @param attributes  the extension's attributes by {@link RingCentralAttributes} name, custom fields included; a
 *                    name mapped to null was read and is empty, a name left out was not read this time (consumers
 *                    keep what they knew)
 * @param source      {@code webhook}, {@code import} or {@code on-demand}
 * @param importRunId the full-import run that read it, when {@code source} is {@code import}
 * @param readAt      when the API was read
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RingCentralExtensionSnapshot(
        String extensionId,
        boolean removed,
        String type,
        String status,
        Map<String, String> attributes,
        String source,
        String importRunId,
        Instant readAt) {

    public RingCentralExtensionSnapshot {
        attributes = attributes == null ? Map.of() : attributes;
    }
}
