package dev.switchboard.oktaingress.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

/** The few Okta management API calls okta-ingress makes. Used only through the beans of this package. */
@RegisterRestClient(configKey = "okta")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@ClientHeaderParam(name = "User-Agent", value = OktaApi.USER_AGENT)
interface OktaApi {

    String USER_AGENT = "switchboard-okta-ingress/0.1";

    @GET
    @Path("/users/{userId}")
    Response getUser(@HeaderParam("Authorization") String authorization, @PathParam("userId") String userId);

    @GET
    @Path("/apps/{appId}/users/{userId}")
    Response getApplicationUser(@HeaderParam("Authorization") String authorization, @PathParam("appId") String appId,
                                @PathParam("userId") String userId);

    /** One page of app users; {@code query} is {@code limit} and {@code expand} first, then a next link's parameters. */
    @GET
    @Path("/apps/{appId}/users")
    Response listApplicationUsers(@HeaderParam("Authorization") String authorization, @PathParam("appId") String appId,
                                  @RestQuery Map<String, String> query);

    /** One page of System Log events; {@code query} is since, filter and limit first, then a next link's parameters. */
    @GET
    @Path("/logs")
    Response listLogEvents(@HeaderParam("Authorization") String authorization, @RestQuery Map<String, String> query);

    @GET
    @Path("/eventHooks")
    Response listEventHooks(@HeaderParam("Authorization") String authorization);

    @POST
    @Path("/eventHooks")
    @Consumes(MediaType.APPLICATION_JSON)
    Response createEventHook(@HeaderParam("Authorization") String authorization, JsonNode eventHook);

    @PUT
    @Path("/eventHooks/{eventHookId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response replaceEventHook(@HeaderParam("Authorization") String authorization,
                              @PathParam("eventHookId") String eventHookId, JsonNode eventHook);

    // Okta answers 411 to a POST without Content-Length: the empty string makes the client send "Content-Length: 0"
    @POST
    @Path("/eventHooks/{eventHookId}/lifecycle/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    Response verifyEventHook(@HeaderParam("Authorization") String authorization,
                             @PathParam("eventHookId") String eventHookId, String empty);

    @POST
    @Path("/eventHooks/{eventHookId}/lifecycle/activate")
    @Consumes(MediaType.APPLICATION_JSON)
    Response activateEventHook(@HeaderParam("Authorization") String authorization,
                               @PathParam("eventHookId") String eventHookId, String empty);
}
