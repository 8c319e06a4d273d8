package dev.switchboard.reconciler.admin.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** One operator action (table {@code audit_log}). */
@Entity
@Table(name = "audit_log")
public class AuditEntryEntity {

    @Id
    public UUID id;

    @Column(name = "at", nullable = false)
    public Instant at;

    /** The token's subject: the Okta client id of a service app, or a user's id. */
    @Column(name = "actor", nullable = false)
    public String actor;

    @Column(name = "action", nullable = false)
    public String action;

    @Column(name = "target")
    public String target;

    @Column(name = "outcome", nullable = false)
    public String outcome;

    /** A JSON object with what else matters about the action (reason, counts, topic, …), or null. */
    @Column(name = "detail")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String detail;
}
