package dev.switchboard.reconciler.domain;

import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.contracts.RingCentralCommand;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** The one decision point: given an Okta user snapshot and the user's current link, decide what to do. */
public final class Reconciler {

    private static final String DEPROVISIONED = "DEPROVISIONED";

    private final AttributeMapping mapping;
    private final Supplier<UUID> ids;

    /** {@code ids} makes link and command ids; tests pass a deterministic source. */
    public Reconciler(AttributeMapping mapping, Supplier<UUID> ids) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    public Reconciler(AttributeMapping mapping) {
        this(mapping, UUID::randomUUID);
    }

    public Decision decide(OktaUserSnapshot snapshot, Optional<CurrentLink> current) {
        if (current.isPresent() && isStale(snapshot, current.get())) {
            return new Decision.NoChange(Decision.Reason.STALE);
        }
        if (current.isPresent() && current.get().state().active()) {
            return new Decision.NoChange(Decision.Reason.ALREADY_LINKED);
        }
        if (!wantsRingCentral(snapshot)) {
            return new Decision.NoChange(Decision.Reason.NOT_ASSIGNED);
        }
        if (current.isPresent() && !isNewer(snapshot, current.get())) {
            // a failed CREATE is retried only when Okta changed the user since, not on every replay
            return new Decision.NoChange(Decision.Reason.FAILED_UNCHANGED);
        }
        return createLink(snapshot);
    }

    /** Assigned to the app, still existing and not deprovisioned. */
    static boolean wantsRingCentral(OktaUserSnapshot snapshot) {
        return snapshot.assigned() && !snapshot.deleted() && !DEPROVISIONED.equals(snapshot.status());
    }

    private static boolean isStale(OktaUserSnapshot snapshot, CurrentLink link) {
        return link.lastOktaUpdated() != null && snapshot.lastUpdated() != null
                && snapshot.lastUpdated().isBefore(link.lastOktaUpdated());
    }

    private static boolean isNewer(OktaUserSnapshot snapshot, CurrentLink link) {
        Instant applied = link.lastOktaUpdated();
        return applied == null || snapshot.lastUpdated() == null || snapshot.lastUpdated().isAfter(applied);
    }

    private Decision createLink(OktaUserSnapshot snapshot) {
        UUID linkId = ids.get();
        RingCentralCommand command = new RingCentralCommand(ids.get().toString(), linkId.toString(),
                RingCentralCommand.Action.CREATE, snapshot.userId(), null, mapping.apply(snapshot.profile()),
                "Okta user assigned to the RingCentral app");
        return new Decision.CreateLink(linkId, snapshot.userId(), snapshot.lastUpdated(), command);
    }
}
