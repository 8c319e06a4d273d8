package dev.switchboard.oktaingress.messaging;

import dev.switchboard.contracts.ErrorDetail;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.InvalidEventException;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.OktaHookEvent;
import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.contracts.Topics;
import dev.switchboard.oktaingress.client.OktaCallFailedException;
import dev.switchboard.oktaingress.client.OktaUsers;
import dev.switchboard.oktaingress.config.SwitchboardConfig;
import dev.switchboard.oktaingress.domain.Triage;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Turns hook events into user snapshots: for each event that counts (see {@link Triage}) it re-reads the user and
 * its app user from Okta and publishes an OktaUserSnapshot in the event's correlation. Records that cannot be read
 * or enriched go to the dead-letter topic and the consumer moves on.
 */
@ApplicationScoped
public class HookEnricher {

    static final String IGNORED_COUNTER = "switchboard.okta.hooks.ignored";

    private static final Logger LOG = Logger.getLogger(HookEnricher.class);

    @Inject
    OktaUsers oktaUsers;

    @Inject
    SwitchboardConfig config;

    @Inject
    DeadLetters deadLetters;

    @Inject
    MeterRegistry registry;

    @Inject
    @Channel("okta-users-out")
    MutinyEmitter<Event<OktaUserSnapshot>> snapshots;

    // raw bytes in, so that a record that is not a valid event still has its partition, offset and payload for the
    // dead letter; Json.readEvent is what the topic's deserializer runs
    @Incoming("okta-hooks-in")
    @Blocking
    public void enrich(ConsumerRecord<String, byte[]> record) {
        Event<OktaHookEvent> event;
        try {
            if (record.value() == null) {
                throw new InvalidEventException(Topics.OKTA_HOOKS, "the record has no value");
            }
            event = Json.readEvent(Topics.OKTA_HOOKS, record.value());
        } catch (InvalidEventException e) {
            deadLetters.send(record, null, new ErrorDetail("INVALID_EVENT", e.getMessage(), null), 1);
            return;
        }
        Triage triage = Triage.of(event.data(), config.okta().appId());
        if (!triage.enrich()) {
            registry.counter(IGNORED_COUNTER, "reason", triage.ignoredReason()).increment();
            LOG.debugf("ignored %s %s: %s", event.data().eventType(), event.data().eventUuid(), triage.ignoredReason());
            return;
        }
        OktaUserSnapshot snapshot;
        try {
            snapshot = oktaUsers.snapshot(triage.userId(), event.data().eventType());
        } catch (OktaCallFailedException e) {
            deadLetters.send(record, event, new ErrorDetail(e.code(), e.getMessage(), e.httpStatus()), e.attempts());
            return;
        }
        Event<OktaUserSnapshot> out = Event.causedBy(event, Topics.OKTA_USERS, snapshot.userId(), snapshot);
        snapshots.sendMessageAndAwait(KafkaRecord.of(out.key(), out));
        LOG.debugf("snapshot of %s after %s (correlation %s)", snapshot.userId(), event.data().eventType(),
                event.correlationId());
    }
}
