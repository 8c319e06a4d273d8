package dev.switchboard.reconciler.persistence;

import dev.switchboard.reconciler.domain.Matching;
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

/** A RingCentral user found unlinked by import, and how it matched Okta users (table rc_app_user). */
@Entity
@Table(name = "rc_app_user")
public class RcAppUserEntity {

    @Id
    @Column(name = "extension_id")
    public String extensionId;

    /** The RingCentral email, normalised. */
    @Column(name = "email")
    public String email;

    /** What matched against Okta logins (RingCentral has no login: the email), normalised. */
    @Column(name = "login")
    public String login;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_status", nullable = false)
    public Matching.Status matchStatus;

    /** Okta user id → {rules, full, linkedTo} (a JSON object: jsonb maps read back as maps, lists do not). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "candidates", columnDefinition = "jsonb", nullable = false)
    public Map<String, Object> candidates = Map.of();

    @Column(name = "reason")
    public String reason;

    /** The Okta user it is matched or linked to. */
    @Column(name = "okta_user_id")
    public String oktaUserId;

    @Column(name = "link_id")
    public UUID linkId;

    /** The operator who confirmed or ignored it, or "auto". */
    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
