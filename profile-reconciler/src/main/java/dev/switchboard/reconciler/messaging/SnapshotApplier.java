package dev.switchboard.reconciler.messaging;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.reconciler.domain.Decision;
import dev.switchboard.reconciler.domain.Matching;
import dev.switchboard.reconciler.domain.Presence;
import dev.switchboard.reconciler.mastery.MasteryStore;
import dev.switchboard.reconciler.domain.OktaState;
import dev.switchboard.reconciler.domain.Reconciler;
import dev.switchboard.reconciler.persistence.LinkEntity;
import dev.switchboard.reconciler.persistence.LinkRepository;
import dev.switchboard.reconciler.persistence.OktaUserStateEntity;
import dev.switchboard.reconciler.persistence.OktaUserStateRepository;
import dev.switchboard.reconciler.persistence.ProcessedEventRepository;
import dev.switchboard.reconciler.persistence.SeenHookEvents;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Applies one Okta user snapshot in ONE transaction: dedupe on the event id and on the triggering Okta event's uuid,
 * decide against the last applied state and the user's latest link, record the applied state, write the decision
 * (link, echo ledger, outbox or breaker) and mark the event processed. Either all of it commits or none of it.
 */
@ApplicationScoped
public class SnapshotApplier {

    /** The consumer name in {@code processed_event} and dead letters. */
    public static final String CONSUMER = "profile-reconciler/okta-users";

    private static final Logger LOG = Logger.getLogger(SnapshotApplier.class);

    private final Reconciler reconciler;
    private final LinkRepository links;
    private final OktaUserStateRepository oktaStates;
    private final SeenHookEvents seenHookEvents;
    private final ProcessedEventRepository processed;
    private final DecisionWriter writer;
    private final Clock clock;
    private final MasteryStore mastery;
    private final ImportLinker linker;

    public SnapshotApplier(Reconciler reconciler, LinkRepository links, OktaUserStateRepository oktaStates,
                           SeenHookEvents seenHookEvents, ProcessedEventRepository processed, DecisionWriter writer,
                           Clock clock, MasteryStore mastery, ImportLinker linker) {
        this.mastery = mastery;
        this.linker = linker;
        this.reconciler = reconciler;
        this.links = links;
        this.oktaStates = oktaStates;
        this.seenHookEvents = seenHookEvents;
        this.processed = processed;
        this.writer = writer;
        this.clock = clock;
    }

    /** The decision taken, or empty when the event (or the Okta event behind it) was processed before. */
    public Uni<Optional<Decision>> apply(Event<OktaUserSnapshot> event) {
        OktaUserSnapshot snapshot = event.data();
        Instant now = clock.instant();
        return Panache.withTransaction(() -> processed.alreadyProcessed(event.id()).chain(done -> {
                    if (done) {
                        LOG.debugf("event %s already processed", event.id());
                        return Uni.createFrom().item(Optional.<Decision>empty());
                    }
                    return firstSighting(snapshot, now)
                            .chain(fresh -> {
                                if (!fresh) {
                                    LOG.infof("okta user %s: okta event %s already applied, snapshot %s dropped",
                                            snapshot.userId(), snapshot.hookEventUuid(), event.id());
                                    return Uni.createFrom().item(Optional.<Decision>empty());
                                }
                                return decideAndWrite(event, now).map(Optional::of);
                            })
                            .call(() -> processed.markProcessed(event.id(), CONSUMER));
                }))
                .invoke(decision -> decision.ifPresent(d -> LOG.infof("okta user %s (event %s, correlation %s): %s",
                        snapshot.userId(), event.id(), event.correlationId(), describe(d))));
    }

    private Uni<Boolean> firstSighting(OktaUserSnapshot snapshot, Instant now) {
        if (snapshot.hookEventUuid() == null || snapshot.hookEventUuid().isBlank()) {
            return Uni.createFrom().item(true);
        }
        return seenHookEvents.firstSighting(snapshot.hookEventUuid(), snapshot.userId(), snapshot.hookDeliveryId(), now);
    }

    private Uni<Decision> decideAndWrite(Event<OktaUserSnapshot> event, Instant now) {
        OktaUserSnapshot snapshot = event.data();
        OktaState okta = OktaState.of(snapshot, reconciler.mapping());
        return mastery.refreshed().chain(() -> links.lockLatestByOktaUserId(snapshot.userId()))
                .chain(link -> oktaStates.findById(snapshot.userId()).chain(stored -> {
                    Decision decision = decide(okta, stored, link);
                    if (decision instanceof Decision.NoChange noChange && noChange.reason() == Decision.Reason.STALE) {
                        return Uni.createFrom().item(decision);
                    }
                    if (link != null) {
                        link.apply(link.toCurrent().applied(okta), now);
                    }
                    return record(stored, okta, snapshot, event.id(), now)
                            .chain(state -> writer.write(event, decision, okta, link)
                                    // its RingCentral user's snapshot may have come first and found no match
                                    .chain(() -> state.status == null ? Uni.createFrom().voidItem()
                                            : linker.rematch(event, state.email, state.login)))
                            .replaceWith(decision);
                }));
    }

    /**
     * A link made by import before the Okta user was assigned: "not assigned" is its starting point, not a removal;
     * the first assigned snapshot ends the wait.
     */
    private Decision decide(OktaState okta, OktaUserStateEntity stored, LinkEntity link) {
        Optional<OktaState> lastApplied = Optional.ofNullable(stored).map(OktaUserStateEntity::toState);
        if (link != null && link.awaitingAssignment && link.state.active()) {
            if (okta.presence() == Presence.GONE && okta.oktaStatus() != null
                    && !"DEPROVISIONED".equals(okta.oktaStatus())) {
                Decision decision = reconciler.decide(okta, lastApplied, Optional.of(link.toCurrent()));
                return decision instanceof Decision.NoChange ? decision
                        : new Decision.NoChange(Decision.Reason.AWAITING_ASSIGNMENT);
            }
            link.awaitingAssignment = false;
        }
        return reconciler.decide(okta, lastApplied, Optional.ofNullable(link).map(LinkEntity::toCurrent));
    }

    private Uni<OktaUserStateEntity> record(OktaUserStateEntity stored, OktaState okta, OktaUserSnapshot snapshot,
                                            String eventId, Instant now) {
        OktaUserStateEntity state = stored != null ? stored : new OktaUserStateEntity();
        state.oktaUserId = okta.oktaUserId();
        state.email = Matching.normalise(text(snapshot.profile().get("email")));
        state.login = Matching.normalise(text(snapshot.profile().get("login")));
        state.apply(okta, eventId, now);
        return stored != null ? Uni.createFrom().item(state) : oktaStates.persist(state);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static String describe(Decision decision) {
        if (decision instanceof Decision.CreateLink create) {
            return "new link " + create.linkId() + ", CREATE command " + create.command().commandId();
        }
        if (decision instanceof Decision.NoChange noChange) {
            return "no change (" + noChange.reason() + ")";
        }
        return decision.commands().stream()
                .map(c -> c.action() + (c.action() == RingCentralCommand.Action.UPDATE ? " " + c.attributes().keySet() : "")
                        + " " + c.commandId())
                .collect(Collectors.joining(", ", "link " + decision.commands().get(0).linkId() + ": ", ""));
    }
}
