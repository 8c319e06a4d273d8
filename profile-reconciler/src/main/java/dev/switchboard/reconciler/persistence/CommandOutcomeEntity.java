package dev.switchboard.reconciler.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One result a writer reported for one of our commands (table command_outcome), kept for the admin view. */
@Entity
@Table(name = "command_outcome")
public class CommandOutcomeEntity {

    @Id
    @Column(name = "result_event_id")
    public String resultEventId;

    @Column(name = "command_id", nullable = false)
    public String commandId;

    @Column(name = "link_id", nullable = false)
    public UUID linkId;

    @Column(name = "action", nullable = false)
    public String action;

    /** APPLIED, UNCHANGED, LINKED_EXISTING, DUPLICATE or FAILED. */
    @Column(name = "outcome", nullable = false)
    public String outcome;

    @Column(name = "extension_id")
    public String extensionId;

    @Column(name = "error_code")
    public String errorCode;

    @Column(name = "error_message")
    public String errorMessage;

    /** The values RingCentral holds after the command, as the writer read them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "applied_attributes", columnDefinition = "jsonb")
    public Map<String, Object> appliedAttributes;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
