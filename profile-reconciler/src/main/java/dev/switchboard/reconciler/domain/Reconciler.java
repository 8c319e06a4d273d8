package dev.switchboard.reconciler.domain;

import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.contracts.RingCentralCommand.Action;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The one decision point: given what Okta wants for a user, the last state applied for that user and the user's
 * latest link, decide what RingCentral must be told. Pure: no clock, no I/O; ids come from {@code ids}.
 */
public final class Reconciler {

    private final AttributeMapping mapping;
    private final Mastery mastery;
    private final Deactivation deactivation;
    private final Supplier<UUID> ids;

    /**
     * @param mapping      Okta attribute → RingCentral attribute
     * @param mastery      which side masters each RingCentral attribute; only Okta-mastered ones are pushed
     * @param deactivation what "Okta no longer wants the user" means in RingCentral
     * @param ids          makes link and command ids; tests pass a deterministic source
     */
    public Reconciler(AttributeMapping mapping, Mastery mastery, Deactivation deactivation, Supplier<UUID> ids) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.mastery = Objects.requireNonNull(mastery, "mastery");
        this.deactivation = Objects.requireNonNull(deactivation, "deactivation");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    public Reconciler(AttributeMapping mapping, Supplier<UUID> ids) {
        this(mapping, Mastery.oktaMastersAll(), Deactivation.REMOVE, ids);
    }

    public Reconciler(AttributeMapping mapping) {
        this(mapping, UUID::randomUUID);
    }

    public AttributeMapping mapping() {
        return mapping;
    }

    /** Decides a snapshot against the link alone (no stored Okta state: staleness by the link's version). */
    public Decision decide(OktaUserSnapshot snapshot, Optional<CurrentLink> current) {
        return decide(OktaState.of(snapshot, mapping), Optional.empty(), current);
    }

    /**
     * @param okta        what the snapshot says (or, when a result re-decides, the last applied state itself)
     * @param lastApplied the last Okta state applied for this user, if any; staleness is judged against it, else
     *                    against the link's version
     * @param current     the user's latest link (active, or the last failed / removed one)
     */
    public Decision decide(OktaState okta, Optional<OktaState> lastApplied, Optional<CurrentLink> current) {
        int freshness = freshness(okta, lastApplied, current);
        if (freshness < 0) {
            return new Decision.NoChange(Decision.Reason.STALE);
        }
        if (current.isEmpty() || !current.get().state().active()) {
            if (okta.presence() == Presence.GONE) {
                return new Decision.NoChange(Decision.Reason.NOT_ASSIGNED);
            }
            if (current.isPresent() && current.get().state() == LinkState.FAILED && freshness == 0) {
                // a failed CREATE is retried only when Okta changed the user since, not on every replay
                return new Decision.NoChange(Decision.Reason.FAILED_UNCHANGED);
            }
            // no link, or the last one was removed: re-assignment after removal starts a new link
            return createLink(okta);
        }
        CurrentLink link = current.get();
        switch (link.state()) {
            case PENDING_CREATE:
                return new Decision.NoChange(Decision.Reason.AWAITING_CREATE);
            case REMOVING:
                return new Decision.NoChange(Decision.Reason.AWAITING_REMOVAL);
            default:
                return decideLinked(okta, link);
        }
    }

    private Decision decideLinked(OktaState okta, CurrentLink link) {
        CommandedStatus commanded = link.commandedStatus();
        boolean oktaMastersLifecycle = mastery.profileMaster() == Master.OKTA;
        if (okta.presence() == Presence.GONE && !oktaMastersLifecycle) {
            return new Decision.NoChange(Decision.Reason.RINGCENTRAL_MASTERS_LIFECYCLE);
        }
        if (okta.presence() == Presence.GONE) {
            if (commanded == CommandedStatus.REMOVED || commanded == CommandedStatus.DISABLED) {
                return new Decision.NoChange(Decision.Reason.ALREADY_DEACTIVATED);
            }
            return new Decision.Deactivate(link.id(), command(okta, link, deactivation.action(), Map.of(),
                    deactivationReason(okta)));
        }
        Map<String, String> changed = changedAttributes(okta, link);
        RingCentralCommand update = changed.isEmpty() ? null
                : command(okta, link, Action.UPDATE, changed, "Okta profile changed: " + String.join(", ", changed.keySet()));
        if (!oktaMastersLifecycle) {
            // RingCentral is profile master: its lifecycle flows to Okta (import), never the other way
            return update == null ? new Decision.NoChange(Decision.Reason.NO_DIFF) : new Decision.Update(link.id(), update);
        }
        if (okta.presence() == Presence.SUSPENDED && commanded == CommandedStatus.ACTIVE) {
            return new Decision.Suspend(link.id(), command(okta, link, Action.SUSPEND, Map.of(), "Suspended in Okta"), update);
        }
        if (okta.presence() == Presence.ACTIVE && commanded != CommandedStatus.ACTIVE) {
            String reason = commanded == CommandedStatus.SUSPENDED ? "Unsuspended in Okta" : "Assigned again in Okta";
            return new Decision.Unsuspend(link.id(), command(okta, link, Action.UNSUSPEND, Map.of(), reason), update);
        }
        return update == null ? new Decision.NoChange(Decision.Reason.NO_DIFF) : new Decision.Update(link.id(), update);
    }

    /**
     * The Okta-mastered mapped attributes whose value differs from the one we last commanded (the echo ledger), so
     * our own writes coming back and replays produce nothing. A value cleared in Okta is sent as {@code null}.
     */
    public Map<String, String> changedAttributes(OktaState okta, CurrentLink link) {
        Map<String, String> lastCommanded = link.lastCommandedValues();
        Map<String, String> changed = new LinkedHashMap<>();
        for (String attribute : mapping.oktaToRingCentral().values()) {
            if (mastery.masterOf(attribute) != Master.OKTA) {
                continue;
            }
            String wanted = okta.attributes().get(attribute);
            if (!Objects.equals(wanted, lastCommanded.get(attribute))) {
                changed.put(attribute, wanted);
            }
        }
        return changed;
    }

    /** Negative: older than what was applied (stale); zero: the same version; positive: newer or first. */
    private static int freshness(OktaState okta, Optional<OktaState> lastApplied, Optional<CurrentLink> current) {
        if (lastApplied.isPresent()) {
            return okta.compareVersion(lastApplied.get().lastUpdated(), lastApplied.get().readAt());
        }
        if (current.isPresent() && current.get().lastOktaUpdated() != null) {
            return okta.compareVersion(current.get().lastOktaUpdated(), current.get().lastOktaReadAt());
        }
        return 1;
    }

    private static String deactivationReason(OktaState okta) {
        if (okta.oktaStatus() == null) {
            return "Deleted in Okta";
        }
        return "DEPROVISIONED".equals(okta.oktaStatus()) ? "Deactivated in Okta"
                : "Unassigned from the RingCentral app in Okta";
    }

    private RingCentralCommand command(OktaState okta, CurrentLink link, Action action, Map<String, String> attributes, String reason) {
        return new RingCentralCommand(ids.get().toString(), link.id().toString(), action, okta.oktaUserId(),
                link.extensionId(),
                attributes, reason);
    }

    private Decision createLink(OktaState okta) {
        UUID linkId = ids.get();
        Map<String, String> attributes = new LinkedHashMap<>();
        okta.attributes().forEach((attribute, value) -> {
            if (mastery.masterOf(attribute) == Master.OKTA) {
                attributes.put(attribute, value);
            }
        });
        RingCentralCommand command = new RingCentralCommand(ids.get().toString(), linkId.toString(), Action.CREATE,
                okta.oktaUserId(), null, attributes, "Okta user assigned to the RingCentral app");
        return new Decision.CreateLink(linkId, okta.oktaUserId(), okta.lastUpdated(), command);
    }
}
