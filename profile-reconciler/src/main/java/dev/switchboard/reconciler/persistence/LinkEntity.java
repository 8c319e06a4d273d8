package dev.switchboard.reconciler.persistence;

import dev.switchboard.reconciler.domain.CurrentLink;
import dev.switchboard.reconciler.domain.LinkState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

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

    public CurrentLink toCurrent() {
        return new CurrentLink(id, state, extensionId, lastOktaUpdated);
    }
}
