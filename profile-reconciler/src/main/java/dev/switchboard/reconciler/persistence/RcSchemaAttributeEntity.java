package dev.switchboard.reconciler.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An attribute RingCentral offers (standard contact field or custom field), from ringcentral.schema.v1. */
@Entity
@Table(name = "rc_schema_attribute")
public class RcSchemaAttributeEntity {

    @Id
    @Column(name = "name")
    public String name;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "custom", nullable = false)
    public boolean custom;

    @Column(name = "custom_field_id")
    public String customFieldId;

    @Column(name = "account_id")
    public String accountId;

    /** RingCentral only lets it be read (the direct number): always RingCentral-mastered. */
    @Column(name = "read_only", nullable = false)
    public boolean readOnly;

    @Column(name = "discovered_at", nullable = false)
    public Instant discoveredAt;

    /** When an UPDATE_APP_USER_SCHEMA command added it to the Okta app-user schema. */
    @Column(name = "pushed_at")
    public Instant pushedAt;
}
