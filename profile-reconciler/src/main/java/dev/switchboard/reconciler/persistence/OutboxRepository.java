package dev.switchboard.reconciler.persistence;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Json;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes events for the Debezium relay. Each row is inserted and deleted in the caller's transaction: the insert
 * lands in the WAL, which is all Debezium reads, and the table never grows, so no clean-up job and no bloat.
 */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEntity, UUID> {

    /** Queues {@code event} for {@code topic} (the event's key is the record key); call inside a transaction. */
    public Uni<Void> enqueue(String topic, Event<?> event) {
        OutboxEntity row = new OutboxEntity();
        row.id = UUID.fromString(event.id());
        row.aggregateType = topic;
        row.aggregateId = event.key();
        row.type = event.type();
        row.payload = Json.writeString(event);
        row.createdAt = Instant.now();
        // flush first: Hibernate would otherwise cancel an unflushed insert that is deleted in the same session
        return persistAndFlush(row)
                .chain(() -> delete("id", row.id))
                .replaceWithVoid();
    }
}
