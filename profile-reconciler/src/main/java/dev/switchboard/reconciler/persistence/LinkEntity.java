package dev.switchboard.reconciler.persistence;

import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.reconciler.domain.CommandedStatus;
import dev.switchboard.reconciler.domain.Importer;
import dev.switchboard.reconciler.domain.ObservedValue;
import dev.switchboard.reconciler.domain.OktaLifecycle;
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

    /** RingCentral attribute → {value, sourceEventId (Okta command id), at}: the values we last commanded Okta. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "okta_echo_ledger", columnDefinition = "jsonb", nullable = false)
    public Map<String, Object> oktaEchoLedger = Map.of();

    /** The Okta status we last commanded through import, or {@code null}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "okta_commanded_status")
    public OktaLifecycle oktaCommandedStatus;

    /** Linked by import while the Okta user is not assigned yet: push does not take "unassigned" as "remove". */
    @Column(name = "awaiting_assignment", nullable = false)
    public boolean awaitingAssignment;

    /** The link as import decides on it, with what Okta holds ({@code okta} may be {@code null}). */
    public Importer.LinkedUser toLinkedUser(OktaUserStateEntity okta) {
        return new Importer.LinkedUser(id, oktaUserId, state, toCurrent().lastCommandedValues(),
                ObservedValue.values(oktaLedger()), oktaCommandedStatus, okta == null ? null : okta.status,
                okta == null ? Map.of() : okta.toState().attributes());
    }

    public Map<String, ObservedValue> oktaLedger() {
        return ProvenanceJson.read(oktaEchoLedger);
    }

    /**
     * Records an Okta command in the Okta-side echo ledger: its values by RingCentral attribute ({@code null} clears
     * one) and, for lifecycle commands, the commanded status.
     */
    public void oktaCommanded(OktaCommand command, Map<String, String> byRingCentralAttribute, Instant at) {
        Map<String, ObservedValue> ledger = new java.util.LinkedHashMap<>(oktaLedger());
        byRingCentralAttribute.forEach((attribute, value) -> {
            if (value == null) {
                ledger.remove(attribute);
            } else {
                ledger.put(attribute, new ObservedValue(value, command.commandId(), at));
            }
        });
        oktaEchoLedger = ProvenanceJson.write(ledger);
        switch (command.action()) {
            case SUSPEND -> oktaCommandedStatus = OktaLifecycle.SUSPENDED;
            case UNSUSPEND -> oktaCommandedStatus = OktaLifecycle.ACTIVE;
            case DEACTIVATE -> oktaCommandedStatus = OktaLifecycle.DEACTIVATED;
            default -> { }
        }
    }

    /** An Okta command failed: forget what it commanded, so the next RingCentral snapshot proposes it again. */
    public boolean forgetOkta(String commandId, String action) {
        Map<String, ObservedValue> ledger = new java.util.LinkedHashMap<>(oktaLedger());
        boolean changed = ledger.values().removeIf(v -> commandId.equals(v.sourceEventId()));
        oktaEchoLedger = ProvenanceJson.write(ledger);
        if ("SUSPEND".equals(action) || "UNSUSPEND".equals(action) || "DEACTIVATE".equals(action)) {
            oktaCommandedStatus = null;
            changed = true;
        }
        return changed;
    }

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
