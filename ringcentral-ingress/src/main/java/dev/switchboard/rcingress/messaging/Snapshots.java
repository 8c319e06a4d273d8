package dev.switchboard.rcingress.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.RingCentralExtensionSnapshot;
import dev.switchboard.contracts.Topics;
import dev.switchboard.rcingress.domain.ExtensionAttributes;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Builds extension snapshots and publishes them to ringcentral.extensions.v1, waiting for Kafka's ack. */
@ApplicationScoped
public class Snapshots {

    public static final String WEBHOOK = "webhook";
    public static final String IMPORT = "import";

    @Inject
    @Channel("extensions-out")
    MutinyEmitter<Event<RingCentralExtensionSnapshot>> emitter;

    /**
     * The snapshot of an extension resource as RingCentral returned it, with its direct number as read beside it
     * ({@code null}: it has none). {@code readAt} is when the OLDEST of its parts was read: the reconciler drops a
     * snapshot read before the state it already holds, so an import's early directory read cannot undo a newer
     * webhook.
     */
    public static RingCentralExtensionSnapshot of(JsonNode extension, String directNumber, String source,
                                                  String importRunId, Instant readAt) {
        return of(extension, ExtensionAttributes.of(extension, directNumber), source, importRunId, readAt);
    }

    /** The snapshot of an extension resource whose direct number was not read: directNumber is left out. */
    public static RingCentralExtensionSnapshot withoutDirectNumber(JsonNode extension, String source, String importRunId,
                                                                   Instant readAt) {
        return of(extension, ExtensionAttributes.of(extension), source, importRunId, readAt);
    }

    private static RingCentralExtensionSnapshot of(JsonNode extension, Map<String, String> attributes, String source,
                                                   String importRunId, Instant readAt) {
        return new RingCentralExtensionSnapshot(extension.path("id").asText(), false, extension.path("type").asText(null),
                extension.path("status").asText(null), attributes, source, importRunId, readAt);
    }

    /** The snapshot of an extension RingCentral no longer has. */
    public static RingCentralExtensionSnapshot removed(String extensionId, String source, String importRunId) {
        return new RingCentralExtensionSnapshot(extensionId, true, null, null, Map.of(), source, importRunId, Instant.now());
    }

    /** Publishes and waits for the ack. */
    public void publishAndAwait(Event<RingCentralExtensionSnapshot> event) {
        emitter.sendMessageAndAwait(KafkaRecord.of(event.key(), event));
    }

    /** Publishes all and waits until Kafka acknowledged every one. */
    public void publishAllAndAwait(List<Event<RingCentralExtensionSnapshot>> events) {
        if (events.isEmpty()) {
            return;
        }
        Uni.join().all(events.stream().map(e -> emitter.sendMessage(KafkaRecord.of(e.key(), e))).toList())
                .andFailFast().await().indefinitely();
    }
}
