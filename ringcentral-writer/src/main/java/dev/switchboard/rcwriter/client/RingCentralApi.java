package dev.switchboard.rcwriter.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The RingCentral endpoints the writer calls. Raw {@link Response}s, because the wrapping beans need status, rate-limit
 * headers and RCRequestId of every answer, including errors.
 */
@RegisterRestClient(configKey = "ringcentral")
interface RingCentralApi {

    @POST
    @Path("/restapi/oauth/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Response token(@HeaderParam("Authorization") String basicAuth,
                   @FormParam("grant_type") String grantType,
                   @FormParam("assertion") String assertion);

    /** RFC 7009 revoke: ends the whole session of {@code token}. */
    @POST
    @Path("/restapi/oauth/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Response revoke(@HeaderParam("Authorization") String basicAuth, @FormParam("token") String token);

    @GET
    @Path("/restapi/v1.0/account/~/extension")
    @Produces(MediaType.APPLICATION_JSON)
    Response listExtensions(@HeaderParam("Authorization") String bearer,
                            @QueryParam("email") String email,
                            @QueryParam("type") String type);

    @GET
    @Path("/restapi/v1.0/account/~/extension/{extensionId}")
    @Produces(MediaType.APPLICATION_JSON)
    Response readExtension(@HeaderParam("Authorization") String bearer, @PathParam("extensionId") String extensionId);

    @POST
    @Path("/restapi/v1.0/account/~/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response createExtension(@HeaderParam("Authorization") String bearer, JsonNode body);

    /** updateExtension: a partial update; the answer is the whole extension. */
    @PUT
    @Path("/restapi/v1.0/account/~/extension/{extensionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response updateExtension(@HeaderParam("Authorization") String bearer, @PathParam("extensionId") String extensionId,
                             JsonNode body);

    /** bulkDeleteUsersV2: a DELETE with a JSON body (the entity parameter is sent as the body). */
    @DELETE
    @Path("/restapi/v2/accounts/~/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response deleteExtensions(@HeaderParam("Authorization") String bearer, JsonNode body);
}
