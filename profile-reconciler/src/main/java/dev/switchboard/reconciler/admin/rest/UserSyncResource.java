package dev.switchboard.reconciler.admin.rest;

import dev.switchboard.reconciler.admin.AdminRoles;
import dev.switchboard.reconciler.admin.client.OktaIngress;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** On-demand sync of one user: okta-ingress re-reads it from Okta and the fresh snapshot flows the usual way. */
@Path("/admin/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserSyncResource {

    private final OktaIngress oktaIngress;
    private final Audited audited;
    private final SecurityIdentity identity;

    public UserSyncResource(OktaIngress oktaIngress, Audited audited, SecurityIdentity identity) {
        this.oktaIngress = oktaIngress;
        this.audited = audited;
        this.identity = identity;
    }

    /** 202 once okta-ingress accepted, 502 with its reason when it did not. */
    @POST
    @Path("/{oktaUserId}/sync")
    @RolesAllowed(AdminRoles.OPERATE)
    public Uni<Response> sync(@PathParam("oktaUserId") String oktaUserId) {
        String id = Ids.oktaUserId(oktaUserId);
        String token = identity.getCredential(AccessTokenCredential.class).getToken();
        return audited.afterCall(Audited.actor(identity), "USER_SYNC", id, () -> oktaIngress.sync(id, token), outcome -> {
                    Map<String, Object> detail = new LinkedHashMap<>();
                    detail.put("httpStatus", outcome.httpStatus());
                    if (outcome.reason() != null) {
                        detail.put("reason", outcome.reason());
                    }
                    return new Audited.Entry(outcome.accepted() ? "ACCEPTED" : "BAD_GATEWAY", detail);
                })
                .map(outcome -> {
                    if (!outcome.accepted()) {
                        throw AdminException.badGateway(outcome.reason());
                    }
                    return Response.accepted(new SyncAccepted(id, "okta-ingress re-reads the user from Okta")).build();
                });
    }

    /** The answer to an accepted sync. */
    public record SyncAccepted(String oktaUserId, String status) {
    }
}
