package dev.switchboard.reconciler.breaker;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BreakerPassedRepository implements PanacheRepositoryBase<BreakerPassedEntity, String> {
}
