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
        @WithDefault("500ms")
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
