package dev.switchboard.sandbox.rest;

import dev.switchboard.sandbox.client.OktaEvents;
import dev.switchboard.sandbox.domain.okta.OktaApiException;
import dev.switchboard.sandbox.domain.okta.OktaDirectory;
import dev.switchboard.sandbox.domain.okta.OktaUser;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Map;

/** Okta Users API: create, read (by id or login, with ETag), partial update, list, lifecycle. */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OktaUsersResource {

    @Inject
    OktaDirectory directory;
    @Inject
    OktaEvents events;
    @Context
    UriInfo uriInfo;
    @Context
    HttpServerRequest http;

    /** Body of create / update: {@code {profile: {...}, credentials: {...}}}. */
    public record UserBody(Map<String, Object> profile, Map<String, Object> credentials) {
    }

    @POST
    public Response create(UserBody body, @QueryParam("activate") @DefaultValue("true") boolean activate) {
        if (body == null) {
            throw OktaApiException.validation("profile: The field cannot be left blank");
        }
        boolean hasPassword = body.credentials() != null && body.credentials().get("password") instanceof Map<?, ?> p
                && p.get("value") != null;
        OktaUser user = directory.createUser(body.profile(), activate, hasPassword);
        events.userCreated(user, OktaRequest.context(events, http));
        return Response.ok(OktaViews.user(user, OktaViews.base(uriInfo))).build();
    }

    @GET
    public Response list(@QueryParam("limit") @DefaultValue("200") int limit, @QueryParam("after") String after) {
        if (limit < 1 || limit > 200) {
            limit = 200;
        }
        List<OktaUser> page = directory.listUsers(after, limit);
        boolean more = page.size() == limit && directory.listUsers(page.get(page.size() - 1).id(), 1).size() == 1;
        String base = OktaViews.base(uriInfo);
        return Response.ok(page.stream().map(u -> OktaViews.user(u, base)).toList())
                .header("Link", OktaViews.linkHeader(base + "/api/v1/users", limit,
                        more ? page.get(page.size() - 1).id() : null))
                .build();
    }

    @GET
    @Path("/{idOrLogin}")
    public Response get(@PathParam("idOrLogin") String idOrLogin) {
        OktaUser user = directory.get(idOrLogin);
        return Response.ok(OktaViews.user(user, OktaViews.base(uriInfo))).header("ETag", user.etag()).build();
    }

    /** Partial update (merge); honours If-Match. */
    @POST
    @Path("/{idOrLogin}")
    public Response update(@PathParam("idOrLogin") String idOrLogin, UserBody body,
                           @HeaderParam("If-Match") String ifMatch) {
        OktaDirectory.ProfileUpdate update = directory.updateProfile(idOrLogin, body == null ? null : body.profile(), ifMatch);
        if (!update.changedAttributes().isEmpty()) {
            events.profileUpdated(update.user(), update.changedAttributes(), OktaRequest.context(events, http));
        }
        return Response.ok(OktaViews.user(update.user(), OktaViews.base(uriInfo))).header("ETag", update.user().etag()).build();
    }

    @POST
    @Path("/{id}/lifecycle/activate")
    public Map<String, Object> activate(@PathParam("id") String id) {
        events.userLifecycle("user.lifecycle.activate", directory.activate(id), OktaRequest.context(events, http));
        return Map.of();
    }

    @POST
    @Path("/{id}/lifecycle/deactivate")
    public Map<String, Object> deactivate(@PathParam("id") String id) {
        OktaDirectory.Deactivation d = directory.deactivate(id);
        events.deactivated(d.user(), d.removedAssignments(), OktaRequest.context(events, http));
        return Map.of();
    }

    @POST
    @Path("/{id}/lifecycle/suspend")
    public Map<String, Object> suspend(@PathParam("id") String id) {
        events.userLifecycle("user.lifecycle.suspend", directory.suspend(id), OktaRequest.context(events, http));
        return Map.of();
    }

    @POST
    @Path("/{id}/lifecycle/unsuspend")
    public Map<String, Object> unsuspend(@PathParam("id") String id) {
        events.userLifecycle("user.lifecycle.unsuspend", directory.unsuspend(id), OktaRequest.context(events, http));
        return Map.of();
    }
}
