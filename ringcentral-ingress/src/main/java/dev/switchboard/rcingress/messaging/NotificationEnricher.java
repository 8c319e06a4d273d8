package dev.switchboard.rcingress.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.ErrorDetail;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.InvalidEventException;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.RingCentralExtensionSnapshot;
import dev.switchboard.contracts.RingCentralNotification;
import dev.switchboard.contracts.Topics;
import dev.switchboard.rcingress.client.RingCentralDirectory;
import dev.switchboard.clients.ringcentral.RingCentralException;
import dev.switchboard.rcingress.domain.DirectNumbers;
import dev.switchboard.rcingress.domain.Notifications;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Turns notifications into extension snapshots: re-reads each extension the notification names
 * ({@code GET …/extension/{id}}, then, unless the hints rule a number change out, its direct numbers
 * {@code GET …/extension/{id}/phone-number}) and publishes
 * what RingCentral says now, never what the body said. A missing extension becomes a removal snapshot; extensions
 * that are not of type User are counted and skipped. Records that are no notification, and extensions RingCentral
 * keeps failing on, go to the dead letters; the consumer moves on.
 */
@ApplicationScoped
public class NotificationEnricher {

    static final String IGNORED_COUNTER = "switchboard.ringcentral.extensions.ignored";
    static final String USER = "User";

    private static final Logger LOG = Logger.getLogger(NotificationEnricher.class);

    @Inject
    RingCentralDirectory directory;

    @Inject
    Snapshots snapshots;

    @Inject
    DeadLetters deadLetters;

    @Inject
    MeterRegistry registry;

    // raw bytes in, so a record that is no valid event still has its payload, partition and offset for the dead letter
    @Incoming("notifications-in")
    @Blocking
    public void enrich(ConsumerRecord<String, byte[]> record) {
        Event<RingCentralNotification> event;
        try {
            if (record.value() == null) {
                throw new InvalidEventException(Topics.RINGCENTRAL_NOTIFICATIONS, "the record has no value");
            }
            event = Json.readEvent(Topics.RINGCENTRAL_NOTIFICATIONS, record.value());
        } catch (InvalidEventException e) {
            deadLetters.send(record, null, new ErrorDetail("INVALID_EVENT", e.getMessage(), null), 1);
            return;
        }
        for (String extensionId : event.data().extensionIds()) {
            RingCentralExtensionSnapshot snapshot;
            try {
                snapshot = read(extensionId, Notifications.numbersMayHaveChanged(event.data().body(), extensionId));
            } catch (RingCentralException e) {
                deadLetters.send(record, event, e.error().toErrorDetail(), e.attempts());
                continue;
            }
            if (snapshot != null) {
                snapshots.publishAndAwait(Event.causedBy(event, Topics.RINGCENTRAL_EXTENSIONS, extensionId, snapshot));
            }
        }
    }

    /**
     * The extension and then, when its numbers may have changed, its direct numbers (a number change comes as an
     * Update with hint CompanyNumbers; an Update hinting only other changes leaves directNumber out — "not read" —
     * and saves a Light call); gone at either read → a removal snapshot; {@code null} for an extension that is no User.
     */
    private RingCentralExtensionSnapshot read(String extensionId, boolean readNumbers) {
        Instant readAt = Instant.now();
        Optional<JsonNode> extension = directory.extension(extensionId);
        if (extension.isEmpty()) {
            return Snapshots.removed(extensionId, Snapshots.WEBHOOK, null);
        }
        String type = extension.get().path("type").asText();
        if (!USER.equals(type)) {
            registry.counter(IGNORED_COUNTER, "type", type.isEmpty() ? "unknown" : type).increment();
            LOG.debugf("extension %s is of type %s, not User; ignored", extensionId, type);
            return null;
        }
        if (!readNumbers) {
            return Snapshots.withoutDirectNumber(extension.get(), Snapshots.WEBHOOK, null, readAt);
        }
        Optional<List<JsonNode>> directNumbers = directory.directNumbers(extensionId);
        if (directNumbers.isEmpty()) {
            return Snapshots.removed(extensionId, Snapshots.WEBHOOK, null);
        }
        return Snapshots.of(extension.get(), DirectNumbers.ofExtension(directNumbers.get()), Snapshots.WEBHOOK, null,
                readAt);
    }
}
