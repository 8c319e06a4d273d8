package dev.switchboard.reconciler.messaging;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.reconciler.domain.ResultOutcome;
import dev.switchboard.reconciler.persistence.LinkEntity;
import dev.switchboard.reconciler.persistence.LinkRepository;
import dev.switchboard.reconciler.persistence.ProcessedEventRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Applies a writer's result to its link (extension id, LINKED or FAILED) in one idempotent transaction. */
@ApplicationScoped
public class ResultApplier {

    /** The consumer name in {@code processed_event} and dead letters. */
    public static final String CONSUMER = "profile-reconciler/provisioning-results";

    private static final Logger LOG = Logger.getLogger(ResultApplier.class);

    private final LinkRepository links;
    private final ProcessedEventRepository processed;

    public ResultApplier(LinkRepository links, ProcessedEventRepository processed) {
        this.links = links;
        this.processed = processed;
    }

    /** Fails with {@link InvalidRecordException} when the result names no known link. */
    public Uni<Void> apply(Event<ProvisioningResult> event) {
        ProvisioningResult result = event.data();
        UUID linkId = parseLinkId(result.linkId());
        return Panache.withTransaction(() -> processed.alreadyProcessed(event.id()).chain(done -> {
            if (done) {
                return Uni.createFrom().voidItem();
            }
            return links.findById(linkId)
                    .onItem().ifNull().failWith(() -> new InvalidRecordException("UNKNOWN_LINK",
                            "no link " + linkId + " for command " + result.commandId()))
                    .invoke(link -> update(link, result, event))
                    .chain(() -> processed.markProcessed(event.id(), CONSUMER));
        }));
    }

    private static void update(LinkEntity link, ProvisioningResult result, Event<ProvisioningResult> event) {
        ResultOutcome.apply(link.toCurrent(), result).ifPresentOrElse(change -> {
            link.state = change.state();
            link.extensionId = change.extensionId();
            link.failureReason = change.failureReason();
            link.updatedAt = Instant.now();
            LOG.infof("link %s (correlation %s): %s, extension %s", link.id, event.correlationId(), link.state,
                    link.extensionId);
        }, () -> LOG.debugf("result %s changes nothing on link %s", event.id(), link.id));
    }

    private static UUID parseLinkId(String linkId) {
        try {
            return UUID.fromString(linkId);
        } catch (RuntimeException e) {
            throw new InvalidRecordException("INVALID_LINK_ID", "link id is not a UUID: " + linkId);
        }
    }
}
