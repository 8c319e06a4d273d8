package dev.switchboard.reconciler.config;

import dev.switchboard.reconciler.domain.AttributeMapping;
import dev.switchboard.reconciler.domain.Breaker;
import dev.switchboard.reconciler.domain.Mastery;
import dev.switchboard.reconciler.domain.Reconciler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.UUID;

/** Wires the framework-free domain objects from configuration. */
public class ReconcilerBeans {

    @Produces
    @ApplicationScoped
    AttributeMapping attributeMapping(ReconcilerConfig config) {
        return AttributeMapping.withOverrides(config.mapping());
    }

    /** Every mapped attribute is Okta-mastered on push until the mastery policy arrives (issue 4). */
    @Produces
    @ApplicationScoped
    Mastery mastery() {
        return Mastery.oktaMastersAll();
    }

    @Produces
    @ApplicationScoped
    Reconciler reconciler(AttributeMapping mapping, Mastery mastery, ReconcilerConfig config) {
        return new Reconciler(mapping, mastery, config.push().deactivation(), UUID::randomUUID);
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    Breaker breaker(ReconcilerConfig config, Clock clock) {
        ReconcilerConfig.Breaker breaker = config.breaker();
        return new Breaker(breaker.window(), breaker.maxShare(), breaker.minCount(), clock);
    }
}
