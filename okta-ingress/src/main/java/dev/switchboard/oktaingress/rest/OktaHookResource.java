package dev.switchboard.oktaingress.rest;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.OktaHookEvent;
import dev.switchboard.contracts.Topics;
import dev.switchboard.oktaingress.config.SwitchboardConfig;
import dev.switchboard.oktaingress.domain.EventKeys;
import dev.switchboard.oktaingress.domain.HookDelivery;
import dev.switchboard.oktaingress.domain.InvalidDeliveryException;
import dev.switchboard.oktaingress.domain.SharedSecrets;
import dev.switchboard.oktaingress.messaging.HookPublisher;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
 * Okta's event hook endpoint: the one-time verification GET and the event deliveries (POST). A delivery is answered
 * 204 only once Kafka has acknowledged every one of its events, so an unanswered or 5xx delivery is retried by Okta.
 */
@Path("/hooks/okta")
public class OktaHookResource {

    static final String CHALLENGE_HEADER = "x-okta-verification-challenge";

    private static final Logger LOG = Logger.getLogger(OktaHookResource.class);

    private final SwitchboardConfig config;
    private final SharedSecrets secrets;
    private final HookPublisher publisher;

    public OktaHookResource(SwitchboardConfig config, HookPublisher publisher) {
        this.config = config;
        this.secrets = new SharedSecrets(config.hook().secret(), config.hook().previousSecret());
        this.publisher = publisher;
    }

    /** Okta's verification: echo the challenge. No secret is required; echoing it reveals nothing. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response verify(@HeaderParam(CHALLENGE_HEADER) String challenge) {
        if (challenge == null || challenge.isEmpty()) {
            return problem(Response.Status.BAD_REQUEST, "header " + CHALLENGE_HEADER + " is missing");
        }
        LOG.info("answered Okta's event hook verification challenge");
        return Response.ok(new Verification(challenge), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> receive(@Context HttpHeaders headers, byte[] body) {
        if (!secrets.matches(headers.getHeaderString(config.hook().authHeader()))) {
            LOG.warn("rejected an event hook delivery: missing or wrong shared secret");
            return Uni.createFrom().item(problem(Response.Status.UNAUTHORIZED,
                    "missing or wrong " + config.hook().authHeader() + " header"));
        }
        // the HTTP layer already refuses larger bodies (quarkus.http.limits.max-body-size); this covers a lower setting
        if (body != null && body.length > config.hook().maxBodyBytes()) {
            return Uni.createFrom().item(problem(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "body is larger than " + config.hook().maxBodyBytes() + " bytes"));
        }
        HookDelivery delivery;
        try {
            delivery = HookDelivery.parse(body == null ? new byte[0] : body);
        } catch (InvalidDeliveryException e) {
            LOG.warnf("rejected an event hook delivery: %s", e.getMessage());
            return Uni.createFrom().item(problem(Response.Status.BAD_REQUEST, e.getMessage()));
        }
        List<Event<OktaHookEvent>> events = delivery.events().stream()
                .map(event -> Event.first(Topics.OKTA_HOOKS, EventKeys.keyOrUuid(event), event))
                .toList();
        return publisher.publish(events)
                .ifNoItem().after(config.hook().ackTimeout()).fail()
                .onItem().transform(ignored -> {
                    LOG.debugf("delivery %s: %d events published", delivery.deliveryId(), events.size());
                    return Response.noContent().build();
                })
                .onFailure().recoverWithItem(failure -> {
                    // 5xx makes Okta retry the delivery once; duplicates are harmless downstream (events are triggers)
                    LOG.errorf(failure, "delivery %s: Kafka did not acknowledge its %d events", delivery.deliveryId(),
                            events.size());
                    return problem(Response.Status.SERVICE_UNAVAILABLE, "events could not be stored, retry later");
                });
    }

    private static Response problem(Response.Status status, String reason) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new Problem(reason)).build();
    }

    /** Okta's expected answer to the verification challenge. */
    public record Verification(String verification) {
    }
}
