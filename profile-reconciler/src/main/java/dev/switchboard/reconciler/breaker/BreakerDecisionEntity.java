package dev.switchboard.reconciler.breaker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A destructive command the breaker held, and the operator's decision on it (table breaker_decision). */
@Entity
@Table(name = "breaker_decision")
public class BreakerDecisionEntity {

    /** Waiting for an operator. */
    public static final String PENDING = "PENDING";
    /** Released to the outbox by an operator. */
    public static final String APPROVED = "APPROVED";
    /** Dropped by an operator. */
    public static final String REJECTED = "REJECTED";
    /** A newer status decision for the same link replaced it before an operator decided. */
    public static final String SUPERSEDED = "SUPERSEDED";

    @Id
    public UUID id;

    @Column(name = "link_id", nullable = false)
    public UUID linkId;

    @Column(name = "okta_user_id", nullable = false)
    public String oktaUserId;

    @Column(name = "extension_id")
    public String extensionId;

    /** REMOVE, DISABLE or SUSPEND. */
    @Column(name = "action", nullable = false)
    public String action;

    /** The held RingCentralCommand as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "command", columnDefinition = "jsonb", nullable = false)
    public Map<String, Object> command;

    /** The correlation of the snapshot that caused it; the released command continues it. */
    @Column(name = "correlation_id", nullable = false)
    public String correlationId;

    @Column(name = "causation_id")
    public String causationId;

    /** Why the reconciler wanted it and why the breaker held it. */
    @Column(name = "reason", nullable = false)
    public String reason;

    @Column(name = "held_at", nullable = false)
    public Instant heldAt;

    @Column(name = "status", nullable = false)
    public String status;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** The id of the command sent on approval. */
    @Column(name = "released_command_id")
    public String releasedCommandId;
}
