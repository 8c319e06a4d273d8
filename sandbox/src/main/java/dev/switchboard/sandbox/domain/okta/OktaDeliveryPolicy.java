package dev.switchboard.sandbox.domain.okta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Okta's delivery behaviour: events combined into batches of at most {@code batchMax}, shuffled when asked
 * (Okta guarantees no order), and each delivery duplicated with probability {@code duplicateRate}
 * (at-least-once). The settings can change at runtime; a seed makes the random choices repeatable.
 */
public final class OktaDeliveryPolicy implements DeliveryPolicy {

    private DeliverySettings settings;
    private Random random;

    public OktaDeliveryPolicy(DeliverySettings settings, Long seed) {
        this.settings = settings;
        this.random = seed == null ? new Random() : new Random(seed);
    }

    public synchronized DeliverySettings settings() {
        return settings;
    }

    /** New settings; a non-null {@code seed} also restarts the random sequence. */
    public synchronized void update(DeliverySettings newSettings, Long seed) {
        this.settings = newSettings;
        if (seed != null) {
            this.random = new Random(seed);
        }
    }

    @Override
    public synchronized List<Planned> plan(List<LogEvent> events) {
        List<LogEvent> order = new ArrayList<>(events);
        if (settings.shuffle()) {
            Collections.shuffle(order, random);
        }
        List<Planned> planned = new ArrayList<>();
        for (int from = 0; from < order.size(); from += settings.batchMax()) {
            List<LogEvent> batch = order.subList(from, Math.min(order.size(), from + settings.batchMax()));
            boolean duplicate = settings.duplicateRate() > 0 && random.nextDouble() < settings.duplicateRate();
            planned.add(new Planned(batch, duplicate));
        }
        return planned;
    }
}
