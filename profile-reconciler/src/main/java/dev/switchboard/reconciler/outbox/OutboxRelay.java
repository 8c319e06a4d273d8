package dev.switchboard.reconciler.outbox;

import dev.switchboard.reconciler.config.ReconcilerConfig;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import io.debezium.engine.format.ChangeEventFormat;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Relays the outbox table to Kafka with Debezium embedded: reads the outbox inserts from PostgreSQL's WAL through a
 * logical replication slot, routes each by its {@code aggregatetype} column to the topic of that name, and produces
 * the stored payload unchanged, keyed by {@code aggregateid}, with the outbox id in header {@code id}.
 *
 * <p>Guarantees: at-least-once, in commit order. A batch is marked processed only after Kafka acknowledged every
 * record of it, so Debezium's offsets (kept in a compacted Kafka topic) never pass an unsent event; after a crash
 * the tail since the last stored offset is sent again, and consumers dedupe on the event id.
 *
 * <p>Only one relay may read a slot at a time (PostgreSQL refuses a second reader): with several replicas, enable
 * the relay on one ({@code switchboard.outbox.enabled}). A second enabled relay keeps failing to attach and
 * retrying, i.e. it takes over when the active one stops.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String ENGINE_NAME = "switchboard-reconciler-outbox";

    private final ReconcilerConfig.Outbox config;
    private final String bootstrapServers;
    private final String jdbcUrl;
    private final String username;
    private final String password;

    private final AtomicBoolean taskRunning = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private ScheduledExecutorService executor;
    private KafkaProducer<String, byte[]> producer;
    private volatile DebeziumEngine<RecordChangeEvent<SourceRecord>> engine;

    public OutboxRelay(ReconcilerConfig config,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                       @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
                       @ConfigProperty(name = "quarkus.datasource.username") String username,
                       @ConfigProperty(name = "quarkus.datasource.password", defaultValue = "") String password) {
        this.config = config.outbox();
        this.bootstrapServers = bootstrapServers;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    /** Whether the relay's task is streaming from the replication slot. */
    public boolean running() {
        return taskRunning.get();
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            LOG.info("outbox relay disabled on this instance (switchboard.outbox.enabled=false)");
            return;
        }
        ClassLoader appClassLoader = Thread.currentThread().getContextClassLoader();
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "outbox-relay");
            thread.setContextClassLoader(appClassLoader);
            thread.setDaemon(true);
            return thread;
        });
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
        executor.execute(this::runEngine);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (executor == null) {
            return;
        }
        stopping.set(true);
        closeEngine();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close();
        LOG.info("outbox relay stopped");
    }

    private void runEngine() {
        if (stopping.get()) {
            return;
        }
        engine = DebeziumEngine.create(ChangeEventFormat.of(io.debezium.embedded.Connect.class))
                .using(engineConfig())
                .using(new DebeziumEngine.ConnectorCallback() {
                    @Override
                    public void taskStarted() {
                        taskRunning.set(true);
                        LOG.infof("outbox relay streaming from slot %s", config.slotName());
                    }

                    @Override
                    public void taskStopped() {
                        taskRunning.set(false);
                    }
                })
                .using((success, message, error) -> {
                    taskRunning.set(false);
                    if (!success && !stopping.get()) {
                        LOG.errorf(error, "outbox relay stopped: %s; restarting in %s", message, config.restartDelay());
                        closeEngine();
                        executor.schedule(this::runEngine, config.restartDelay().toMillis(), TimeUnit.MILLISECONDS);
                    }
                })
                .notifying(this::relay)
                .build();
        engine.run();
    }

    private void closeEngine() {
        DebeziumEngine<?> current = engine;
        if (current != null) {
            try {
                current.close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("could not close the Debezium engine cleanly", e);
            }
        }
    }

    /** Produces one batch and waits for every ack before marking it processed (which lets Debezium commit). */
    private void relay(List<RecordChangeEvent<SourceRecord>> batch,
                       DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer)
            throws InterruptedException {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (RecordChangeEvent<SourceRecord> change : batch) {
            SourceRecord record = change.record();
            if (record.value() != null) {
                acks.add(producer.send(toProducerRecord(record)));
            }
        }
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // failing the batch stops the engine before it commits; the restart sends the batch again
                throw new IllegalStateException("Kafka did not acknowledge an outbox event", e);
            }
        }
        for (RecordChangeEvent<SourceRecord> change : batch) {
            committer.markProcessed(change);
        }
        committer.markBatchFinished();
    }

    static ProducerRecord<String, byte[]> toProducerRecord(SourceRecord record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (header.value() != null) {
                headers.add(header.key(), String.valueOf(header.value()).getBytes(StandardCharsets.UTF_8));
            }
        }
        Object value = record.value();
        byte[] payload = value instanceof byte[] bytes ? bytes : value.toString().getBytes(StandardCharsets.UTF_8);
        String key = record.key() == null ? null : record.key().toString();
        return new ProducerRecord<>(record.topic(), null, key, payload, headers);
    }

    private Map<String, Object> producerConfig() {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, ENGINE_NAME,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    }

    Properties engineConfig() {
        DatabaseAddress database = DatabaseAddress.fromJdbcUrl(jdbcUrl);
        Properties props = new Properties();
        props.setProperty("name", ENGINE_NAME);
        props.setProperty("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
        props.setProperty("topic.prefix", ENGINE_NAME);
        props.setProperty("database.hostname", database.host());
        props.setProperty("database.port", Integer.toString(database.port()));
        props.setProperty("database.dbname", database.database());
        props.setProperty("database.user", username);
        props.setProperty("database.password", password);
        props.setProperty("plugin.name", "pgoutput");
        props.setProperty("slot.name", config.slotName());
        props.setProperty("publication.name", config.publicationName());
        props.setProperty("publication.autocreate.mode", "filtered");
        props.setProperty("table.include.list", "public.outbox");
        props.setProperty("snapshot.mode", "no_data");
        // rows are deleted right after insert; their delete events carry nothing to relay
        props.setProperty("tombstones.on.delete", "false");
        props.setProperty("skipped.operations", "u,d,t");
        props.setProperty("poll.interval.ms", Long.toString(config.pollInterval().toMillis()));
        props.setProperty("offset.storage", "org.apache.kafka.connect.storage.KafkaOffsetBackingStore");
        props.setProperty("offset.storage.topic", config.offsetsTopic());
        props.setProperty("offset.storage.partitions", "1");
        props.setProperty("offset.storage.replication.factor", Short.toString(config.offsetsReplicationFactor()));
        props.setProperty("offset.flush.interval.ms", Long.toString(config.offsetFlushInterval().toMillis()));
        props.setProperty("bootstrap.servers", bootstrapServers);
        props.setProperty("transforms", "outbox");
        props.setProperty("transforms.outbox.type", "io.debezium.transforms.outbox.EventRouter");
        props.setProperty("transforms.outbox.route.by.field", "aggregatetype");
        props.setProperty("transforms.outbox.route.topic.replacement", "${routedByValue}");
        props.setProperty("transforms.outbox.table.field.event.id", "id");
        props.setProperty("transforms.outbox.table.field.event.key", "aggregateid");
        props.setProperty("transforms.outbox.table.field.event.payload", "payload");
        return props;
    }
}
