package dev.switchboard.reconciler.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MasterySettingRepository implements PanacheRepositoryBase<MasterySettingEntity, String> {
}
