package dev.switchboard.reconciler.messaging;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.reconciler.domain.CurrentLink;
import dev.switchboard.reconciler.domain.Decision;
import dev.switchboard.reconciler.domain.LinkState;
import dev.switchboard.reconciler.domain.OktaState;
import dev.switchboard.reconciler.domain.Reconciler;
import dev.switchboard.reconciler.domain.ResultOutcome;
import dev.switchboard.reconciler.persistence.CommandOutcomeRepository;
import dev.switchboard.reconciler.persistence.LinkEntity;
import dev.switchboard.reconciler.persistence.LinkRepository;
import dev.switchboard.reconciler.persistence.RingCentralExtensionStateRepository;
import dev.switchboard.reconciler.persistence.OktaUserStateRepository;
import dev.switchboard.reconciler.persistence.ProcessedEventRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Applies a writer's result to its link in one idempotent transaction: records the outcome, moves the link (LINKED,
 * SUSPENDED, REMOVED, FAILED), and when an in-flight CREATE or REMOVE settles, decides again from the last applied
 * Okta state — snapshots that arrived meanwhile were deferred, not lost.
 */
@ApplicationScoped
public class ResultApplier {

    /** The consumer name in {@code processed_event} and dead letters. */
    public static final String CONSUMER = "profile-reconciler/provisioning-results";

    private static final Logger LOG = Logger.getLogger(ResultApplier.class);

    private final LinkRepository links;
    private final ProcessedEventRepository processed;
    private final CommandOutcomeRepository outcomes;
    private final OktaUserStateRepository oktaStates;
    private final Reconciler reconciler;
    private final DecisionWriter writer;
    private final Clock clock;
    private final OktaResultApplier oktaResults;
    private final RingCentralExtensionStateRepository extensionStates;
    private final ExtensionApplier extensions;

    public ResultApplier(LinkRepository links, ProcessedEventRepository processed, CommandOutcomeRepository outcomes,
                         OktaUserStateRepository oktaStates, Reconciler reconciler, DecisionWriter writer, Clock clock,
                         OktaResultApplier oktaResults, RingCentralExtensionStateRepository extensionStates,
                         ExtensionApplier extensions) {
        this.extensionStates = extensionStates;
        this.extensions = extensions;
        this.oktaResults = oktaResults;
        this.links = links;
        this.processed = processed;
        this.outcomes = outcomes;
        this.oktaStates = oktaStates;
        this.reconciler = reconciler;
        this.writer = writer;
        this.clock = clock;
    }

    /** Fails with {@link InvalidRecordException} when the result names no known link. */
    public Uni<Void> apply(Event<ProvisioningResult> event) {
        ProvisioningResult result = event.data();
        Instant now = clock.instant();
        if (result.system() == ProvisioningResult.TargetSystem.OKTA) {
            return Panache.withTransaction(() -> processed.alreadyProcessed(event.id()).chain(done -> done
                    ? Uni.createFrom().voidItem()
                    : oktaResults.apply(event, now).chain(() -> processed.markProcessed(event.id(), CONSUMER))));
        }
        UUID linkId = parseLinkId(result.linkId());
        return Panache.withTransaction(() -> processed.alreadyProcessed(event.id()).chain(done -> {
            if (done) {
                return Uni.createFrom().voidItem();
            }
            return links.lock(linkId)
                    .onItem().ifNull().failWith(() -> new InvalidRecordException("UNKNOWN_LINK",
                            "no link " + linkId + " for command " + result.commandId()))
                    .call(link -> outcomes.record(event, linkId, now))
                    .chain(link -> update(link, event, now))
                    .chain(() -> processed.markProcessed(event.id(), CONSUMER));
        }));
    }

    private Uni<Void> update(LinkEntity link, Event<ProvisioningResult> event, Instant now) {
        ProvisioningResult result = event.data();
        CurrentLink before = link.toCurrent();
        Optional<ResultOutcome.Change> change = ResultOutcome.apply(before, result);
        if (change.isEmpty()) {
            LOG.debugf("result %s (%s %s) changes nothing on link %s", event.id(), result.action(), result.outcome(),
                    link.id);
            return Uni.createFrom().voidItem();
        }
        ResultOutcome.Change c = change.get();
        Optional<RingCentralCommand.Action> action = actionOf(result.action());
        CurrentLink after = c.forgetCommand() && result.commandId() != null && action.isPresent()
                ? before.forget(result.commandId(), action.get(), c.state())
                : before.withState(c.state(), c.extensionId());
        link.apply(after, now);
        link.failureReason = c.failureReason() != null ? c.failureReason() : link.failureReason;
        if (c.state() == LinkState.REMOVED && c.failureReason() != null) {
            LOG.warnf("link %s (okta user %s): extension %s is gone in RingCentral (%s); link REMOVED, row kept",
                    link.id, link.oktaUserId, link.extensionId, c.failureReason());
        } else {
            LOG.infof("link %s (correlation %s): %s %s → %s, extension %s%s", link.id, event.correlationId(),
                    result.action(), result.outcome(), link.state, link.extensionId,
                    c.failureReason() == null ? "" : " (" + c.failureReason() + ")");
        }
        boolean settled = (before.state() == LinkState.PENDING_CREATE || before.state() == LinkState.REMOVING)
                && after.state() != before.state() && after.state() != LinkState.FAILED;
        if (!settled) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> again = decideAgain(link, event);
        return before.state() == LinkState.PENDING_CREATE && after.state() == LinkState.LINKED
                ? again.chain(() -> importRecorded(link, event)) : again;
    }

    /**
     * RingCentral's notification of our own create usually arrives before the writer's result and is not matched
     * then (the CREATE is in flight); its state was recorded. Now that the link has its extension, import from it, so
     * RingCentral-mastered values (the extension number RingCentral chose) reach Okta without waiting for the next
     * change or full import.
     */
    private Uni<Void> importRecorded(LinkEntity link, Event<ProvisioningResult> event) {
        return extensionStates.findById(link.extensionId).chain(recorded -> recorded == null || recorded.removed
                ? Uni.createFrom().voidItem()
                : extensions.importFor(event, recorded.toState(), link));
    }

    /** Snapshots that arrived while the CREATE or REMOVE was in flight were deferred: decide from the latest one. */
    private Uni<Void> decideAgain(LinkEntity link, Event<ProvisioningResult> event) {
        // the link's new state must reach the database before a new link may be inserted (partial unique index)
        return links.flush()
                .chain(() -> links.lockLatestByOktaUserId(link.oktaUserId))
                .chain(latest -> oktaStates.findById(link.oktaUserId).chain(stored -> {
                    if (stored == null || latest == null || !latest.id.equals(link.id)) {
                        return Uni.createFrom().voidItem();
                    }
                    OktaState okta = stored.toState();
                    Decision decision = reconciler.decide(okta, Optional.of(okta), Optional.of(latest.toCurrent()));
                    if (!decision.commands().isEmpty()) {
                        LOG.infof("okta user %s after %s settled: %s", link.oktaUserId, event.data().action(),
                                SnapshotApplier.describe(decision));
                    }
                    return writer.write(event, decision, okta, latest);
                }));
    }

    private static Optional<RingCentralCommand.Action> actionOf(String action) {
        try {
            return Optional.of(RingCentralCommand.Action.valueOf(action));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static UUID parseLinkId(String linkId) {
        try {
            return UUID.fromString(linkId);
        } catch (RuntimeException e) {
            throw new InvalidRecordException("INVALID_LINK_ID", "link id is not a UUID: " + linkId);
        }
    }
}
