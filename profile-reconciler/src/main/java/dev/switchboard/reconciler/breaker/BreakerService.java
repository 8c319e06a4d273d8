package dev.switchboard.reconciler.breaker;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.contracts.Topics;
import dev.switchboard.reconciler.admin.BreakerDecisions;
import dev.switchboard.reconciler.domain.Breaker;
import dev.switchboard.reconciler.domain.LinkState;
import dev.switchboard.reconciler.persistence.LinkEntity;
import dev.switchboard.reconciler.persistence.LinkRepository;
import dev.switchboard.reconciler.persistence.OutboxRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The mass-deprovisioning breaker with its persistence: the window of destructive commands that passed
 * (breaker_passed) and the commands it held (breaker_decision), and the operator's decisions on them.
 *
 * <p>{@link #admit} runs inside the transaction that decided the command, under a transaction-scoped advisory lock,
 * so replicas and consumers count one window. A held command's link keeps its state; approval writes the command to
 * the outbox in the same transaction as the status change. While any decision is pending every further destructive
 * command is held too (see {@link Breaker}).
 */
@ApplicationScoped
public class BreakerService implements BreakerDecisions {

    private static final Logger LOG = Logger.getLogger(BreakerService.class);
    /** Action prefix of held Okta commands (import's lifecycle flow-back). */
    public static final String OKTA_PREFIX = "OKTA_";

    /** Arbitrary key of the advisory lock that serializes breaker checks. */
    private static final long WINDOW_LOCK = 0x5357_4254_424b_0001L;

    private final Breaker breaker;
    private final LinkRepository links;
    private final OutboxRepository outbox;
    private final BreakerDecisionRepository decisions;
    private final BreakerPassedRepository passed;
    private final MeterRegistry registry;
    private final AtomicLong pendingGauge = new AtomicLong();

    public BreakerService(Breaker breaker, LinkRepository links, OutboxRepository outbox,
                          BreakerDecisionRepository decisions, BreakerPassedRepository passed, MeterRegistry registry) {
        this.breaker = breaker;
        this.decisions = decisions;
        this.passed = passed;
        this.links = links;
        this.outbox = outbox;
        this.registry = registry;
        registry.gauge("switchboard.breaker.pending", pendingGauge);
    }

    /**
     * Whether a destructive command may go to the outbox now. When not, it is stored as a PENDING decision (the
     * caller must not send it). Call inside the deciding transaction.
     */
    public Uni<Boolean> admit(Event<?> cause, LinkEntity link, RingCentralCommand command) {
        return admit(cause, link, command.commandId(), command.action().name(), command.extensionId(),
                Json.MAPPER.convertValue(command, Map.class), command.reason());
    }

    /**
     * As {@link #admit(Event, LinkEntity, RingCentralCommand)} for a destructive Okta command of import (SUSPEND,
     * DEACTIVATE where RingCentral is profile master): the same window; held ones are stored with the action
     * {@code OKTA_<action>} and released to okta.commands.v1.
     */
    public Uni<Boolean> admit(Event<?> cause, LinkEntity link, OktaCommand command) {
        return admit(cause, link, command.commandId(), OKTA_PREFIX + command.action().name(), link.extensionId,
                Json.MAPPER.convertValue(command, Map.class), command.reason());
    }

    @SuppressWarnings("unchecked")
    private Uni<Boolean> admit(Event<?> cause, LinkEntity link, String commandId, String action, String extensionId,
                               Map<?, ?> command, String reason) {
        return lockWindow()
                .chain(() -> decisions.count("status", BreakerDecisionEntity.PENDING))
                .chain(pending -> passed.list("passedAt > ?1", breaker.windowStart())
                        .chain(recent -> links.countLinkedUsers().map(linked -> breaker.check(
                                recent.stream().map(p -> p.passedAt).toList(), linked, pending))))
                .chain(verdict -> verdict.pass() ? recordPass(link, commandId, action).replaceWith(true)
                        : hold(cause, link, action, extensionId, (Map<String, Object>) command, reason,
                        verdict.reason()).replaceWith(false));
    }

    /** A newer status decision for the link replaces whatever is still held for it. */
    public Uni<Void> supersedePending(UUID linkId, Instant now) {
        return decisions.update("status = ?1, decidedBy = ?2, decidedAt = ?3 where linkId = ?4 and status = ?5",
                BreakerDecisionEntity.SUPERSEDED, "reconciler", now, linkId, BreakerDecisionEntity.PENDING)
                .invoke(count -> {
                    if (count > 0) {
                        LOG.infof("link %s: %d held command(s) superseded by a newer decision", linkId, count);
                    }
                })
                .replaceWithVoid();
    }

    @Override
    public Uni<List<PendingDecision>> pending() {
        return Panache.withSession(() -> decisions.list("status = ?1 order by heldAt", BreakerDecisionEntity.PENDING))
                .invoke(list -> pendingGauge.set(list.size()))
                .map(list -> list.stream().map(BreakerService::view).toList());
    }

    /** Any decision by id, whatever its status. */
    public Uni<Optional<PendingDecision>> find(UUID id) {
        return Panache.withSession(() -> decisions.findById(id)).map(d -> Optional.ofNullable(d).map(BreakerService::view));
    }

    @Override
    public Uni<Optional<PendingDecision>> approve(UUID id, String operator) {
        return Panache.withTransaction(() -> decide(id, operator, true));
    }

    @Override
    public Uni<Optional<PendingDecision>> reject(UUID id, String operator) {
        return Panache.withTransaction(() -> decide(id, operator, false));
    }

    @Override
    public Uni<Integer> approveAll(String operator) {
        return Panache.withSession(() -> decisions.list("status = ?1 order by heldAt", BreakerDecisionEntity.PENDING))
                .onItem().transformToMulti(list -> Multi.createFrom().iterable(list))
                .onItem().transformToUniAndConcatenate(d -> approve(d.id, operator))
                .collect().asList()
                .map(results -> (int) results.stream().filter(Optional::isPresent).count());
    }

    @Override
    public Uni<BreakerState> state() {
        return Panache.withSession(() -> decisions.count("status", BreakerDecisionEntity.PENDING)
                .chain(pending -> passed.count("passedAt > ?1", breaker.windowStart())
                        .chain(inWindow -> links.countLinkedUsers().map(linked -> {
                            pendingGauge.set(pending);
                            int threshold = breaker.threshold(linked);
                            return new BreakerState(pending > 0 || inWindow >= threshold, inWindow.intValue(),
                                    threshold, linked);
                        }))));
    }

    /** Forgets window entries that no longer count. */
    public Uni<Long> purgeWindow() {
        return passed.delete("passedAt <= ?1", breaker.windowStart());
    }

    private Uni<Optional<PendingDecision>> decide(UUID id, String operator, boolean approve) {
        return decisions.findById(id, LockModeType.PESSIMISTIC_WRITE).chain(decision -> {
            if (decision == null || !BreakerDecisionEntity.PENDING.equals(decision.status)) {
                return Uni.createFrom().item(Optional.<PendingDecision>empty());
            }
            decision.status = approve ? BreakerDecisionEntity.APPROVED : BreakerDecisionEntity.REJECTED;
            decision.decidedBy = operator;
            decision.decidedAt = breaker.now();
            registry.counter("switchboard.breaker.decided", "decision", decision.status).increment();
            pendingGauge.updateAndGet(n -> Math.max(0, n - 1));
            if (!approve) {
                // the link keeps its state; the ledger keeps the intent, so the command is not proposed again until
                // Okta changes the user
                LOG.infof("breaker decision %s rejected by %s: %s for link %s dropped", id, operator,
                        decision.action, decision.linkId);
                return Uni.createFrom().item(Optional.of(view(decision)));
            }
            return release(decision).map(ignored -> Optional.of(view(decision)));
        });
    }

    private Uni<Void> release(BreakerDecisionEntity decision) {
        if (decision.action.startsWith(OKTA_PREFIX)) {
            OktaCommand heldOkta = Json.MAPPER.convertValue(decision.command, OktaCommand.class);
            OktaCommand okta = new OktaCommand(UUID.randomUUID().toString(), heldOkta.linkId(), heldOkta.action(),
                    heldOkta.oktaUserId(), heldOkta.appId(), heldOkta.attributes(), heldOkta.reason());
            decision.releasedCommandId = okta.commandId();
            LOG.infof("breaker decision %s approved by %s: Okta %s %s for link %s released", decision.id,
                    decision.decidedBy, okta.action(), okta.commandId(), okta.linkId());
            return outbox.enqueue(Topics.OKTA_COMMANDS.name(), Event.inCorrelation(decision.correlationId,
                    decision.causationId, Topics.OKTA_COMMANDS, okta.linkId(), okta));
        }
        RingCentralCommand held = Json.MAPPER.convertValue(decision.command, RingCentralCommand.class);
        RingCentralCommand command = new RingCentralCommand(UUID.randomUUID().toString(), held.linkId(),
                held.action(), held.oktaUserId(), held.extensionId(), held.attributes(), held.reason());
        decision.releasedCommandId = command.commandId();
        Event<RingCentralCommand> event = Event.inCorrelation(decision.correlationId, decision.causationId,
                Topics.RINGCENTRAL_COMMANDS, command.linkId(), command);
        return links.lock(decision.linkId).chain(link -> {
            if (link != null && command.action() == RingCentralCommand.Action.REMOVE
                    && (link.state == LinkState.LINKED || link.state == LinkState.SUSPENDED)) {
                link.state = LinkState.REMOVING;
                link.updatedAt = breaker.now();
            }
            LOG.infof("breaker decision %s approved by %s: %s %s for link %s released", decision.id,
                    decision.decidedBy, command.action(), command.commandId(), command.linkId());
            return outbox.enqueue(Topics.RINGCENTRAL_COMMANDS.name(), event);
        });
    }

    private Uni<Void> lockWindow() {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(" + WINDOW_LOCK + ")) l")
                .getSingleResult()).replaceWithVoid();
    }

    private Uni<Void> recordPass(LinkEntity link, String commandId, String action) {
        BreakerPassedEntity entry = new BreakerPassedEntity();
        entry.commandId = commandId;
        entry.linkId = link.id;
        entry.action = action;
        entry.passedAt = breaker.now();
        return passed.persist(entry).replaceWithVoid();
    }

    private Uni<Void> hold(Event<?> cause, LinkEntity link, String action, String extensionId,
                           Map<String, Object> command, String reason, String why) {
        BreakerDecisionEntity decision = new BreakerDecisionEntity();
        decision.id = UUID.randomUUID();
        decision.linkId = link.id;
        decision.oktaUserId = link.oktaUserId;
        decision.extensionId = extensionId;
        decision.action = action;
        decision.command = command;
        decision.correlationId = cause.correlationId();
        decision.causationId = cause.id();
        decision.reason = reason + " — held: " + why;
        decision.heldAt = breaker.now();
        decision.status = BreakerDecisionEntity.PENDING;
        registry.counter("switchboard.breaker.held", "action", decision.action).increment();
        pendingGauge.incrementAndGet();
        LOG.warnf("breaker holds %s for link %s (okta user %s, decision %s): %s", decision.action, link.id,
                link.oktaUserId, decision.id, why);
        return decisions.persist(decision).replaceWithVoid();
    }

    private static PendingDecision view(BreakerDecisionEntity d) {
        return new PendingDecision(d.id, d.linkId, d.oktaUserId, d.extensionId, d.action, d.reason, d.heldAt,
                d.status, d.decidedBy);
    }
}
