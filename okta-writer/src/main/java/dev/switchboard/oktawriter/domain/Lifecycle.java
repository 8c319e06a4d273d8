package dev.switchboard.oktawriter.domain;

import dev.switchboard.contracts.OktaCommand.Action;
import java.util.Set;

/**
 * Whether a lifecycle command needs a call, given the user's status as just read. Okta refuses transitions that do
 * not start from the right status (suspend only an ACTIVE user, unsuspend only a SUSPENDED one), so the status is read
 * first: a user already in the target state is left alone (UNCHANGED), one that cannot get there fails clearly
 * instead of collecting Okta's E0000001.
 */
public final class Lifecycle {

    /** Statuses in which a user can sign in, more or less: not suspended, not deactivated. */
    private static final Set<String> NOT_SUSPENDED = Set.of("ACTIVE", "RECOVERY", "PASSWORD_EXPIRED", "LOCKED_OUT");

    /** What to do. */
    public enum Step {
        /** Call the lifecycle operation. */
        CALL,
        /** The user is already in the target state. */
        ALREADY,
        /** Okta cannot make this transition from the user's status. */
        NOT_ALLOWED
    }

    /**
     * @param step   what to do
     * @param reason why, in words an operator reads
     */
    public record Decision(Step step, String reason) {
    }

    private Lifecycle() {
    }

    /**
     * @param status                the user's status
     * @param transitioningToStatus the status an asynchronous transition is heading to, or null
     */
    public static Decision decide(Action action, String status, String transitioningToStatus) {
        return switch (action) {
            case SUSPEND -> switch (status) {
                case "SUSPENDED" -> already("suspended");
                case "ACTIVE" -> call();
                default -> notAllowed("Okta suspends only ACTIVE users; this one is " + status);
            };
            case UNSUSPEND -> {
                if ("SUSPENDED".equals(status)) {
                    yield call();
                }
                yield NOT_SUSPENDED.contains(status) ? already("not suspended (" + status + ")")
                        : notAllowed("unsuspend applies to SUSPENDED users; this one is " + status);
            }
            case DEACTIVATE -> "DEPROVISIONED".equals(status) || "DEPROVISIONED".equals(transitioningToStatus)
                    ? already("deactivated") : call();
            default -> throw new IllegalArgumentException(action + " is not a lifecycle action");
        };
    }

    /** The lifecycle operation's path segment: {@code /api/v1/users/{id}/lifecycle/<segment>}. */
    public static String operation(Action action) {
        return switch (action) {
            case SUSPEND -> "suspend";
            case UNSUSPEND -> "unsuspend";
            case DEACTIVATE -> "deactivate";
            default -> throw new IllegalArgumentException(action + " is not a lifecycle action");
        };
    }

    private static Decision call() {
        return new Decision(Step.CALL, null);
    }

    private static Decision already(String state) {
        return new Decision(Step.ALREADY, "the user is already " + state);
    }

    private static Decision notAllowed(String reason) {
        return new Decision(Step.NOT_ALLOWED, reason);
    }
}
