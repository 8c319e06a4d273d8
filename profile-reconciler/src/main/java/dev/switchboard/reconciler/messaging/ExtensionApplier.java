package dev.switchboard.reconciler.messaging;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.contracts.RingCentralExtensionSnapshot;
import dev.switchboard.reconciler.domain.CommandedStatus;
import dev.switchboard.reconciler.domain.CurrentLink;
import dev.switchboard.reconciler.domain.ImportDecision;
import dev.switchboard.reconciler.domain.Importer;
import dev.switchboard.reconciler.domain.LinkState;
import dev.switchboard.reconciler.domain.Matching;
import dev.switchboard.reconciler.domain.OktaLifecycle;
import dev.switchboard.reconciler.domain.RingCentralState;
import dev.switchboard.reconciler.mastery.MasteryStore;
import dev.switchboard.reconciler.persistence.LinkEntity;
import dev.switchboard.reconciler.persistence.LinkRepository;
import dev.switchboard.reconciler.persistence.OktaUserStateRepository;
import dev.switchboard.reconciler.persistence.ProcessedEventRepository;
import dev.switchboard.reconciler.persistence.RcAppUserRepository;
import dev.switchboard.reconciler.persistence.RingCentralExtensionStateEntity;
import dev.switchboard.reconciler.persistence.RingCentralExtensionStateRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Applies one RingCentral extension snapshot in ONE transaction: dedupe on the event id, record the extension's state
 * (provenance), then either import the linked user's RingCentral-mastered changes and lifecycle ({@link Importer}),
 * or match an unlinked user ({@link ImportLinker}); mark the event processed.
 */
@ApplicationScoped
public class ExtensionApplier {

    /** The consumer name in {@code processed_event} and dead letters. */
    public static final String CONSUMER = "profile-reconciler/ringcentral-extensions";

    private static final Logger LOG = Logger.getLogger(ExtensionApplier.class);

    private final ProcessedEventRepository processed;
    private final RingCentralExtensionStateRepository extensions;
    private final LinkRepository links;
    private final OktaUserStateRepository oktaStates;
    private final RcAppUserRepository appUsers;
    private final Importer importer;
    private final ImportLinker linker;
    private final OktaCommandWriter okta;
    private final MasteryStore mastery;
    private final Clock clock;

    public ExtensionApplier(ProcessedEventRepository processed, RingCentralExtensionStateRepository extensions,
                            LinkRepository links, OktaUserStateRepository oktaStates, RcAppUserRepository appUsers,
                            Importer importer, ImportLinker linker, OktaCommandWriter okta, MasteryStore mastery,
                            Clock clock) {
        this.processed = processed;
        this.extensions = extensions;
        this.links = links;
        this.oktaStates = oktaStates;
        this.appUsers = appUsers;
        this.importer = importer;
        this.linker = linker;
        this.okta = okta;
        this.mastery = mastery;
        this.clock = clock;
    }

    public Uni<Void> apply(Event<RingCentralExtensionSnapshot> event) {
        RingCentralExtensionSnapshot snapshot = event.data();
        Instant now = clock.instant();
        return Panache.withTransaction(() -> processed.alreadyProcessed(event.id()).chain(done -> {
            if (done) {
                LOG.debugf("event %s already processed", event.id());
                return Uni.createFrom().voidItem();
            }
            return mastery.refreshed()
                    .chain(() -> extensions.findById(snapshot.extensionId()))
                    .chain(stored -> {
                        if (stale(snapshot, stored)) {
                            LOG.infof("extension %s: snapshot %s (%s) read at %s, before the state held (read at %s):"
                                    + " dropped as stale", snapshot.extensionId(), event.id(), snapshot.source(),
                                    snapshot.readAt(), stored.readAt);
                            return Uni.createFrom().voidItem();
                        }
                        RingCentralState rc = RingCentralState.of(snapshot,
                                stored == null ? Map.of() : stored.toState().attributes());
                        return record(stored, snapshot, rc, event.id(), now)
                                .chain(() -> rc.user() ? decide(event, rc) : ignore(rc));
                    })
                    .chain(() -> processed.markProcessed(event.id(), CONSUMER));
        }));
    }

    /**
     * A snapshot read before the state already recorded (e.g. a long import's snapshot, whose direct numbers were read
     * when the run began, arriving after a webhook's fresher read) would undo newer data: it is dropped.
     */
    static boolean stale(RingCentralExtensionSnapshot snapshot, RingCentralExtensionStateEntity stored) {
        return stored != null && stored.readAt != null && snapshot.readAt() != null
                && snapshot.readAt().isBefore(stored.readAt);
    }

    private Uni<Void> ignore(RingCentralState rc) {
        LOG.debugf("extension %s is of type %s: not imported", rc.extensionId(), rc.type());
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> decide(Event<RingCentralExtensionSnapshot> event, RingCentralState rc) {
        return links.lockActiveByExtensionId(rc.extensionId()).chain(link -> {
            if (link != null) {
                return linked(event, rc, link);
            }
            if (rc.removed()) {
                return appUsers.findById(rc.extensionId()).chain(row -> {
                    if (row == null) {
                        return Uni.createFrom().voidItem();
                    }
                    LOG.infof("extension %s (unlinked, %s) removed in RingCentral: app-user record dropped",
                            rc.extensionId(), row.matchStatus);
                    return appUsers.delete(row);
                });
            }
            return linker.unlinked(event, rc).replaceWithVoid();
        });
    }

    private Uni<Void> linked(Event<RingCentralExtensionSnapshot> event, RingCentralState rc, LinkEntity link) {
        return appUsers.findById(rc.extensionId()).invoke(row -> {
            if (row != null && row.matchStatus != Matching.Status.LINKED
                    && row.matchStatus != Matching.Status.CONFIRMED) {
                // linked meanwhile by push (its CREATE found or created this extension): the record is settled
                row.matchStatus = Matching.Status.LINKED;
                row.oktaUserId = link.oktaUserId;
                row.linkId = link.id;
                row.reason = "linked by push";
                row.updatedAt = clock.instant();
            }
        }).chain(() -> importFor(event, rc, link));
    }

    /**
     * Import for a linked user: the Okta commands RingCentral's state {@code rc} calls for (RingCentral-mastered
     * attributes, lifecycle where RingCentral is profile master). Also used when push's CREATE settles, for the
     * notification of our own create that arrived while it was in flight.
     */
    public Uni<Void> importFor(Event<?> event, RingCentralState rc, LinkEntity link) {
        return oktaStates.findById(link.oktaUserId).chain(user -> {
            ImportDecision decision = importer.decide(rc, link.toLinkedUser(user), mastery);
            LOG.infof("extension %s, link %s, okta user %s (event %s, correlation %s): %s", rc.extensionId(), link.id,
                    link.oktaUserId, event.id(), event.correlationId(), describe(decision));
            if (!(decision instanceof ImportDecision.ToOkta toOkta)) {
                return Uni.createFrom().voidItem();
            }
            Instant now = clock.instant();
            // RingCentral already is in the state that made us command Okta: push must not command it back
            if (toOkta.lifecycle() == OktaLifecycle.SUSPENDED) {
                link.apply(link.toCurrent().withState(LinkState.SUSPENDED, link.extensionId), now);
                link.commandedStatus = CommandedStatus.SUSPENDED;
            } else if (toOkta.lifecycle() == OktaLifecycle.ACTIVE) {
                link.apply(link.toCurrent().withState(LinkState.LINKED, link.extensionId), now);
                link.commandedStatus = CommandedStatus.ACTIVE;
            } else if (toOkta.lifecycle() == OktaLifecycle.DEACTIVATED) {
                CurrentLink removed = link.toCurrent().withState(LinkState.REMOVED, link.extensionId);
                link.apply(removed, now);
                link.commandedStatus = CommandedStatus.REMOVED;
                link.failureReason = "removed in RingCentral";
            }
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (OktaCommand command : toOkta.commands()) {
                Map<String, String> ledger = linker.ledgerOf(rc, link, user, command);
                chain = chain.chain(() -> okta.write(event, link, command, ledger));
            }
            return chain;
        });
    }

    private Uni<Void> record(RingCentralExtensionStateEntity stored, RingCentralExtensionSnapshot snapshot,
                             RingCentralState rc, String eventId, Instant now) {
        RingCentralExtensionStateEntity state = stored != null ? stored : new RingCentralExtensionStateEntity();
        state.extensionId = rc.extensionId();
        state.type = snapshot.type() != null ? snapshot.type() : state.type;
        state.status = snapshot.status() != null ? snapshot.status() : state.status;
        state.removed = rc.removed();
        state.source = snapshot.source();
        state.readAt = snapshot.readAt();
        state.apply(rc.removed() ? Map.of() : rc.attributes(), eventId, now);
        return stored != null ? Uni.createFrom().voidItem() : extensions.persist(state).replaceWithVoid();
    }

    static String describe(ImportDecision decision) {
        if (decision instanceof ImportDecision.NoChange noChange) {
            return "no Okta command (" + noChange.reason() + (noChange.detail() == null ? "" : ": " + noChange.detail())
                    + ")";
        }
        ImportDecision.ToOkta toOkta = (ImportDecision.ToOkta) decision;
        return toOkta.reason() + " → " + toOkta.commands().stream()
                .map(c -> c.action() + (c.attributes().isEmpty() ? "" : " " + c.attributes().keySet()) + " "
                        + c.commandId())
                .collect(Collectors.joining(", "));
    }
}
