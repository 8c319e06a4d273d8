package dev.switchboard.sandbox.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.client.WebhookCaller;
import dev.switchboard.sandbox.domain.ringcentral.RingCentralApiException;
import dev.switchboard.sandbox.domain.ringcentral.Subscriptions;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** RingCentral Subscription API (WebHook transport) of the sandbox account. */
@Path("/restapi/v1.0/subscription")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RingCentralSubscriptionsResource {

    private static final DateTimeFormatter RC_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Inject
    Subscriptions subscriptions;
    @Inject
    WebhookCaller webhooks;
    @Inject
    Clock clock;
    @Context
    UriInfo uriInfo;

    /**
     * Validates the request, then runs the Validation-Token handshake against the address while the call is in
     * flight; no subscription exists unless the address echoed the token with 200 in time (else 400 SUB-525).
     */
    @POST
    public Map<String, Object> create(JsonNode body) {
        Subscriptions.Draft draft = subscriptions.prepare(body);
        if (!webhooks.validate(draft.address())) {
            throw new RingCentralApiException(400, "SUB-525", "WebHook server response is invalid",
                    "deliveryMode.address", draft.address());
        }
        return view(subscriptions.create(draft));
    }

    @GET
    public Map<String, Object> list() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("uri", base() + "/restapi/v1.0/subscription");
        body.put("records", subscriptions.list().stream().map(this::view).toList());
        return body;
    }

    @GET
    @Path("/{id}")
    public Map<String, Object> get(@PathParam("id") String id) {
        return view(subscriptions.get(id));
    }

    /** Replaces filters / lifetime; an empty body renews with the default TTL, as RingCentral does. */
    @PUT
    @Path("/{id}")
    public Map<String, Object> update(@PathParam("id") String id, JsonNode body) {
        return view(subscriptions.update(id, body));
    }

    @POST
    @Path("/{id}/renew")
    public Map<String, Object> renew(@PathParam("id") String id) {
        return view(subscriptions.renew(id));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        subscriptions.delete(id);
        return Response.noContent().build();
    }

    /** SubscriptionInfo; the verification token is write-only and never shown. */
    Map<String, Object> view(Subscriptions.Subscription s) {
        return view(s, base(), clock);
    }

    static Map<String, Object> view(Subscriptions.Subscription s, String base, Clock clock) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uri", base + "/restapi/v1.0/subscription/" + s.id());
        m.put("id", s.id());
        m.put("creationTime", RC_TIME.format(s.creationTime()));
        m.put("status", s.status().name());
        m.put("eventFilters", s.eventFilters());
        m.put("expirationTime", RC_TIME.format(s.expirationTime()));
        m.put("expiresIn", Math.max(1, s.secondsLeft(clock.instant())));
        Map<String, Object> mode = new LinkedHashMap<>();
        mode.put("transportType", "WebHook");
        mode.put("encryption", false);
        mode.put("address", s.address());
        m.put("deliveryMode", mode);
        if (s.status() == Subscriptions.Status.Blacklisted) {
            Map<String, Object> blacklisted = new LinkedHashMap<>();
            blacklisted.put("blacklistedAt", RC_TIME.format(s.blacklistedAt()));
            blacklisted.put("reason", s.blacklistReason());
            m.put("blacklistedData", blacklisted);
        }
        return m;
    }

    private String base() {
        return OktaViews.base(uriInfo);
    }
}
