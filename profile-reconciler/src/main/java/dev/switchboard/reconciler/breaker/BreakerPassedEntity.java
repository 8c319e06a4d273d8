package dev.switchboard.reconciler.breaker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A destructive command that passed the breaker: the sliding window is made of these (table breaker_passed). */
@Entity
@Table(name = "breaker_passed")
public class BreakerPassedEntity {

    @Id
    @Column(name = "command_id")
    public String commandId;

    @Column(name = "link_id", nullable = false)
    public UUID linkId;

    @Column(name = "action", nullable = false)
    public String action;

    @Column(name = "passed_at", nullable = false)
    public Instant passedAt;
}
