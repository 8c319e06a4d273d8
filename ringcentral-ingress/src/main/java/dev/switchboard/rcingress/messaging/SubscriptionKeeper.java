package dev.switchboard.rcingress.messaging;

import dev.switchboard.clients.ringcentral.RingCentralException;
import dev.switchboard.rcingress.client.RingCentralSubscriptions;
import dev.switchboard.rcingress.config.IngressConfig;
import dev.switchboard.rcingress.domain.SubscriptionPlan;
import dev.switchboard.rcingress.domain.SubscriptionView;
import dev.switchboard.rcingress.persistence.ReplicaLock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Keeps exactly one healthy WebHook subscription to {@code switchboard.ringcentral.webhook.public-url}: on start
 * (after a short delay, so the handshake finds the endpoint listening) and every check interval it lists the
 * subscriptions, lets {@link SubscriptionPlan} decide and carries the decision out. A renew that finds the
 * subscription gone creates a new one. The outcome is kept for health and metrics.
 */
@ApplicationScoped
public class SubscriptionKeeper {

    /** Extension List events: every extension of the account, one filter. */
    public static final List<String> EVENT_FILTERS = List.of("/restapi/v1.0/account/~/extension");

    static final String ACTIVE_GAUGE = "switchboard.subscription.active";
    static final String RECREATIONS = "switchboard.subscription.recreations";

    private static final Logger LOG = Logger.getLogger(SubscriptionKeeper.class);

    /**
     * The last check's outcome.
     *
     * @param status         ACTIVE, FAILING, DISABLED, NOT_CONFIGURED or UNCHECKED
     * @param subscriptionId the subscription kept
     * @param expirationTime when it expires
     * @param lastAction     what the last check did (CREATE, RENEW, RECREATE, NOTHING)
     * @param detail         why, or the error
     * @param checkedAt      when
     */
    public record State(String status, String subscriptionId, Instant expirationTime, String lastAction, String detail,
                        Instant checkedAt) {
    }

    private final RingCentralSubscriptions subscriptions;
    private final IngressConfig config;
    private final ReplicaLock locks;
    private final AtomicInteger active = new AtomicInteger();
    private final Counter recreations;
    private volatile State state;

    SubscriptionKeeper(RingCentralSubscriptions subscriptions, IngressConfig config, MeterRegistry registry,
                       ReplicaLock locks) {
        this.subscriptions = subscriptions;
        this.config = config;
        this.locks = locks;
        registry.gauge(ACTIVE_GAUGE, active);
        this.recreations = registry.counter(RECREATIONS);
        this.state = !config.subscription().enabled() ? new State("DISABLED", null, null, null, "switchboard.subscription.enabled=false", null)
                : config.ringcentral().webhook().publicUrl().isEmpty()
                ? new State("NOT_CONFIGURED", null, null, null, "switchboard.ringcentral.webhook.public-url is not set", null)
                : new State("UNCHECKED", null, null, null, "first check pending", null);
    }

    void scheduled() {
        if (config.subscription().enabled() && config.ringcentral().webhook().publicUrl().isPresent()) {
            check();
        }
    }

    public State state() {
        return state;
    }

    /**
     * One check, now. Never throws: a failure is kept in the state (and logged) until the next check. Replicas take
     * turns (a database lock): two checks at once could both find no subscription and both create one.
     */
    public synchronized State check() {
        Optional<String> address = config.ringcentral().webhook().publicUrl();
        if (address.isEmpty()) {
            return state;
        }
        Optional<ReplicaLock.Held> turn;
        try {
            turn = locks.tryAcquire(ReplicaLock.Job.SUBSCRIPTION);
        } catch (IllegalStateException e) {
            LOG.errorf("subscription check skipped: %s", e.getMessage());
            return state;
        }
        if (turn.isEmpty()) {
            return observe(address.get());
        }
        try (ReplicaLock.Held held = turn.get()) {
            return checkHoldingTheLock(address.get());
        }
    }

    /**
     * Another replica is checking: change nothing, but look, so this replica's health and gauge say what RingCentral
     * holds rather than an old or UNCHECKED state.
     */
    private State observe(String address) {
        Instant now = Instant.now();
        try {
            List<SubscriptionView> listed = subscriptions.list();
            SubscriptionPlan plan = plan(listed, address, now);
            Optional<SubscriptionView> kept = plan.action() != SubscriptionPlan.Action.NOTHING
                    && plan.action() != SubscriptionPlan.Action.RENEW ? Optional.empty()
                    : listed.stream().filter(v -> plan.keep().filter(v.id()::equals).isPresent()).findFirst();
            if (kept.isEmpty()) {
                LOG.debugf("another replica is checking the subscription; it will %s (%s)", plan.action(), plan.reason());
                return state;
            }
            active.set(kept.get().blacklisted() ? 0 : 1);
            state = new State(kept.get().blacklisted() ? "FAILING" : "ACTIVE", kept.get().id(),
                    kept.get().expirationTime(), "OBSERVED", "another replica keeps it: " + plan.reason(), now);
        } catch (RingCentralException e) {
            LOG.debugf("another replica is checking the subscription; looking failed: %s", e.getMessage());
        }
        return state;
    }

    /** What a check would do with the subscriptions RingCentral lists (the same rule whether or not it is our turn). */
    private SubscriptionPlan plan(List<SubscriptionView> listed, String address, Instant now) {
        return SubscriptionPlan.decide(listed, address, EVENT_FILTERS, now, config.subscription().renewBefore());
    }

    private State checkHoldingTheLock(String address) {
        Instant now = Instant.now();
        try {
            List<SubscriptionView> listed = subscriptions.list();
            SubscriptionPlan plan = plan(listed, address, now);
            for (String id : plan.delete()) {
                subscriptions.delete(id);
            }
            SubscriptionView kept = switch (plan.action()) {
                case CREATE -> create(address);
                case RECREATE -> {
                    recreations.increment();
                    yield create(address);
                }
                case RENEW -> subscriptions.renew(plan.keep().orElseThrow()).orElseGet(() -> {
                    // gone between the list and the renew (expired and purged): as good as never made
                    recreations.increment();
                    return create(address);
                });
                case NOTHING -> listed.stream().filter(s -> s.id().equals(plan.keep().orElseThrow())).findFirst()
                        .orElseThrow();
            };
            if (plan.action() != SubscriptionPlan.Action.NOTHING || !plan.delete().isEmpty()) {
                LOG.infof("subscription check: %s (%s); now %s until %s", plan.action(), plan.reason(), kept.id(),
                        kept.expirationTime());
            }
            active.set(kept.blacklisted() ? 0 : 1);
            state = new State(kept.blacklisted() ? "FAILING" : "ACTIVE", kept.id(), kept.expirationTime(),
                    plan.action().name(), plan.reason(), now);
        } catch (RingCentralException e) {
            LOG.errorf("subscription check failed: %s", e.getMessage());
            active.set(0);
            state = new State("FAILING", state.subscriptionId(), state.expirationTime(), null,
                    e.error().code() + ": " + e.error().message(), now);
        }
        return state;
    }

    private SubscriptionView create(String address) {
        return subscriptions.create(EVENT_FILTERS, address, config.ringcentral().webhook().verificationToken(),
                config.subscription().expiresIn());
    }
}
