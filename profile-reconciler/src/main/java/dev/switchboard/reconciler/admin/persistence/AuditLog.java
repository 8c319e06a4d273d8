package dev.switchboard.reconciler.admin.persistence;

import dev.switchboard.contracts.Json;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The audit trail of operator actions. Entries are written in the transaction of the change they describe. */
@ApplicationScoped
public class AuditLog implements PanacheRepositoryBase<AuditEntryEntity, UUID> {

    /** Records an action; call inside the transaction that made the change (if any), so both commit or neither. */
    public Uni<Void> record(String actor, String action, String target, String outcome, Map<String, Object> detail) {
        AuditEntryEntity entry = new AuditEntryEntity();
        entry.id = UUID.randomUUID();
        entry.at = Instant.now();
        entry.actor = actor;
        entry.action = action;
        entry.target = target;
        entry.outcome = outcome;
        entry.detail = detail.isEmpty() ? null : Json.writeString(detail);
        return persist(entry).replaceWithVoid();
    }

    /** The newest entries first. */
    public Uni<List<AuditEntryEntity>> newest(int limit) {
        return findAll(Sort.descending("at").and("id")).page(Page.ofSize(limit)).list();
    }
}
