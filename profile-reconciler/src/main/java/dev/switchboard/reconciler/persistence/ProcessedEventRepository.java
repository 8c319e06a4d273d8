package dev.switchboard.reconciler.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
public class ProcessedEventRepository implements PanacheRepositoryBase<ProcessedEventEntity, String> {

    public Uni<Boolean> alreadyProcessed(String eventId) {
        return findById(eventId).map(e -> e != null);
    }

    /** Records the event as processed; call inside the transaction that applies it. */
    public Uni<Void> markProcessed(String eventId, String consumer) {
        ProcessedEventEntity entity = new ProcessedEventEntity();
        entity.eventId = eventId;
        entity.consumer = consumer;
        entity.processedAt = Instant.now();
        return persist(entity).replaceWithVoid();
    }
}
