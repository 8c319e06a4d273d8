package dev.switchboard.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * What okta-writer must make true for one link, for attributes and lifecycle RingCentral masters.
 *
 * @param commandId  unique id; the writer's ledger makes a command execute at most once in effect
 * @param linkId     the link between the Okta user and the RingCentral extension
 * @param action     what to do
 * @param oktaUserId the target Okta user ({@code null} for CREATE_USER)
 * @param appId      the RingCentral app instance in Okta
 * @param attributes target values by Okta attribute name (user profile or app-user profile, per action)
 * @param reason     why, in words an operator reads
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OktaCommand(
        String commandId,
        String linkId,
        Action action,
        String oktaUserId,
        String appId,
        Map<String, String> attributes,
        String reason) {

    public OktaCommand {
        attributes = attributes == null ? Map.of() : attributes;
    }

    public enum Action {
        /** Partial update of the Okta user profile. */
        UPDATE_PROFILE,
        /** Update of the app-user profile in the RingCentral app. */
        UPDATE_APP_USER,
        /** Assign the user to the RingCentral app (externalId = extension id). */
        ASSIGN,
        /** Create an Okta user (only where RingCentral is profile master and creation is enabled). */
        CREATE_USER,
        SUSPEND,
        UNSUSPEND,
        DEACTIVATE,
        /** Add the given attributes (name → display name) to the RingCentral app's user schema in Okta. */
        UPDATE_APP_USER_SCHEMA
    }
}
