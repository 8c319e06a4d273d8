package dev.switchboard.rcwriter.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
}
