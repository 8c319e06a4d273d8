package dev.switchboard.reconciler.domain;

import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.contracts.OktaCommand.Action;
import dev.switchboard.contracts.RingCentralAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Import Profile Updates and lifecycle flow-back for a linked user: given a RingCentral snapshot, the link's two echo
 * ledgers and what Okta holds, decide the Okta commands. Pure: no clock, no I/O; ids come from {@code ids}.
 *
 * <p>Per RingCentral-mastered attribute the snapshot's value becomes a command only if it differs from what we last
 * commanded Okta (the Okta-side ledger: our write already went out), is not merely our own RingCentral write coming
 * back (the RingCentral-side ledger, for attributes we never commanded to Okta), and differs from what Okta holds.
 * Attributes the mapping takes from the Okta user profile go to UPDATE_PROFILE; the rest (extension number, custom
 * fields, unmapped contact fields) to the app-user profile (UPDATE_APP_USER) under {@link #appUserAttribute}.
 */
public final class Importer {

    private final AttributeMapping mapping;
    private final Supplier<UUID> ids;

    public Importer(AttributeMapping mapping, Supplier<UUID> ids) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * A linked user as import sees it.
     *
     * @param linkId        the link
     * @param oktaUserId    its Okta user
     * @param state         the link's confirmed state
     * @param ringCentralLedger values we last commanded RingCentral (push's echo ledger)
     * @param oktaLedger    values we last commanded Okta, by RingCentral attribute (import's echo ledger)
     * @param oktaCommanded the Okta status we last commanded, or {@code null}
     * @param oktaStatus    Okta's status from the last applied Okta snapshot, or {@code null}
     * @param oktaValues    Okta's mapped values by RingCentral attribute, from the last applied Okta snapshot
     */
    public record LinkedUser(UUID linkId, String oktaUserId, LinkState state, Map<String, String> ringCentralLedger,
                             Map<String, String> oktaLedger, OktaLifecycle oktaCommanded, String oktaStatus,
                             Map<String, String> oktaValues) {
        public LinkedUser {
            Objects.requireNonNull(linkId, "linkId");
            ringCentralLedger = ringCentralLedger == null ? Map.of() : ringCentralLedger;
            oktaLedger = oktaLedger == null ? Map.of() : oktaLedger;
            oktaValues = oktaValues == null ? Map.of() : oktaValues;
        }

        OktaLifecycle commandedOrImplied() {
            return oktaCommanded != null ? oktaCommanded : OktaLifecycle.impliedBy(oktaStatus);
        }
    }

    /** The Okta app-user attribute a RingCentral attribute lands in when it is not an Okta profile attribute. */
    public static String appUserAttribute(String ringCentralAttribute) {
        if (ringCentralAttribute.startsWith(RingCentralAttributes.CUSTOM_FIELD_PREFIX)) {
            return "rc_" + ringCentralAttribute.substring(RingCentralAttributes.CUSTOM_FIELD_PREFIX.length());
        }
        int dot = ringCentralAttribute.lastIndexOf('.');
        return dot < 0 ? ringCentralAttribute : ringCentralAttribute.substring(dot + 1);
    }

    /** The Okta profile attribute the mapping takes {@code ringCentralAttribute} from, or {@code null}. */
    public String profileAttribute(String ringCentralAttribute) {
        for (Map.Entry<String, String> e : mapping.oktaToRingCentral().entrySet()) {
            if (e.getValue().equals(ringCentralAttribute)) {
                return e.getKey();
            }
        }
        return null;
    }

    public ImportDecision decide(RingCentralState rc, LinkedUser link, Mastery mastery) {
        if (link.state() != LinkState.LINKED && link.state() != LinkState.SUSPENDED) {
            return new ImportDecision.NoChange(ImportDecision.Reason.LINK_NOT_SETTLED, "link is " + link.state());
        }
        boolean ringCentralMastersLifecycle = mastery.profileMaster() == Master.RINGCENTRAL;
        OktaLifecycle commanded = link.commandedOrImplied();
        if (rc.removed()) {
            if (!ringCentralMastersLifecycle) {
                return new ImportDecision.NoChange(ImportDecision.Reason.OKTA_MASTERS_LIFECYCLE,
                        "extension removed in RingCentral; Okta is profile master");
            }
            if (commanded == OktaLifecycle.DEACTIVATED) {
                return new ImportDecision.NoChange(ImportDecision.Reason.ALREADY_DEACTIVATED, "extension removed");
            }
            return new ImportDecision.ToOkta(link.linkId(), List.of(command(link, Action.DEACTIVATE, Map.of(),
                    "Removed in RingCentral (RingCentral is profile master)")), OktaLifecycle.DEACTIVATED,
                    "extension removed in RingCentral");
        }
        List<OktaCommand> commands = new ArrayList<>();
        OktaLifecycle lifecycle = null;
        String lifecycleReason = null;
        if (ringCentralMastersLifecycle && commanded != OktaLifecycle.DEACTIVATED) {
            if ("Disabled".equals(rc.status()) && commanded == OktaLifecycle.ACTIVE) {
                lifecycle = OktaLifecycle.SUSPENDED;
                lifecycleReason = "Disabled in RingCentral (RingCentral is profile master)";
                commands.add(command(link, Action.SUSPEND, Map.of(), lifecycleReason));
            } else if ("Enabled".equals(rc.status()) && commanded == OktaLifecycle.SUSPENDED) {
                lifecycle = OktaLifecycle.ACTIVE;
                lifecycleReason = "Enabled in RingCentral (RingCentral is profile master)";
                commands.add(command(link, Action.UNSUSPEND, Map.of(), lifecycleReason));
            }
        }
        Changes changes = changes(rc, link, mastery);
        if (!changes.profile.isEmpty()) {
            commands.add(command(link, Action.UPDATE_PROFILE, changes.profile,
                    "RingCentral-mastered profile attributes changed in RingCentral: " + changes.profile.keySet()));
        }
        if (!changes.appUser.isEmpty()) {
            commands.add(command(link, Action.UPDATE_APP_USER, changes.appUser,
                    "RingCentral-mastered app attributes changed in RingCentral: " + changes.appUser.keySet()));
        }
        if (commands.isEmpty()) {
            return new ImportDecision.NoChange(changes.echoes.isEmpty() ? ImportDecision.Reason.NO_DIFF
                    : ImportDecision.Reason.ECHO, changes.echoes.isEmpty() ? null : "our own write: " + changes.echoes);
        }
        String reason = lifecycleReason != null ? lifecycleReason : commands.get(0).reason();
        return new ImportDecision.ToOkta(link.linkId(), commands, lifecycle, reason);
    }

    /**
     * The Okta-side target of each changed RingCentral-mastered attribute, by RingCentral attribute (a cleared value
     * is {@code null}). Exposed for the ledger: the applier records these values as commanded.
     */
    public Map<String, String> changedAttributes(RingCentralState rc, LinkedUser link, Mastery mastery) {
        Changes changes = changes(rc, link, mastery);
        return changes.byRingCentral;
    }

    private Changes changes(RingCentralState rc, LinkedUser link, Mastery mastery) {
        Changes changes = new Changes();
        Set<String> attributes = new LinkedHashSet<>(rc.attributes().keySet());
        attributes.addAll(link.oktaLedger().keySet());
        for (String attribute : attributes) {
            if (mastery.masterOf(attribute) != Master.RINGCENTRAL) {
                continue;
            }
            String value = rc.attributes().get(attribute);
            if (Objects.equals(value, link.oktaLedger().get(attribute))) {
                continue;
            }
            if (!link.oktaLedger().containsKey(attribute) && value != null
                    && value.equals(link.ringCentralLedger().get(attribute))) {
                changes.echoes.add(attribute);
                continue;
            }
            String profileAttribute = profileAttribute(attribute);
            if (profileAttribute != null) {
                if (Objects.equals(value, link.oktaValues().get(attribute))) {
                    continue;
                }
                changes.profile.put(profileAttribute, value);
            } else {
                changes.appUser.put(appUserAttribute(attribute), value);
            }
            changes.byRingCentral.put(attribute, value);
        }
        return changes;
    }

    private OktaCommand command(LinkedUser link, Action action, Map<String, String> attributes, String reason) {
        return new OktaCommand(ids.get().toString(), link.linkId().toString(), action, link.oktaUserId(), null,
                new LinkedHashMap<>(attributes), reason);
    }

    private static final class Changes {
        final Map<String, String> profile = new LinkedHashMap<>();
        final Map<String, String> appUser = new LinkedHashMap<>();
        final Map<String, String> byRingCentral = new LinkedHashMap<>();
        final List<String> echoes = new ArrayList<>();
    }
}
