package dev.switchboard.reconciler.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An event a consumer has already applied (table {@code processed_event}). */
@Entity
@Table(name = "processed_event")
public class ProcessedEventEntity {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "consumer", nullable = false)
    public String consumer;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;
}
