package dev.switchboard.reconciler.persistence;

import dev.switchboard.reconciler.admin.UserStates;
import dev.switchboard.reconciler.domain.AttributeMapping;
import dev.switchboard.reconciler.domain.Mastery;
import dev.switchboard.reconciler.domain.ObservedValue;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
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
    private final AttributeMapping mapping;
    private final Mastery mastery;

    public LinkUserStates(LinkRepository links, OktaUserStateRepository oktaStates, AttributeMapping mapping,
                          Mastery mastery) {
        this.links = links;
        this.oktaStates = oktaStates;
        this.mapping = mapping;
        this.mastery = mastery;
    }

    @Override
    public Uni<Optional<UserState>> of(String oktaUserId) {
        return Panache.withSession(() -> links.findLatestByOktaUserId(oktaUserId)
                .chain(link -> oktaStates.findById(oktaUserId).map(okta -> view(oktaUserId, link, okta))));
    }

    private Optional<UserState> view(String oktaUserId, LinkEntity link, OktaUserStateEntity okta) {
        if (link == null && okta == null) {
            return Optional.empty();
        }
        Map<String, ObservedValue> observed = okta == null ? Map.of() : okta.observed();
        Map<String, ObservedValue> ledger = link == null ? Map.of() : link.toCurrent().echoLedger();
        List<AttributeState> attributes = new ArrayList<>();
        mapping.oktaToRingCentral().forEach((oktaAttribute, attribute) -> {
            ObservedValue value = observed.get(attribute);
            ObservedValue commanded = ledger.get(attribute);
            attributes.add(new AttributeState(attribute, oktaAttribute, value == null ? null : value.value(),
                    mastery.masterOf(attribute).label(), value == null ? null : value.sourceEventId(),
                    value == null ? null : value.at(), commanded == null ? null : commanded.value()));
        });
        return Optional.of(new UserState(oktaUserId, link == null ? null : link.id,
                link == null ? null : link.extensionId, link == null ? null : link.state.name(),
                okta == null ? null : okta.status, link == null ? null : link.updatedAt, attributes));
    }
}
