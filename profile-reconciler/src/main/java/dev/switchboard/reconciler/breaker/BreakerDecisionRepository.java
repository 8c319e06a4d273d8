package dev.switchboard.reconciler.breaker;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class BreakerDecisionRepository implements PanacheRepositoryBase<BreakerDecisionEntity, UUID> {
}
