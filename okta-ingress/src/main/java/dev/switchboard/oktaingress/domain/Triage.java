package dev.switchboard.oktaingress.domain;

import dev.switchboard.contracts.OktaHookEvent;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a hook event makes us re-read a user from Okta, and which one. Only successful events of the handled types
 * that concern our app instance (or no app instance at all) count.
 *
 * @param userId        the Okta user to re-read, when the event counts
 * @param ignoredReason why it does not count, otherwise
 */
public record Triage(String userId, String ignoredReason) {

    public static final Set<String> HANDLED_TYPES = Set.of(
            "application.user_membership.add",
            "application.user_membership.remove",
            "application.user_membership.update",
            "user.lifecycle.create",
            "user.lifecycle.activate",
            "user.lifecycle.reactivate",
            "user.lifecycle.deactivate",
            "user.lifecycle.suspend",
            "user.lifecycle.unsuspend",
            "user.lifecycle.delete.initiated",
            "user.account.update_profile");

    public static final String UNHANDLED_TYPE = "unhandled-type";
    public static final String NOT_SUCCESS = "outcome-not-success";
    public static final String OTHER_APP = "other-app";
    public static final String NO_APP_INSTANCE = "no-app-instance";
    public static final String NO_USER = "no-user-target";

    public static Triage of(OktaHookEvent event, String appId) {
        if (!HANDLED_TYPES.contains(event.eventType())) {
            return ignored(UNHANDLED_TYPE);
        }
        if (!"SUCCESS".equals(event.outcome())) {
            return ignored(NOT_SUCCESS);
        }
        Optional<OktaHookEvent.Target> app = event.target("AppInstance");
        if (app.isPresent() && !app.get().id().equals(appId)) {
            return ignored(OTHER_APP);
        }
        // an assignment change without an app instance cannot be attributed to our app
        if (app.isEmpty() && event.eventType().startsWith("application.")) {
            return ignored(NO_APP_INSTANCE);
        }
        return event.target("User").map(user -> new Triage(user.id(), null)).orElseGet(() -> ignored(NO_USER));
    }

    private static Triage ignored(String reason) {
        return new Triage(null, reason);
    }

    public boolean enrich() {
        return userId != null;
    }
}
