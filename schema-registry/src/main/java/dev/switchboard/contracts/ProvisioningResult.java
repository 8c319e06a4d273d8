package dev.switchboard.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/**
 * The outcome of one command, from the writer that executed it.
 *
 * @param commandId         the command
 * @param linkId            its link
 * @param system            where it was executed
 * @param action            the command's action
 * @param outcome           what happened
 * @param oktaUserId        the Okta user
 * @param extensionId       the RingCentral extension (set after a CREATE)
 * @param appliedAttributes the values the target holds now for the command's attributes
 * @param error             why it failed, when it did
 * @param attempts          how many calls it took
 * @param completedAt       when the writer finished
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProvisioningResult(
        String commandId,
        String linkId,
        TargetSystem system,
        String action,
        Outcome outcome,
        String oktaUserId,
        String extensionId,
        Map<String, String> appliedAttributes,
        ErrorDetail error,
        int attempts,
        Instant completedAt) {

    public ProvisioningResult {
        appliedAttributes = appliedAttributes == null ? Map.of() : appliedAttributes;
    }

    public enum TargetSystem { RINGCENTRAL, OKTA }

    public enum Outcome {
        /** The target was changed. */
        APPLIED,
        /** The target already held the values; nothing was written. */
        UNCHANGED,
        /** CREATE found an existing user with the same email and linked to it. */
        LINKED_EXISTING,
        /** The command was executed before (ledger hit); the earlier outcome stands. */
        DUPLICATE,
        /** Permanent failure; the command is in the dead-letter topic. */
        FAILED
    }
}
