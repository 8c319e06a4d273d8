package dev.switchboard.reconciler.messaging;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.RingCentralExtensionSnapshot;
import dev.switchboard.contracts.RingCentralSchema;
import dev.switchboard.reconciler.config.ReconcilerConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The Kafka inputs. Failure strategy: records that can never be applied (unreadable, or invalid content) go to
 * the dead-letter topic and are acknowledged; anything else (database down, lock conflicts) is retried with
 * back-off, and when retries run out the record is nacked and the channel fails (failure-strategy=fail): its
 * offset is never committed, health turns DOWN, and the record is processed again after the restart.
 */
@ApplicationScoped
public class Consumers {

    private static final Logger LOG = Logger.getLogger(Consumers.class);

    private final SnapshotApplier snapshots;
    private final ResultApplier results;
    private final DeadLetterPublisher deadLetters;
    private final ReconcilerConfig config;
    private final ExtensionApplier extensions;
    private final SchemaApplier schema;

    public Consumers(SnapshotApplier snapshots, ResultApplier results, DeadLetterPublisher deadLetters,
                     ReconcilerConfig config, ExtensionApplier extensions, SchemaApplier schema) {
        this.extensions = extensions;
        this.schema = schema;
        this.snapshots = snapshots;
        this.results = results;
        this.deadLetters = deadLetters;
        this.config = config;
    }

    @Incoming("okta-users")
    public Uni<Void> oktaUser(ConsumerRecord<String, Event<OktaUserSnapshot>> record) {
        if (record.value() == null) {
            return deadLetters.unreadable(record, SnapshotApplier.CONSUMER);
        }
        Event<OktaUserSnapshot> event = record.value();
        return guarded(record, SnapshotApplier.CONSUMER, () -> {
            OktaUserSnapshot snapshot = event.data();
            if (snapshot.userId() == null || snapshot.userId().isBlank()) {
                throw new InvalidRecordException("INVALID_SNAPSHOT", "snapshot has no userId");
            }
            return snapshots.apply(event).replaceWithVoid();
        });
    }

    @Incoming("provisioning-results")
    public Uni<Void> provisioningResult(ConsumerRecord<String, Event<ProvisioningResult>> record) {
        if (record.value() == null) {
            return deadLetters.unreadable(record, ResultApplier.CONSUMER);
        }
        return guarded(record, ResultApplier.CONSUMER, () -> results.apply(record.value()));
    }

    @Incoming("ringcentral-extensions")
    public Uni<Void> ringCentralExtension(ConsumerRecord<String, Event<RingCentralExtensionSnapshot>> record) {
        if (record.value() == null) {
            return deadLetters.unreadable(record, ExtensionApplier.CONSUMER);
        }
        Event<RingCentralExtensionSnapshot> event = record.value();
        return guarded(record, ExtensionApplier.CONSUMER, () -> {
            if (event.data().extensionId() == null || event.data().extensionId().isBlank()) {
                throw new InvalidRecordException("INVALID_SNAPSHOT", "extension snapshot has no extensionId");
            }
            return extensions.apply(event);
        });
    }

    @Incoming("ringcentral-schema")
    public Uni<Void> ringCentralSchema(ConsumerRecord<String, Event<RingCentralSchema>> record) {
        if (record.value() == null) {
            return deadLetters.unreadable(record, SchemaApplier.CONSUMER);
        }
        return guarded(record, SchemaApplier.CONSUMER, () -> schema.apply(record.value()));
    }

    private Uni<Void> guarded(ConsumerRecord<String, ? extends Event<?>> record, String consumer,
                              Supplier<Uni<Void>> work) {
        ReconcilerConfig.Retry retry = config.retry();
        // back-off timers resubscribe on a worker thread; Hibernate Reactive must run on the record's Vert.x context
        Context context = Vertx.currentContext();
        Executor onContext = context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
        return Uni.createFrom().<Void>deferred(work::get)
                .runSubscriptionOn(onContext)
                .onFailure(failure -> !(failure instanceof InvalidRecordException))
                .invoke(failure -> LOG.warnf("%s: %s-%d@%d failed, will retry: %s", consumer, record.topic(),
                        record.partition(), record.offset(), failure.toString()))
                .onFailure(failure -> !(failure instanceof InvalidRecordException))
                .retry().withBackOff(retry.initialBackoff(), retry.initialBackoff().multipliedBy(10))
                .atMost(retry.maxRetries())
                .onFailure(InvalidRecordException.class)
                .recoverWithUni(failure -> deadLetters.invalid(record, consumer, (InvalidRecordException) failure));
    }
}
