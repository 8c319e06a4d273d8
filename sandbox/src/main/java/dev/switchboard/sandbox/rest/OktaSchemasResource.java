package dev.switchboard.sandbox.rest;

import dev.switchboard.sandbox.domain.okta.AppUserSchema;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.util.Map;

/** Okta Schemas API for the app-user schema of the one app instance. */
@Path("/api/v1/meta/schemas/apps/{appId}/default")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OktaSchemasResource {

    @Inject
    AppUserSchema schema;
    @Context
    UriInfo uriInfo;

    @GET
    public Map<String, Object> get(@PathParam("appId") String appId) {
        return schema.view(appId, OktaViews.base(uriInfo));
    }

    /** Partial update: custom properties sent are added or replaced, null removes one. */
    @POST
    public Map<String, Object> update(@PathParam("appId") String appId, Map<String, Object> body) {
        schema.update(appId, body);
        return schema.view(appId, OktaViews.base(uriInfo));
    }
}
