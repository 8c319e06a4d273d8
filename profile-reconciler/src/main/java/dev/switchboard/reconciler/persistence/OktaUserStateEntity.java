package dev.switchboard.reconciler.persistence;

import dev.switchboard.reconciler.domain.ObservedValue;
import dev.switchboard.reconciler.domain.OktaState;
import dev.switchboard.reconciler.domain.Presence;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The last Okta snapshot applied for one Okta user, with per-attribute provenance (table okta_user_state). */
@Entity
@Table(name = "okta_user_state")
public class OktaUserStateEntity {

    @Id
    @Column(name = "okta_user_id")
    public String oktaUserId;

    @Column(name = "status")
    public String status;

    @Enumerated(EnumType.STRING)
    @Column(name = "presence", nullable = false)
    public Presence presence;

    @Column(name = "last_updated")
    public Instant lastUpdated;

    @Column(name = "read_at")
    public Instant readAt;

    /** RingCentral attribute → {value, sourceEventId, at}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "attributes", columnDefinition = "jsonb", nullable = false)
    public Map<String, Object> attributes;

    /** The snapshot event applied last. */
    @Column(name = "source_event_id", nullable = false)
    public String sourceEventId;

    @Column(name = "applied_at", nullable = false)
    public Instant appliedAt;

    /** profile.email, normalised (trim, lower-case), for matching RingCentral users. */
    @Column(name = "email")
    public String email;

    /** profile.login, normalised, for matching RingCentral users. */
    @Column(name = "login")
    public String login;

    public OktaState toState() {
        return new OktaState(oktaUserId, presence, status, ObservedValue.values(observed()), lastUpdated, readAt);
    }

    public Map<String, ObservedValue> observed() {
        return ProvenanceJson.read(attributes);
    }

    /** Records {@code okta} from event {@code eventId}; unchanged values keep their original provenance. */
    public void apply(OktaState okta, String eventId, Instant now) {
        attributes = ProvenanceJson.write(ObservedValue.merge(observed(), okta.attributes(), eventId, now));
        status = okta.oktaStatus();
        presence = okta.presence();
        // null for a deleted user: newer than anything (Okta never reuses a user id)
        lastUpdated = okta.lastUpdated();
        readAt = okta.readAt();
        sourceEventId = eventId;
        appliedAt = now;
    }
}
