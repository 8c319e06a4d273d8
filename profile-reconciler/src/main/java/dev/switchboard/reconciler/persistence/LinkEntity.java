package dev.switchboard.reconciler.persistence;

import dev.switchboard.reconciler.domain.CommandedStatus;
import dev.switchboard.reconciler.domain.CurrentLink;
import dev.switchboard.reconciler.domain.LinkState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A link between an Okta user and a RingCentral extension (table {@code link}). */
@Entity
@Table(name = "link")
public class LinkEntity {

    @Id
    public UUID id;

    @Column(name = "okta_user_id", nullable = false)
    public String oktaUserId;

    @Column(name = "extension_id")
    public String extensionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    public LinkState state;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "last_okta_updated")
    public Instant lastOktaUpdated;

    @Column(name = "last_okta_read_at")
    public Instant lastOktaReadAt;

    /** The status we last commanded (the status half of the echo ledger). */
    @Enumerated(EnumType.STRING)
    @Column(name = "commanded_status", nullable = false)
    public CommandedStatus commandedStatus = CommandedStatus.ACTIVE;

    /** RingCentral attribute → {value, sourceEventId (command id), at}: the values we last commanded. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "echo_ledger", columnDefinition = "jsonb", nullable = false)
    public Map<String, Object> echoLedger = Map.of();

    public CurrentLink toCurrent() {
        return new CurrentLink(id, state, extensionId, lastOktaUpdated, lastOktaReadAt, commandedStatus,
                ProvenanceJson.read(echoLedger));
    }

    /** Takes over what the domain changed: state, extension, versions, commanded status and echo ledger. */
    public void apply(CurrentLink link, Instant now) {
        if (link.state() != state || !java.util.Objects.equals(link.extensionId(), extensionId)) {
            updatedAt = now;
        }
        state = link.state();
        extensionId = link.extensionId();
        lastOktaUpdated = link.lastOktaUpdated();
        lastOktaReadAt = link.lastOktaReadAt();
        commandedStatus = link.commandedStatus();
        echoLedger = ProvenanceJson.write(link.echoLedger());
    }
}
