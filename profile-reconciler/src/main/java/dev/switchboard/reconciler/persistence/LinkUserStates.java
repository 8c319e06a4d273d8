package dev.switchboard.reconciler.persistence;

import dev.switchboard.reconciler.admin.UserStates;
import dev.switchboard.reconciler.domain.AttributeMapping;
import dev.switchboard.reconciler.domain.Importer;
import dev.switchboard.reconciler.domain.Master;
import dev.switchboard.reconciler.domain.Mastery;
import dev.switchboard.reconciler.domain.ObservedValue;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user's state as the reconciler holds it: the latest link, the last applied Okta snapshot with per-attribute
 * provenance, the master of each mapped attribute and the value we last commanded (the echo ledger).
 */
@ApplicationScoped
public class LinkUserStates implements UserStates {

    private final LinkRepository links;
    private final OktaUserStateRepository oktaStates;
    private final RingCentralExtensionStateRepository extensions;
    private final AttributeMapping mapping;
    private final Mastery mastery;

    public LinkUserStates(LinkRepository links, OktaUserStateRepository oktaStates,
                          RingCentralExtensionStateRepository extensions, AttributeMapping mapping, Mastery mastery) {
        this.links = links;
        this.oktaStates = oktaStates;
        this.extensions = extensions;
        this.mapping = mapping;
        this.mastery = mastery;
    }

    @Override
    public Uni<Optional<UserState>> of(String oktaUserId) {
        return Panache.withSession(() -> links.findLatestByOktaUserId(oktaUserId)
                .chain(link -> oktaStates.findById(oktaUserId).chain(okta -> (link == null || link.extensionId == null
                        ? Uni.createFrom().<RingCentralExtensionStateEntity>nullItem()
                        : extensions.findById(link.extensionId))
                        .map(rc -> view(oktaUserId, link, okta, rc)))));
    }

    /**
     * Every mapped attribute, plus the RingCentral-mastered ones outside the mapping (extension number, custom fields)
     * that RingCentral reported or we set in Okta; those show their app-user attribute as {@code appuser.<name>}.
     */
    private Optional<UserState> view(String oktaUserId, LinkEntity link, OktaUserStateEntity okta,
                                     RingCentralExtensionStateEntity rc) {
        if (link == null && okta == null) {
            return Optional.empty();
        }
        Map<String, ObservedValue> observed = okta == null ? Map.of() : okta.observed();
        Map<String, ObservedValue> ledger = link == null ? Map.of() : link.toCurrent().echoLedger();
        Map<String, ObservedValue> oktaLedger = link == null ? Map.of() : link.oktaLedger();
        Map<String, ObservedValue> ringCentral = rc == null ? Map.of() : ProvenanceJson.read(rc.attributes);
        Map<String, String> oktaNames = new LinkedHashMap<>();
        mapping.oktaToRingCentral().forEach((oktaAttribute, attribute) -> oktaNames.put(attribute, oktaAttribute));
        Set<String> others = new LinkedHashSet<>(ringCentral.keySet());
        others.addAll(oktaLedger.keySet());
        others.stream().filter(a -> !oktaNames.containsKey(a) && mastery.masterOf(a) == Master.RINGCENTRAL)
                .forEach(a -> oktaNames.put(a, "appuser." + Importer.appUserAttribute(a)));
        List<AttributeState> attributes = new ArrayList<>();
        oktaNames.forEach((attribute, oktaAttribute) -> {
            ObservedValue value = observed.get(attribute);
            ObservedValue commanded = ledger.get(attribute);
            ObservedValue inRingCentral = ringCentral.get(attribute);
            ObservedValue setInOkta = oktaLedger.get(attribute);
            attributes.add(new AttributeState(attribute, oktaAttribute, value == null ? null : value.value(),
                    mastery.masterOf(attribute).label(), value == null ? null : value.sourceEventId(),
                    value == null ? null : value.at(), commanded == null ? null : commanded.value(),
                    inRingCentral == null ? null : new UserStates.Observed(inRingCentral.value(),
                            inRingCentral.sourceEventId(), inRingCentral.at()),
                    setInOkta == null ? null : setInOkta.value()));
        });
        return Optional.of(new UserState(oktaUserId, link == null ? null : link.id,
                link == null ? null : link.extensionId, link == null ? null : link.state.name(),
                okta == null ? null : okta.status, link == null ? null : link.updatedAt, attributes));
    }
}
