package dev.switchboard.rcingress.messaging;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.RingCentralNotification;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes webhook notifications to ringcentral.notifications.v1. */
@ApplicationScoped
public class NotificationPublisher {

    @Inject
    @Channel("notifications-out")
    MutinyEmitter<Event<RingCentralNotification>> emitter;

    /** Completes when Kafka has acknowledged every event; fails when it nacked any. */
    public Uni<Void> publish(List<Event<RingCentralNotification>> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(events.stream()
                        .map(event -> emitter.sendMessage(KafkaRecord.of(event.key(), event)))
                        .toList())
                .andFailFast().replaceWithVoid();
    }
}
