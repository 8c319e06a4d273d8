package dev.switchboard.reconciler.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A setting of the mastery policy (today only {@code profile-master}). */
@Entity
@Table(name = "mastery_setting")
public class MasterySettingEntity {

    public static final String PROFILE_MASTER = "profile-master";

    @Id
    @Column(name = "name")
    public String name;

    @Column(name = "value", nullable = false)
    public String value;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
