package dev.switchboard.reconciler.persistence;

import dev.switchboard.reconciler.domain.ObservedValue;
import dev.switchboard.reconciler.domain.RingCentralState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The last RingCentral snapshot applied per extension, with per-attribute provenance. */
@Entity
@Table(name = "ringcentral_extension_state")
public class RingCentralExtensionStateEntity {

    @Id
    @Column(name = "extension_id")
    public String extensionId;

    @Column(name = "type")
    public String type;

    @Column(name = "status")
    public String status;

    @Column(name = "removed", nullable = false)
    public boolean removed;

    /** RingCentral attribute → {value, sourceEventId, at}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "attributes", columnDefinition = "jsonb", nullable = false)
    public Map<String, Object> attributes = Map.of();

    /** webhook | import | on-demand */
    @Column(name = "source")
    public String source;

    @Column(name = "read_at")
    public Instant readAt;

    @Column(name = "source_event_id", nullable = false)
    public String sourceEventId;

    @Column(name = "applied_at", nullable = false)
    public Instant appliedAt;

    /** The extension as import decides on it. */
    public RingCentralState toState() {
        return new RingCentralState(extensionId, type, status, removed,
                ObservedValue.values(ProvenanceJson.read(attributes)));
    }

    /** Records a snapshot's values; unchanged values keep their original provenance. */
    public void apply(Map<String, String> values, String eventId, Instant now) {
        attributes = ProvenanceJson.write(ObservedValue.merge(
                ProvenanceJson.read(attributes), values, eventId, now));
        sourceEventId = eventId;
        appliedAt = now;
    }
}
