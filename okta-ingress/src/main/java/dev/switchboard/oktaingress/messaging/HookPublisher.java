package dev.switchboard.oktaingress.messaging;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.OktaHookEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes hook events to okta.hooks.v1. */
@ApplicationScoped
public class HookPublisher {

    @Inject
    @Channel("okta-hooks-out")
    MutinyEmitter<Event<OktaHookEvent>> emitter;

    /** Completes when Kafka has acknowledged every event; fails when it nacked any. */
    public Uni<Void> publish(List<Event<OktaHookEvent>> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Uni<Void>> sends = events.stream()
                .map(event -> emitter.sendMessage(KafkaRecord.of(event.key(), event)))
                .toList();
        return Uni.join().all(sends).andFailFast().replaceWithVoid();
    }
}
