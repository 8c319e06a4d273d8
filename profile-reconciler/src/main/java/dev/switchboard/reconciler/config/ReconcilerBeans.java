package dev.switchboard.reconciler.config;

import dev.switchboard.reconciler.domain.AttributeMapping;
import dev.switchboard.reconciler.domain.Breaker;
import dev.switchboard.reconciler.domain.Importer;
import dev.switchboard.reconciler.domain.Mastery;
import dev.switchboard.reconciler.domain.Matching;
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

    @Produces
    @ApplicationScoped
    Reconciler reconciler(AttributeMapping mapping, Mastery mastery, ReconcilerConfig config) {
        return new Reconciler(mapping, mastery, config.push().deactivation(), UUID::randomUUID);
    }

    @Produces
    @ApplicationScoped
    Importer importer(AttributeMapping mapping) {
        return new Importer(mapping, UUID::randomUUID);
    }

    @Produces
    @ApplicationScoped
    Matching matching(ReconcilerConfig config) {
        return new Matching(config.matching().rules().stream().map(Matching.Rule::parse).toList());
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
