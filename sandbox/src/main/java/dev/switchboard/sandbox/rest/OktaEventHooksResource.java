package dev.switchboard.sandbox.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.client.HookCaller;
import dev.switchboard.sandbox.config.SandboxConfig;
import dev.switchboard.sandbox.domain.Secrets;
import dev.switchboard.sandbox.domain.okta.EventHook;
import dev.switchboard.sandbox.domain.okta.EventHookRegistry;
import dev.switchboard.sandbox.domain.okta.OktaApiException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Okta Event Hooks API: register, read, verify (GET handshake), activate, deactivate, delete. */
@Path("/api/v1/eventHooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OktaEventHooksResource {

    @Inject
    EventHookRegistry hooks;
    @Inject
    HookCaller caller;
    @Inject
    SandboxConfig config;
    @Context
    UriInfo uriInfo;

    @POST
    public Map<String, Object> create(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new OktaApiException(400, "E0000003", "The request body was not well-formed.", List.of());
        }
        JsonNode events = body.path("events");
        List<String> items = new ArrayList<>();
        events.path("items").forEach(i -> items.add(i.asText()));
        JsonNode channel = body.path("channel");
        JsonNode channelConfig = channel.path("config");
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        channelConfig.path("headers").forEach(h -> headers.add(Map.entry(h.path("key").asText(), h.path("value").asText())));
        JsonNode auth = channelConfig.path("authScheme");
        EventHookRegistry.Registration registration = new EventHookRegistry.Registration(
                text(body, "name"), text(body, "description"), text(events, "type"), items,
                text(channel, "type"), text(channel, "version"), text(channelConfig, "uri"), headers,
                text(auth, "type"), text(auth, "key"), text(auth, "value"));
        EventHook hook = hooks.create(registration, config.okta().adminId(), OktaViews.base(uriInfo));
        return OktaViews.hook(hook, OktaViews.base(uriInfo));
    }

    @GET
    public List<Map<String, Object>> list() {
        String base = OktaViews.base(uriInfo);
        return hooks.list().stream().map(h -> OktaViews.hook(h, base)).toList();
    }

    @GET
    @Path("/{id}")
    public Map<String, Object> get(@PathParam("id") String id) {
        return OktaViews.hook(hooks.get(id), OktaViews.base(uriInfo));
    }

    /** Runs the one-time GET handshake now (3 s timeout, one retry); 400 when the endpoint did not echo. */
    @POST
    @Path("/{id}/lifecycle/verify")
    public Map<String, Object> verify(@PathParam("id") String id) {
        EventHook hook = hooks.get(id);
        if (!caller.verify(hook, Secrets.randomAlnum(40))) {
            throw new OktaApiException(400, "E0000001", "Api validation failed",
                    List.of("Verification of the event hook failed: the endpoint did not answer the challenge with "
                            + "HTTP 200 and {\"verification\": \"<challenge>\"}"));
        }
        return OktaViews.hook(hooks.markVerified(id), OktaViews.base(uriInfo));
    }

    @POST
    @Path("/{id}/lifecycle/activate")
    public Map<String, Object> activate(@PathParam("id") String id) {
        return OktaViews.hook(hooks.activate(id), OktaViews.base(uriInfo));
    }

    @POST
    @Path("/{id}/lifecycle/deactivate")
    public Map<String, Object> deactivate(@PathParam("id") String id) {
        return OktaViews.hook(hooks.deactivate(id), OktaViews.base(uriInfo));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        hooks.delete(id);
        return Response.noContent().build();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
