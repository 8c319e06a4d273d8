package dev.switchboard.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * What ringcentral-writer must make true for one link. Carries target state, not a diff to replay blindly:
 * the writer reads before it writes and skips what is already so.
 *
 * @param commandId   unique id; the writer's ledger makes a command execute at most once in effect
 * @param linkId      the link between the Okta user and the RingCentral extension
 * @param action      what to do
 * @param oktaUserId  the Okta user the link belongs to
 * @param extensionId the target extension, {@code null} for CREATE
 * @param attributes  target values by {@link RingCentralAttributes} name (only Okta-mastered ones)
 * @param reason      why, in words an operator reads (shown as the status comment on SUSPEND)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RingCentralCommand(
        String commandId,
        String linkId,
        Action action,
        String oktaUserId,
        String extensionId,
        Map<String, String> attributes,
        String reason) {

    public RingCentralCommand {
        attributes = attributes == null ? Map.of() : attributes;
    }

    public enum Action {
        /** Create the user, or link to the one with the same email. */
        CREATE,
        /** Set the given attributes. */
        UPDATE,
        /** Status Disabled, data kept. */
        SUSPEND,
        /** Status Enabled. */
        UNSUSPEND,
        /** Delete the user and its data. */
        REMOVE,
        /** Status Disabled instead of removal, where configured. */
        DISABLE
    }
}
