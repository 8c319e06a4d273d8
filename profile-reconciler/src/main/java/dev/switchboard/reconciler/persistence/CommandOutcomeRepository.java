package dev.switchboard.reconciler.persistence;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.ProvisioningResult;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CommandOutcomeRepository implements PanacheRepositoryBase<CommandOutcomeEntity, String> {

    /** Records a result; call inside the transaction that applies it. */
    public Uni<Void> record(Event<ProvisioningResult> event, UUID linkId, Instant now) {
        ProvisioningResult result = event.data();
        CommandOutcomeEntity row = new CommandOutcomeEntity();
        row.resultEventId = event.id();
        row.commandId = result.commandId();
        row.linkId = linkId;
        row.action = result.action();
        row.outcome = result.outcome() == null ? "UNKNOWN" : result.outcome().name();
        row.extensionId = result.extensionId();
        row.errorCode = result.error() == null ? null : result.error().code();
        row.errorMessage = result.error() == null ? null : result.error().message();
        row.appliedAttributes = new LinkedHashMap<>(result.appliedAttributes());
        row.completedAt = result.completedAt();
        row.recordedAt = now;
        return persist(row).replaceWithVoid();
    }

    /** A link's latest outcomes, newest first. */
    public Uni<List<CommandOutcomeEntity>> latest(UUID linkId, int max) {
        return find("linkId = ?1 order by recordedAt desc", linkId).page(0, max).list();
    }
}
