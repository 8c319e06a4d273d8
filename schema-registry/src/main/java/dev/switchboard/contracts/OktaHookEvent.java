package dev.switchboard.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One System Log event out of an Okta event hook delivery. It says that something happened to whom; it never
 * carries profile values, so consumers re-read the user from the Okta API.
 *
 * @param deliveryId        the delivery's {@code eventId} (Okta's documented dedupe key)
 * @param eventUuid         the LogEvent's {@code uuid} (second dedupe key)
 * @param eventType         System Log event type, e.g. {@code application.user_membership.add}
 * @param published         when Okta published the event; used for ordering and staleness
 * @param outcome           {@code outcome.result}; only SUCCESS drives provisioning
 * @param actor             who did it
 * @param targets           every target, to be searched by type (never by position)
 * @param changedAttributes {@code debugData.changedAttributes}, a hint only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OktaHookEvent(
        String deliveryId,
        String eventUuid,
        String eventType,
        Instant published,
        String outcome,
        Actor actor,
        List<Target> targets,
        String changedAttributes) {

    public OktaHookEvent {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** The first target of the given System Log type ({@code User}, {@code AppInstance}, {@code AppUser}, {@code UserGroup}). */
    public Optional<Target> target(String type) {
        return targets.stream().filter(t -> type.equals(t.type())).findFirst();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Actor(String id, String type, String alternateId, String displayName) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Target(String id, String type, String alternateId, String displayName) {
    }
}
