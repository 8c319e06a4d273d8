package dev.switchboard.oktawriter.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The Okta management API calls okta-writer makes; used only through {@link OktaOrg}. Raw {@link Response}s, because
 * the caller needs status, ETag and rate-limit headers of every answer, errors included. There is deliberately no PUT
 * on users: a PUT replaces the whole profile and clears what it does not name.
 */
@RegisterRestClient(configKey = "okta")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@ClientHeaderParam(name = "User-Agent", value = OktaApi.USER_AGENT)
interface OktaApi {

    String USER_AGENT = "switchboard-okta-writer/0.1";

    @GET
    @Path("/users/{idOrLogin}")
    Response getUser(@HeaderParam("Authorization") String authorization, @PathParam("idOrLogin") String idOrLogin);

    /** updateUser: a partial update (POST merges); {@code If-Match} makes it fail with 412 when the user changed. */
    @POST
    @Path("/users/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response updateUser(@HeaderParam("Authorization") String authorization, @HeaderParam("If-Match") String ifMatch,
                        @PathParam("id") String id, JsonNode body);

    @POST
    @Path("/users")
    @Consumes(MediaType.APPLICATION_JSON)
    Response createUser(@HeaderParam("Authorization") String authorization, @QueryParam("activate") boolean activate,
                        JsonNode body);

    // Okta answers 411 to a POST without Content-Length: the empty string makes the client send "Content-Length: 0"
    @POST
    @Path("/users/{id}/lifecycle/{operation}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response lifecycle(@HeaderParam("Authorization") String authorization, @PathParam("id") String id,
                       @PathParam("operation") String operation, String empty);

    @GET
    @Path("/apps/{appId}/users/{userId}")
    Response getApplicationUser(@HeaderParam("Authorization") String authorization, @PathParam("appId") String appId,
                                @PathParam("userId") String userId);

    @POST
    @Path("/apps/{appId}/users")
    @Consumes(MediaType.APPLICATION_JSON)
    Response assignUserToApplication(@HeaderParam("Authorization") String authorization,
                                     @PathParam("appId") String appId, JsonNode body);

    @POST
    @Path("/apps/{appId}/users/{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response updateApplicationUser(@HeaderParam("Authorization") String authorization, @PathParam("appId") String appId,
                                   @PathParam("userId") String userId, JsonNode body);

    @GET
    @Path("/meta/schemas/apps/{appId}/default")
    Response getApplicationUserSchema(@HeaderParam("Authorization") String authorization,
                                      @PathParam("appId") String appId);

    /** A partial update of the app-user schema: properties it does not name stay. */
    @POST
    @Path("/meta/schemas/apps/{appId}/default")
    @Consumes(MediaType.APPLICATION_JSON)
    Response updateApplicationUserSchema(@HeaderParam("Authorization") String authorization,
                                         @PathParam("appId") String appId, JsonNode body);
}
