package dev.switchboard.reconciler.admin.persistence;

import dev.switchboard.contracts.DeadLetter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DeadLetterRepository implements PanacheRepositoryBase<DeadLetterEntity, UUID> {

    private static final String INSERT = """
            insert into dead_letter (id, event_id, consumer, source_topic, "partition", "offset", record_key, payload,
                                     error_code, error_message, attempts, failed_at)
            values (:id, :eventId, :consumer, :sourceTopic, :partition, :offset, :recordKey, :payload,
                    :errorCode, :errorMessage, :attempts, :failedAt)
            on conflict (event_id) do nothing""";

    /** Stores a dead letter unless its event was stored before; true when it is new. Call inside a transaction. */
    public Uni<Boolean> store(String eventId, DeadLetter letter) {
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                .setParameter("id", UUID.randomUUID())
                .setParameter("eventId", eventId)
                .setParameter("consumer", letter.consumer() == null ? "unknown" : letter.consumer())
                .setParameter("sourceTopic", letter.sourceTopic())
                .setParameter("partition", letter.partition())
                .setParameter("offset", letter.offset())
                .setParameter("recordKey", letter.recordKey())
                .setParameter("payload", letter.payload())
                .setParameter("errorCode", letter.error() == null ? null : letter.error().code())
                .setParameter("errorMessage", letter.error() == null ? null : letter.error().message())
                .setParameter("attempts", letter.attempts())
                .setParameter("failedAt", letter.failedAt() == null ? Instant.now() : letter.failedAt())
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /** The newest dead letters first, optionally of one consumer only. */
    public Uni<List<DeadLetterEntity>> newest(Optional<String> consumer, int limit) {
        Sort sort = Sort.descending("failedAt").and("id");
        return consumer.map(c -> find("consumer", sort, c)).orElseGet(() -> findAll(sort))
                .page(Page.ofSize(limit)).list();
    }

    /** The dead letter locked for this transaction, so two operators cannot replay it at once; null if unknown. */
    public Uni<DeadLetterEntity> lockById(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
