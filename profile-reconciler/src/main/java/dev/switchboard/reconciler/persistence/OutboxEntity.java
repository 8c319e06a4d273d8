package dev.switchboard.reconciler.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event for the Debezium outbox relay (table {@code outbox}, EventRouter column names). */
@Entity
@Table(name = "outbox")
public class OutboxEntity {

    @Id
    public UUID id;

    /** The target topic. */
    @Column(name = "aggregatetype", nullable = false)
    public String aggregateType;

    /** The record key (the link id for commands). */
    @Column(name = "aggregateid", nullable = false)
    public String aggregateId;

    /** The event type of the target topic. */
    @Column(name = "type", nullable = false)
    public String type;

    /** The complete serialized event envelope, relayed byte for byte. */
    @Column(name = "payload", nullable = false)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
