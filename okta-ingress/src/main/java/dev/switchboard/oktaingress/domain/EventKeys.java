package dev.switchboard.oktaingress.domain;

import dev.switchboard.contracts.OktaHookEvent;
import java.util.List;
import java.util.Optional;

/** Which Kafka key an Okta hook event travels under: the user it is about, found by target type. */
public final class EventKeys {

    /** Target types in order of preference; group.application_assignment.* events have no User target. */
    static final List<String> KEY_TARGET_TYPES = List.of("User", "AppInstance", "UserGroup");

    private EventKeys() {
    }

    /** The id of the User target, else of the AppInstance, else of the UserGroup target. */
    public static Optional<String> keyOf(OktaHookEvent event) {
        for (String type : KEY_TARGET_TYPES) {
            Optional<OktaHookEvent.Target> target = event.target(type);
            if (target.isPresent()) {
                return Optional.of(target.get().id());
            }
        }
        return Optional.empty();
    }

    /** The key, or the event's own uuid for an event about none of those (it then only stays ordered with itself). */
    public static String keyOrUuid(OktaHookEvent event) {
        return keyOf(event).orElse(event.eventUuid());
    }
}
