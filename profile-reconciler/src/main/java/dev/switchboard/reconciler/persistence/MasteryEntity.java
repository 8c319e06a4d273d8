package dev.switchboard.reconciler.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the mastery table: the master of one RingCentral attribute. */
@Entity
@Table(name = "mastery")
public class MasteryEntity {

    @Id
    @Column(name = "attribute")
    public String attribute;

    /** okta | ringcentral */
    @Column(name = "master", nullable = false)
    public String master;

    @Column(name = "okta_attribute")
    public String oktaAttribute;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
