package dev.switchboard.sandbox.rest;

import dev.switchboard.sandbox.client.OktaEvents;
import dev.switchboard.sandbox.domain.okta.OktaAppUser;
import dev.switchboard.sandbox.domain.okta.OktaDirectory;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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

/** Okta App Users API for the one app instance. */
@Path("/api/v1/apps/{appId}/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OktaAppUsersResource {

    @Inject
    OktaDirectory directory;
    @Inject
    OktaEvents events;
    @Context
    UriInfo uriInfo;
    @Context
    HttpServerRequest http;

    /** Assign / update body: {@code {id, scope, credentials: {userName}, profile: {}}} (+ externalId on update). */
    public record AppUserBody(String id, String scope, String externalId, Map<String, Object> credentials,
                              Map<String, Object> profile) {
        String userName() {
            return credentials == null || credentials.get("userName") == null ? null : credentials.get("userName").toString();
        }
    }

    @POST
    public Response assign(@PathParam("appId") String appId, AppUserBody body) {
        AppUserBody b = body == null ? new AppUserBody(null, null, null, null, null) : body;
        var created = directory.assign(appId, b.id(), b.scope(), b.userName(), b.profile());
        OktaAppUser appUser = created.orElseGet(() -> directory.appUser(appId, directory.get(b.id()).id()));
        if (created.isPresent()) {
            events.membership("application.user_membership.add", directory.get(appUser.userId()),
                    OktaRequest.context(events, http));
        }
        return Response.ok(OktaViews.appUser(appUser, OktaViews.base(uriInfo))).build();
    }

    @GET
    public Response list(@PathParam("appId") String appId, @QueryParam("limit") @DefaultValue("50") int limit,
                         @QueryParam("after") String after) {
        if (limit < 1 || limit > 500) {
            limit = 50;
        }
        List<OktaAppUser> page = directory.listAppUsers(appId, after, limit);
        boolean more = page.size() == limit
                && directory.listAppUsers(appId, page.get(page.size() - 1).userId(), 1).size() == 1;
        String base = OktaViews.base(uriInfo);
        return Response.ok(page.stream().map(a -> OktaViews.appUser(a, base)).toList())
                .header("Link", OktaViews.linkHeader(base + "/api/v1/apps/" + appId + "/users", limit,
                        more ? page.get(page.size() - 1).userId() : null))
                .build();
    }

    @GET
    @Path("/{userId}")
    public Map<String, Object> get(@PathParam("appId") String appId, @PathParam("userId") String userId) {
        return OktaViews.appUser(directory.appUser(appId, userId), OktaViews.base(uriInfo));
    }

    @POST
    @Path("/{userId}")
    public Map<String, Object> update(@PathParam("appId") String appId, @PathParam("userId") String userId,
                                      AppUserBody body) {
        AppUserBody b = body == null ? new AppUserBody(null, null, null, null, null) : body;
        OktaAppUser updated = directory.updateAppUser(appId, userId, b.profile(), b.externalId(), b.userName());
        events.membership("application.user_membership.update", directory.get(userId), OktaRequest.context(events, http));
        return OktaViews.appUser(updated, OktaViews.base(uriInfo));
    }

    @DELETE
    @Path("/{userId}")
    public Response unassign(@PathParam("appId") String appId, @PathParam("userId") String userId) {
        // Still assigned through a group: the app user stays (scope GROUP), so nothing was removed.
        if (directory.unassign(appId, userId).isPresent()) {
            events.membership("application.user_membership.remove", directory.get(userId),
                    OktaRequest.context(events, http));
        }
        return Response.noContent().build();
    }
}
