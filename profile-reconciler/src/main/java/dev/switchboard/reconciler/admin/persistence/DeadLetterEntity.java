package dev.switchboard.reconciler.admin.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A stored dead letter (table {@code dead_letter}): the original record, why it failed, and its replay. */
@Entity
@Table(name = "dead_letter")
public class DeadLetterEntity {

    @Id
    public UUID id;

    /** The DeadLetter event's id; a redelivered dead letter is stored once. */
    @Column(name = "event_id", nullable = false, unique = true)
    public String eventId;

    @Column(name = "consumer", nullable = false)
    public String consumer;

    @Column(name = "source_topic", nullable = false)
    public String sourceTopic;

    @Column(name = "\"partition\"", nullable = false)
    public int partition;

    @Column(name = "\"offset\"", nullable = false)
    public long offset;

    @Column(name = "record_key")
    public String recordKey;

    /** The original record value as UTF-8 text. */
    @Column(name = "payload")
    public String payload;

    @Column(name = "error_code")
    public String errorCode;

    @Column(name = "error_message")
    public String errorMessage;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "failed_at", nullable = false)
    public Instant failedAt;

    @Column(name = "replayed_at")
    public Instant replayedAt;

    @Column(name = "replayed_by")
    public String replayedBy;
}
