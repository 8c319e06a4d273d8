package dev.switchboard.sandbox.rest;

import dev.switchboard.sandbox.client.OktaEvents;
import dev.switchboard.sandbox.domain.okta.OktaApiException;
import dev.switchboard.sandbox.domain.okta.OktaDirectory;
import dev.switchboard.sandbox.domain.okta.OktaGroup;
import io.vertx.core.http.HttpServerRequest;
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

import java.util.List;
import java.util.Map;

/** Okta Groups API: create, read, list, members (add / remove / list). */
@Path("/api/v1/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OktaGroupsResource {

    @Inject
    OktaDirectory directory;
    @Inject
    OktaEvents events;
    @Context
    UriInfo uriInfo;
    @Context
    HttpServerRequest http;

    /** Body: {@code {profile: {name, description}}}. */
    public record GroupBody(Map<String, Object> profile) {
        String field(String name) {
            return profile == null || profile.get(name) == null ? null : profile.get(name).toString();
        }
    }

    @POST
    public Map<String, Object> create(GroupBody body) {
        if (body == null || body.profile() == null) {
            throw OktaApiException.validation("profile: The field cannot be left blank");
        }
        OktaGroup group = directory.createGroup(body.field("name"), body.field("description"));
        return OktaViews.group(group, OktaViews.base(uriInfo));
    }

    @GET
    public List<Map<String, Object>> list() {
        String base = OktaViews.base(uriInfo);
        return directory.listGroups().stream().map(g -> OktaViews.group(g, base)).toList();
    }

    @GET
    @Path("/{groupId}")
    public Map<String, Object> get(@PathParam("groupId") String groupId) {
        return OktaViews.group(directory.group(groupId), OktaViews.base(uriInfo));
    }

    @GET
    @Path("/{groupId}/users")
    public List<Map<String, Object>> members(@PathParam("groupId") String groupId) {
        String base = OktaViews.base(uriInfo);
        return directory.groupMembers(groupId).stream().map(u -> OktaViews.user(u, base)).toList();
    }

    /** Adds a member; members of groups assigned to the app become GROUP-scoped app users (no app event). */
    @PUT
    @Path("/{groupId}/users/{userId}")
    public Response addMember(@PathParam("groupId") String groupId, @PathParam("userId") String userId) {
        return membership(directory.addMember(groupId, userId), "group.user_membership.add", userId);
    }

    @DELETE
    @Path("/{groupId}/users/{userId}")
    public Response removeMember(@PathParam("groupId") String groupId, @PathParam("userId") String userId) {
        return membership(directory.removeMember(groupId, userId), "group.user_membership.remove", userId);
    }

    private Response membership(OktaDirectory.GroupChange change, String eventType, String userId) {
        if (change.changed()) {
            events.groupMembership(eventType, directory.get(userId), change.group(), OktaRequest.context(events, http));
        }
        return Response.noContent().build();
    }
}
