package dev.switchboard.oktaingress.messaging;

import dev.switchboard.contracts.ErrorDetail;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.InvalidEventException;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.OktaHookEvent;
import dev.switchboard.contracts.Topics;
import dev.switchboard.oktaingress.client.OktaCallFailedException;
import dev.switchboard.oktaingress.domain.Triage;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Turns hook events into user snapshots: for each event that counts (see {@link Triage}) {@link Rereads} re-reads the
 * user and its app user (or every app user, for a group assignment) from Okta and publishes OktaUserSnapshots in the
 * event's correlation. Records that cannot be read or enriched go to the dead-letter topic and the consumer moves on.
 */
@ApplicationScoped
public class HookEnricher {

    static final String IGNORED_COUNTER = "switchboard.okta.hooks.ignored";

    private static final Logger LOG = Logger.getLogger(HookEnricher.class);

    @Inject
    Rereads rereads;

    @Inject
    DeadLetters deadLetters;

    @Inject
    MeterRegistry registry;

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
        Rereads.Outcome outcome;
        try {
            outcome = rereads.reread(event.data(), event);
        } catch (OktaCallFailedException e) {
            deadLetters.send(record, event, new ErrorDetail(e.code(), e.getMessage(), e.httpStatus()), e.attempts());
            return;
        }
        Triage triage = outcome.triage();
        if (!triage.counts()) {
            registry.counter(IGNORED_COUNTER, "reason", triage.ignoredReason()).increment();
            LOG.debugf("ignored %s %s: %s", event.data().eventType(), event.data().eventUuid(), triage.ignoredReason());
            return;
        }
        if (!outcome.failures().isEmpty()) {
            // the users that could be read are published; the record is kept for a replay, which re-lists them all
            OktaCallFailedException first = outcome.failures().get(0);
            deadLetters.send(record, event, new ErrorDetail(first.code(), outcome.failures().size()
                    + " app users could not be read, first: " + first.getMessage(), first.httpStatus()),
                    first.attempts());
        }
    }
}
