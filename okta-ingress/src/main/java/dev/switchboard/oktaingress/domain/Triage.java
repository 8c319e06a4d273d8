package dev.switchboard.oktaingress.domain;

import dev.switchboard.contracts.OktaHookEvent;
import java.util.Optional;
import java.util.Set;

/**
 * What a hook event (or the same event found in the System Log) makes us read from Okta: one user, every user
 * assigned to our app, or nothing. Only successful events of the handled types that concern our app instance (or no
 * app instance at all) count.
 *
 * @param action        what to read
 * @param userId        the Okta user to re-read, for {@link Action#READ_USER}
 * @param ignoredReason why the event does not count, for {@link Action#IGNORE}
 */
public record Triage(Action action, String userId, String ignoredReason) {

    /** What an event makes us read. */
    public enum Action {
        /** Re-read the event's User target and its app user. */
        READ_USER,
        /** Re-list the app's assigned users: a group assignment changed who has the app, without naming users. */
        RELIST_APP_USERS,
        /** Nothing; the event is acknowledged and counted. */
        IGNORE
    }

    public static final Set<String> USER_TYPES = Set.of(
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
            "user.account.update_profile",
            // a group membership may add or remove the app (scope GROUP) for that one user
            "group.user_membership.add",
            "group.user_membership.remove");

    /** Group-to-app assignments: they carry the group and the app, never the users who gain or lose the app. */
    public static final Set<String> APP_TYPES = Set.of(
            "group.application_assignment.add",
            "group.application_assignment.remove",
            "group.application_assignment.update");

    /** Every event type we act on; the event hook subscribes to exactly these, the backstop queries exactly these. */
    public static final Set<String> HANDLED_TYPES = union(USER_TYPES, APP_TYPES);

    public static final String UNHANDLED_TYPE = "unhandled-type";
    public static final String NOT_SUCCESS = "outcome-not-success";
    public static final String OTHER_APP = "other-app";
    public static final String NO_APP_INSTANCE = "no-app-instance";
    public static final String NO_USER = "no-user-target";

    public static Triage of(OktaHookEvent event, String appId) {
        String type = event.eventType();
        if (!HANDLED_TYPES.contains(type)) {
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
        if (app.isEmpty() && (type.startsWith("application.") || APP_TYPES.contains(type))) {
            return ignored(NO_APP_INSTANCE);
        }
        if (APP_TYPES.contains(type)) {
            return new Triage(Action.RELIST_APP_USERS, null, null);
        }
        return event.target("User").map(user -> new Triage(Action.READ_USER, user.id(), null))
                .orElseGet(() -> ignored(NO_USER));
    }

    private static Triage ignored(String reason) {
        return new Triage(Action.IGNORE, null, reason);
    }

    /** Whether the event makes us read anything. */
    public boolean counts() {
        return action != Action.IGNORE;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
