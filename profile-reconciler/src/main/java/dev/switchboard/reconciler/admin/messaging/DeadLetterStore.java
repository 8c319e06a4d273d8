package dev.switchboard.reconciler.admin.messaging;

import dev.switchboard.contracts.DeadLetter;
import dev.switchboard.contracts.Event;
import dev.switchboard.reconciler.admin.persistence.DeadLetterRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps every dead letter of every Switchboard service (topic {@code switchboard.dead-letters.v1}, own consumer
 * group) in table {@code dead_letter} so operators can list and replay them. Idempotent on the DeadLetter event id.
 * Failure strategy: an unreadable dead letter is logged with its position and skipped (dead-lettering a dead letter
 * would loop); database failures are retried with back-off and then fail the channel, so the offset stays
 * uncommitted and the record is stored after the restart.
 */
@ApplicationScoped
public class DeadLetterStore {

    private static final Logger LOG = Logger.getLogger(DeadLetterStore.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final int MAX_RETRIES = 5;

    private final DeadLetterRepository deadLetters;

    public DeadLetterStore(DeadLetterRepository deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Incoming("dead-letter-store")
    public Uni<Void> store(ConsumerRecord<String, Event<DeadLetter>> record) {
        Event<DeadLetter> event = record.value();
        if (event == null || event.data().sourceTopic() == null) {
            LOG.errorf("skipping unreadable dead letter %s-%d@%d (key %s)", record.topic(), record.partition(),
                    record.offset(), record.key());
            return Uni.createFrom().voidItem();
        }
        DeadLetter letter = event.data();
        // back-off timers resubscribe on a worker thread; Hibernate Reactive must run on the record's Vert.x context
        Context context = Vertx.currentContext();
        Executor onContext = context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> deadLetters.store(event.id(), letter)))
                .runSubscriptionOn(onContext)
                .onFailure().invoke(failure -> LOG.warnf("storing dead letter %s failed, will retry: %s", event.id(),
                        failure.toString()))
                .onFailure().retry().withBackOff(FIRST_BACKOFF, FIRST_BACKOFF.multipliedBy(10)).atMost(MAX_RETRIES)
                .invoke(stored -> {
                    if (stored) {
                        LOG.infof("dead letter %s stored: %s from %s-%d@%d (key %s): %s", event.id(), letter.consumer(),
                                letter.sourceTopic(), letter.partition(), letter.offset(), letter.recordKey(),
                                letter.error() == null ? "" : letter.error().code());
                    }
                })
                .replaceWithVoid();
    }
}
