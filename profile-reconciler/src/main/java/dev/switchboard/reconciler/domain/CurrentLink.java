package dev.switchboard.reconciler.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What the reconciler knows about the latest link of one Okta user, as the decision logic needs it.
 *
 * @param id              the link id
 * @param state           where the link stands
 * @param extensionId     the RingCentral extension, once linked
 * @param lastOktaUpdated Okta's {@code lastUpdated} of the last snapshot applied to this link
 */
public record CurrentLink(UUID id, LinkState state, String extensionId, Instant lastOktaUpdated) {
    public CurrentLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
    }
}
