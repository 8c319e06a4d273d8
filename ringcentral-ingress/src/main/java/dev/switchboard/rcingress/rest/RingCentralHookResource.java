package dev.switchboard.rcingress.rest;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.RingCentralNotification;
import dev.switchboard.contracts.Topics;
import dev.switchboard.rcingress.config.IngressConfig;
import dev.switchboard.rcingress.domain.InvalidNotificationException;
import dev.switchboard.rcingress.domain.Notifications;
import dev.switchboard.rcingress.domain.VerificationToken;
import dev.switchboard.rcingress.messaging.NotificationPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * RingCentral's webhook endpoint. The Validation-Token handshake is echoed without reading the (empty) body; every
 * notification must carry our Verification-Token and is answered 200 only once Kafka acknowledged it. Nothing else
 * happens here: RingCentral blacklists a subscription whose endpoint is slow (over 3 s) or failing, so the
 * re-reads run in the enricher.
 */
@Path("/hooks/ringcentral")
public class RingCentralHookResource {

    static final String VALIDATION_TOKEN = "Validation-Token";
    static final String VERIFICATION_TOKEN = "Verification-Token";
    static final String IGNORED_COUNTER = "switchboard.ringcentral.notifications.ignored";
    static final String REJECTED_COUNTER = "switchboard.ringcentral.notifications.rejected";

    private static final Logger LOG = Logger.getLogger(RingCentralHookResource.class);

    private final IngressConfig.Webhook config;
    private final VerificationToken token;
    private final NotificationPublisher publisher;
    private final MeterRegistry registry;

    public RingCentralHookResource(IngressConfig config, NotificationPublisher publisher, MeterRegistry registry) {
        this.config = config.ringcentral().webhook();
        this.token = new VerificationToken(this.config.verificationToken());
        this.publisher = publisher;
        this.registry = registry;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> receive(@Context HttpHeaders headers, byte[] body) {
        String validation = headers.getHeaderString(VALIDATION_TOKEN);
        if (validation != null && !validation.isEmpty()) {
            // the handshake while RingCentral creates the subscription: echo, tiny answer, the body is not read
            LOG.info("answered RingCentral's webhook validation handshake");
            return Uni.createFrom().item(Response.ok().header(VALIDATION_TOKEN, validation)
                    .type(MediaType.APPLICATION_JSON_TYPE).build());
        }
        if (!token.matches(headers.getHeaderString(VERIFICATION_TOKEN))) {
            LOG.warn("rejected a RingCentral notification: missing or wrong Verification-Token");
            return Uni.createFrom().item(reject(Response.Status.UNAUTHORIZED, "unverified",
                    "missing or wrong " + VERIFICATION_TOKEN + " header"));
        }
        // the HTTP layer refuses larger bodies already (quarkus.http.limits.max-body-size); this covers a lower setting
        if (body != null && body.length > config.maxBodyBytes()) {
            return Uni.createFrom().item(reject(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too-large",
                    "body is larger than " + config.maxBodyBytes() + " bytes"));
        }
        RingCentralNotification notification;
        try {
            notification = Notifications.parse(body);
        } catch (InvalidNotificationException e) {
            LOG.warnf("rejected a RingCentral notification: %s", e.getMessage());
            return Uni.createFrom().item(reject(Response.Status.BAD_REQUEST, "invalid", e.getMessage()));
        }
        if (notification.extensionIds().isEmpty()) {
            // e.g. a subscription renewal reminder: nothing to re-read; acknowledged so the subscription stays healthy
            registry.counter(IGNORED_COUNTER, "reason", "no-extension").increment();
            LOG.debugf("notification %s (%s) names no extension; ignored", notification.uuid(), notification.event());
            return Uni.createFrom().item(Response.ok().build());
        }
        List<Event<RingCentralNotification>> events = Notifications.perExtension(notification).stream()
                .map(single -> Event.first(Topics.RINGCENTRAL_NOTIFICATIONS, single.extensionIds().get(0), single))
                .toList();
        return publisher.publish(events)
                .ifNoItem().after(config.ackTimeout()).fail()
                .onItem().transform(ignored -> Response.ok().build())
                .onFailure().recoverWithItem(failure -> {
                    // RingCentral counts this against the subscription, but losing the event would be worse
                    LOG.errorf(failure, "notification %s: Kafka did not acknowledge its %d events",
                            notification.uuid(), events.size());
                    return Problem.response(Response.Status.SERVICE_UNAVAILABLE, "events could not be stored, retry later");
                });
    }

    private Response reject(Response.Status status, String reason, String message) {
        registry.counter(REJECTED_COUNTER, "reason", reason).increment();
        return Problem.response(status, message);
    }
}
