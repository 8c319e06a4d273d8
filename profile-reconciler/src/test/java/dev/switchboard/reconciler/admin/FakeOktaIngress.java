package dev.switchboard.reconciler.admin;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * okta-ingress's sync endpoint inside the test application (%test switchboard.okta-ingress.url points here). Like the
 * real one it wants a bearer token; it records the token it got.
 */
@Path("/fake-okta-ingress/admin/users")
public class FakeOktaIngress {

    /** A user id okta-ingress fails for, as when Okta is down. */
    public static final String OKTA_DOWN = "00uoktadown";

    /** user id and the Authorization header of each accepted sync */
    static final Map<String, String> SYNCED = new ConcurrentHashMap<>();

    @POST
    @Path("/{oktaUserId}/sync")
    public Response sync(@HeaderParam("Authorization") String authorization,
                         @PathParam("oktaUserId") String oktaUserId) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Response.status(401).entity("bearer token required").build();
        }
        if (OKTA_DOWN.equals(oktaUserId)) {
            return Response.status(503).entity("Okta answered 503 for GET /api/v1/users/" + oktaUserId).build();
        }
        SYNCED.put(oktaUserId, authorization);
        return Response.accepted().build();
    }
}
