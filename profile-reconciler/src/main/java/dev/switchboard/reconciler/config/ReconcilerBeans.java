package dev.switchboard.reconciler.config;

import dev.switchboard.reconciler.domain.AttributeMapping;
import dev.switchboard.reconciler.domain.Reconciler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Wires the framework-free domain objects from configuration. */
public class ReconcilerBeans {

    @Produces
    @ApplicationScoped
    AttributeMapping attributeMapping(ReconcilerConfig config) {
        return AttributeMapping.withOverrides(config.mapping());
    }

    @Produces
    @ApplicationScoped
    Reconciler reconciler(AttributeMapping mapping) {
        return new Reconciler(mapping);
    }
}
