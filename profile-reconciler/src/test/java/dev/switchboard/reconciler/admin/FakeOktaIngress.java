package dev.switchboard.reconciler.admin;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** okta-ingress's sync endpoint inside the test application (%test switchboard.okta-ingress.url points here). */
@Path("/fake-okta-ingress/admin/users")
public class FakeOktaIngress {

    /** A user id okta-ingress fails for, as when Okta is down. */
    public static final String OKTA_DOWN = "00uoktadown";

    static final List<String> SYNCED = new CopyOnWriteArrayList<>();

    @POST
    @Path("/{oktaUserId}/sync")
    public Response sync(@PathParam("oktaUserId") String oktaUserId) {
        if (OKTA_DOWN.equals(oktaUserId)) {
            return Response.status(503).entity("Okta answered 503 for GET /api/v1/users/" + oktaUserId).build();
        }
        SYNCED.add(oktaUserId);
        return Response.accepted().build();
    }
}
