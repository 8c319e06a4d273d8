package dev.switchboard.reconciler.config;

import dev.switchboard.reconciler.domain.Deactivation;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Typed configuration of profile-reconciler (prefix {@code switchboard}). */
@ConfigMapping(prefix = "switchboard")
public interface ReconcilerConfig {

    /** Okta profile attribute → RingCentral attribute overrides on top of the built-in defaults; empty value drops one. */
    Map<String, String> mapping();

    /** The Debezium outbox relay. */
    Outbox outbox();

    /** Retries of a record whose database work failed before the channel gives up (and the pod restarts). */
    Retry retry();

    /** How Okta lifecycle changes are pushed to RingCentral. */
    Push push();

    /** The mass-deprovisioning breaker. */
    Breaker breaker();

    /** Deduplication of Okta hook events. */
    Dedupe dedupe();

    /** The mastery table's cache. */
    MasteryCache mastery();

    /** Import New Users: matching RingCentral users to Okta users. */
    Matching matching();

    /** Import User Schema. */
    Schema schema();

    interface MasteryCache {
        /** How long the cached mastery table is trusted before it is read again (changes made by other replicas). */
        @WithDefault("30s")
        Duration cacheTtl();
    }

    interface Matching {
        /** Matching rules, in any order: email (RingCentral email = Okta profile.email), login (= Okta profile.login). */
        @WithDefault("email,login")
        java.util.List<String> rules();

        /** auto: link a single full match at once; manual: wait for POST /admin/matches/{extensionId}/confirm. */
        @WithDefault("manual")
        String confirm();

        /** Whether linking also assigns the Okta user to the RingCentral app (OktaCommand ASSIGN, externalId). */
        @WithDefault("true")
        boolean assignInOkta();

        /** Whether an unmatched RingCentral user becomes an Okta user (only where RingCentral is profile master). */
        @WithDefault("false")
        boolean createOktaUsers();
    }

    interface Schema {
        /** Whether RingCentral attributes are added to the Okta app-user schema (OktaCommand UPDATE_APP_USER_SCHEMA). */
        @WithDefault("false")
        boolean pushToOkta();
    }

    interface Push {
        /** What Okta deprovisioning, deletion or unassignment does in RingCentral: remove or disable. */
        @WithDefault("remove")
        Deactivation deactivation();
    }

    interface Breaker {
        /** Length of the sliding window destructive commands (REMOVE, DISABLE, SUSPEND) are counted in. */
        @WithDefault("10m")
        Duration window();

        /** Share of linked users that may be hit by destructive commands within one window. */
        @WithDefault("0.1")
        double maxShare();

        /** Destructive commands that may always pass within one window, however few users are linked. */
        @WithDefault("10")
        int minCount();
    }

    interface Dedupe {
        /** How long seen Okta hook event uuids are kept (Okta retries deliveries for less). */
        @WithDefault("8d")
        Duration retention();

        /** How often expired hook events and breaker window entries are purged. */
        @WithDefault("1h")
        Duration purgeEvery();
    }

    interface Outbox {
        /** Whether this instance runs the relay; exactly one instance per replication slot may. */
        @WithDefault("true")
        boolean enabled();

        /** PostgreSQL logical replication slot the relay reads (also created by migration V2). */
        @WithDefault("switchboard_reconciler_outbox")
        String slotName();

        /** PostgreSQL publication of the outbox table (also created by migration V2). */
        @WithDefault("switchboard_reconciler_outbox")
        String publicationName();

        /** Compacted Kafka topic where Debezium keeps its offsets (the WAL position already relayed). */
        @WithDefault("switchboard.reconciler.outbox-offsets")
        String offsetsTopic();

        /** Replication factor of the offsets topic when Debezium creates it. */
        @WithDefault("1")
        short offsetsReplicationFactor();

        /** How often Debezium polls the replication stream for new changes. */
        @WithDefault("100ms")
        Duration pollInterval();

        /** How often Debezium stores its offsets in the offsets topic. */
        @WithDefault("1s")
        Duration offsetFlushInterval();

        /** How long the relay waits for Kafka to acknowledge a batch before it fails and restarts. */
        @WithDefault("60s")
        Duration sendTimeout();

        /** Pause before the relay restarts after its engine stopped with an error. */
        @WithDefault("5s")
        Duration restartDelay();
    }

    interface Retry {
        /** Attempts after the first one for a failing database transaction. */
        @WithDefault("5")
        int maxRetries();

        /** First back-off between attempts; doubles up to ten times this value. */
        @WithDefault("200ms")
        Duration initialBackoff();
    }
}
