package dev.switchboard.rcingress.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
 * The RingCentral endpoints ringcentral-ingress calls. Raw {@link Response}s: the wrapping beans need status,
 * rate-limit headers and RCRequestId of every answer, errors included.
 */
@RegisterRestClient(configKey = "ringcentral")
interface RingCentralApi {

    @POST
    @Path("/restapi/oauth/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Response token(@HeaderParam("Authorization") String basicAuth, @FormParam("grant_type") String grantType,
                   @FormParam("assertion") String assertion);

    @GET
    @Path("/restapi/v1.0/subscription")
    @Produces(MediaType.APPLICATION_JSON)
    Response listSubscriptions(@HeaderParam("Authorization") String bearer);

    @POST
    @Path("/restapi/v1.0/subscription")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response createSubscription(@HeaderParam("Authorization") String bearer, JsonNode body);

    @GET
    @Path("/restapi/v1.0/subscription/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    Response readSubscription(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    @DELETE
    @Path("/restapi/v1.0/subscription/{id}")
    Response deleteSubscription(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    @POST
    @Path("/restapi/v1.0/subscription/{id}/renew")
    @Produces(MediaType.APPLICATION_JSON)
    Response renewSubscription(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    @GET
    @Path("/restapi/v1.0/account/~")
    @Produces(MediaType.APPLICATION_JSON)
    Response readAccount(@HeaderParam("Authorization") String bearer);

    @GET
    @Path("/restapi/v1.0/account/~/extension")
    @Produces(MediaType.APPLICATION_JSON)
    Response listExtensions(@HeaderParam("Authorization") String bearer, @QueryParam("type") String type,
                            @QueryParam("page") int page, @QueryParam("perPage") int perPage);

    @GET
    @Path("/restapi/v1.0/account/~/extension/{extensionId}")
    @Produces(MediaType.APPLICATION_JSON)
    Response readExtension(@HeaderParam("Authorization") String bearer, @PathParam("extensionId") String extensionId);

    /** {@code page} null: no paging parameters (the first page). */
    @GET
    @Path("/restapi/v1.0/account/~/extension/{extensionId}/phone-number")
    @Produces(MediaType.APPLICATION_JSON)
    Response listExtensionPhoneNumbers(@HeaderParam("Authorization") String bearer,
                                       @PathParam("extensionId") String extensionId,
                                       @QueryParam("usageType") String usageType, @QueryParam("page") Integer page);

    @GET
    @Path("/restapi/v1.0/account/~/directory/entries")
    @Produces(MediaType.APPLICATION_JSON)
    Response listDirectoryEntries(@HeaderParam("Authorization") String bearer,
                                  @QueryParam("showFederated") boolean showFederated,
                                  @QueryParam("typeGroup") String typeGroup, @QueryParam("page") int page,
                                  @QueryParam("perPage") int perPage);

    @GET
    @Path("/restapi/v1.0/account/~/custom-fields")
    @Produces(MediaType.APPLICATION_JSON)
    Response listCustomFields(@HeaderParam("Authorization") String bearer);
}
