package dev.switchboard.reconciler.mastery;

import dev.switchboard.reconciler.config.ReconcilerConfig;
import dev.switchboard.reconciler.domain.AttributeMapping;
import dev.switchboard.reconciler.domain.Importer;
import dev.switchboard.reconciler.domain.Master;
import dev.switchboard.reconciler.domain.Mastery;
import dev.switchboard.reconciler.domain.MasteryPolicy;
import dev.switchboard.reconciler.persistence.MasteryEntity;
import dev.switchboard.reconciler.persistence.MasteryRepository;
import dev.switchboard.reconciler.persistence.MasterySettingEntity;
import dev.switchboard.reconciler.persistence.MasterySettingRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The mastery policy backed by the tables {@code mastery} and {@code mastery_setting}, cached in memory. Deciders
 * call {@link #refreshed()} at the start of their transaction: the cache is reloaded when older than
 * {@code switchboard.mastery.cache-ttl} (changes made through another replica) and at once after a change made here.
 * Until the first load it answers the seeded defaults.
 */
@ApplicationScoped
public class MasteryStore implements Mastery {

    private static final Logger LOG = Logger.getLogger(MasteryStore.class);

    private final MasteryRepository rows;
    private final MasterySettingRepository settings;
    private final Importer importer;
    private final ReconcilerConfig config;
    private final Clock clock;
    private volatile MasteryPolicy policy;
    private volatile Instant loadedAt;

    public MasteryStore(MasteryRepository rows, MasterySettingRepository settings, AttributeMapping mapping,
                        Importer importer, ReconcilerConfig config, Clock clock) {
        this.rows = rows;
        this.settings = settings;
        this.importer = importer;
        this.config = config;
        this.clock = clock;
        this.policy = MasteryPolicy.defaults(mapping);
    }

    @Override
    public Master masterOf(String ringCentralAttribute) {
        return policy.masterOf(ringCentralAttribute);
    }

    @Override
    public Master profileMaster() {
        return policy.profileMaster();
    }

    /** The policy, reloaded first when the cache is stale; call inside a session. */
    public Uni<MasteryPolicy> refreshed() {
        Instant loaded = loadedAt;
        if (loaded != null && loaded.plus(config.mastery().cacheTtl()).isAfter(clock.instant())) {
            return Uni.createFrom().item(policy);
        }
        return load();
    }

    /** Reads both tables; call inside a session. */
    public Uni<MasteryPolicy> load() {
        return rows.listAll().chain(list -> settings.findById(MasterySettingEntity.PROFILE_MASTER).map(setting -> {
            Map<String, Master> masters = new LinkedHashMap<>();
            list.forEach(row -> masters.put(row.attribute, parse(row.master)));
            MasteryPolicy loaded = new MasteryPolicy(setting == null ? Master.OKTA : parse(setting.value), masters);
            if (!loaded.equals(policy)) {
                LOG.infof("mastery policy: profile master %s, %s", loaded.profileMaster().label(), loaded.attributes());
            }
            policy = loaded;
            loadedAt = clock.instant();
            return loaded;
        }));
    }

    /** The rows, for the admin view; call inside a session. */
    public Uni<List<MasteryEntity>> rows() {
        return rows.listAll(io.quarkus.panache.common.Sort.by("attribute"));
    }

    public Uni<MasterySettingEntity> profileMasterSetting() {
        return settings.findById(MasterySettingEntity.PROFILE_MASTER);
    }

    /**
     * Sets the master of one attribute (inserted when the table has no row yet); call inside a transaction. The
     * cache is reloaded on the next {@link #refreshed()}.
     *
     * @return the previous master, or {@code null} when there was no row
     */
    public Uni<Master> setMaster(String attribute, Master master, String actor) {
        return rows.findById(attribute).chain(row -> {
            Master before = row == null ? null : parse(row.master);
            MasteryEntity entity = row != null ? row : new MasteryEntity();
            entity.attribute = attribute;
            entity.master = master.label();
            if (entity.oktaAttribute == null) {
                String profile = importer.profileAttribute(attribute);
                entity.oktaAttribute = profile != null ? profile : Importer.appUserAttribute(attribute);
            }
            entity.updatedBy = actor;
            entity.updatedAt = clock.instant();
            loadedAt = null;
            return (row == null ? rows.persist(entity) : Uni.createFrom().item(entity)).replaceWith(before);
        });
    }

    /** Sets the profile master; call inside a transaction. Returns the previous one. */
    public Uni<Master> setProfileMaster(Master master, String actor) {
        return settings.findById(MasterySettingEntity.PROFILE_MASTER).chain(row -> {
            MasterySettingEntity entity = row != null ? row : new MasterySettingEntity();
            Master before = row == null ? Master.OKTA : parse(row.value);
            entity.name = MasterySettingEntity.PROFILE_MASTER;
            entity.value = master.label();
            entity.updatedBy = actor;
            entity.updatedAt = clock.instant();
            loadedAt = null;
            return (row == null ? settings.persist(entity) : Uni.createFrom().item(entity)).replaceWith(before);
        });
    }

    /** {@code okta} or {@code ringcentral}, case-insensitive. */
    public static Master parse(String value) {
        return Master.valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
