package dev.switchboard.reconciler.messaging;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.contracts.Topics;
import dev.switchboard.reconciler.domain.Decision;
import dev.switchboard.reconciler.domain.LinkState;
import dev.switchboard.reconciler.domain.Reconciler;
import dev.switchboard.reconciler.persistence.LinkEntity;
import dev.switchboard.reconciler.persistence.LinkRepository;
import dev.switchboard.reconciler.persistence.OutboxRepository;
import dev.switchboard.reconciler.persistence.ProcessedEventRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Applies one Okta user snapshot in ONE transaction: dedupe on the event id, decide, write the link and the
 * command's outbox row, and mark the event processed. Either all of it commits or none of it.
 */
@ApplicationScoped
public class SnapshotApplier {

    /** The consumer name in {@code processed_event} and dead letters. */
    public static final String CONSUMER = "profile-reconciler/okta-users";

    private static final Logger LOG = Logger.getLogger(SnapshotApplier.class);

    private final Reconciler reconciler;
    private final LinkRepository links;
    private final OutboxRepository outbox;
    private final ProcessedEventRepository processed;

    public SnapshotApplier(Reconciler reconciler, LinkRepository links, OutboxRepository outbox,
                           ProcessedEventRepository processed) {
        this.reconciler = reconciler;
        this.links = links;
        this.outbox = outbox;
        this.processed = processed;
    }

    /** The decision taken, or empty when the event was processed before. */
    public Uni<Optional<Decision>> apply(Event<OktaUserSnapshot> event) {
        OktaUserSnapshot snapshot = event.data();
        return Panache.withTransaction(() -> processed.alreadyProcessed(event.id()).chain(done -> {
            if (done) {
                LOG.debugf("event %s already processed", event.id());
                return Uni.createFrom().item(Optional.<Decision>empty());
            }
            return links.findLatestByOktaUserId(snapshot.userId())
                    .map(link -> reconciler.decide(snapshot, Optional.ofNullable(link).map(LinkEntity::toCurrent)))
                    .call(decision -> write(event, decision))
                    .call(() -> processed.markProcessed(event.id(), CONSUMER))
                    .map(Optional::of);
        })).invoke(decision -> decision.ifPresent(d -> LOG.infof("okta user %s (event %s, correlation %s): %s",
                snapshot.userId(), event.id(), event.correlationId(), describe(d))));
    }

    private Uni<Void> write(Event<OktaUserSnapshot> cause, Decision decision) {
        if (decision instanceof Decision.CreateLink create) {
            Instant now = Instant.now();
            LinkEntity link = new LinkEntity();
            link.id = create.linkId();
            link.oktaUserId = create.oktaUserId();
            link.state = LinkState.PENDING_CREATE;
            link.createdAt = now;
            link.updatedAt = now;
            link.lastOktaUpdated = create.lastOktaUpdated();
            Event<RingCentralCommand> command = Event.causedBy(cause, Topics.RINGCENTRAL_COMMANDS,
                    create.linkId().toString(), create.command());
            return links.persist(link).chain(() -> outbox.enqueue(Topics.RINGCENTRAL_COMMANDS.name(), command));
        }
        return Uni.createFrom().voidItem();
    }

    private static String describe(Decision decision) {
        if (decision instanceof Decision.CreateLink create) {
            return "new link " + create.linkId() + ", CREATE command " + create.command().commandId();
        }
        return "no change (" + ((Decision.NoChange) decision).reason() + ")";
    }
}
