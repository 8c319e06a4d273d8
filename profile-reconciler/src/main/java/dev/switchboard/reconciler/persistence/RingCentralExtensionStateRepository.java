package dev.switchboard.reconciler.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RingCentralExtensionStateRepository
        implements PanacheRepositoryBase<RingCentralExtensionStateEntity, String> {
}
