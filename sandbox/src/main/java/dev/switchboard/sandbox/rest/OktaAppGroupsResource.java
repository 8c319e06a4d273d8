package dev.switchboard.sandbox.rest;

import dev.switchboard.sandbox.client.OktaEvents;
import dev.switchboard.sandbox.domain.okta.OktaApiException;
import dev.switchboard.sandbox.domain.okta.OktaDirectory;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.Map;

/** Okta application group assignments for the one app instance. */
@Path("/api/v1/apps/{appId}/groups/{groupId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OktaAppGroupsResource {

    @Inject
    OktaDirectory directory;
    @Inject
    OktaEvents events;
    @Context
    UriInfo uriInfo;
    @Context
    HttpServerRequest http;

    /** Assigns the group (body optional: {@code {priority, profile}}); its members get the app with scope GROUP. */
    @PUT
    public Map<String, Object> assign(@PathParam("appId") String appId, @PathParam("groupId") String groupId) {
        OktaDirectory.GroupChange change = directory.assignGroup(appId, groupId);
        if (change.changed()) {
            events.groupAssignment("group.application_assignment.add", change.group(), OktaRequest.context(events, http));
        }
        return OktaViews.groupAssignment(change.group(), appId, OktaViews.base(uriInfo));
    }

    @GET
    public Map<String, Object> get(@PathParam("appId") String appId, @PathParam("groupId") String groupId) {
        if (!directory.groupAssigned(appId, groupId)) {
            throw OktaApiException.notFound(groupId, "ApplicationGroupAssignment");
        }
        return OktaViews.groupAssignment(directory.group(groupId), appId, OktaViews.base(uriInfo));
    }

    @DELETE
    public Response unassign(@PathParam("appId") String appId, @PathParam("groupId") String groupId) {
        OktaDirectory.GroupChange change = directory.unassignGroup(appId, groupId);
        events.groupAssignment("group.application_assignment.remove", change.group(), OktaRequest.context(events, http));
        return Response.noContent().build();
    }
}
