package dev.switchboard.oktaingress.rest;

import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.oktaingress.client.OktaCallFailedException;
import dev.switchboard.oktaingress.domain.BackstopReport;
import dev.switchboard.oktaingress.domain.SnapshotTrigger;
import dev.switchboard.oktaingress.messaging.Backstop;
import dev.switchboard.oktaingress.messaging.Rereads;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Operator actions on okta-ingress, behind OIDC bearer tokens: roles come from the token's {@code scp} claim
 * ({@code switchboard.operate} to act, {@code switchboard.read} also to look at backstop runs).
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class AdminResource {

    static final String OPERATE = "switchboard.operate";
    static final String READ = "switchboard.read";

    private static final Logger LOG = Logger.getLogger(AdminResource.class);
    // Okta ids are short alphanumerics (00u…); anything else is refused before it reaches Okta's URL
    private static final Pattern OKTA_ID = Pattern.compile("[A-Za-z0-9]{1,64}");

    private final Backstop backstop;
    private final Rereads rereads;

    public AdminResource(Backstop backstop, Rereads rereads) {
        this.backstop = backstop;
        this.rereads = rereads;
    }

    /** Starts a backstop run; 202 with its report and Location, 409 while another run is going on. */
    @POST
    @Path("/backstop")
    @RolesAllowed(OPERATE)
    public Response startBackstop(@Context SecurityContext security, @Context UriInfo uri) {
        Optional<BackstopReport> started = backstop.start("on-demand");
        if (started.isEmpty()) {
            return problem(Response.Status.CONFLICT,
                    "backstop run " + backstop.running().orElse("?") + " is still going on");
        }
        BackstopReport report = started.get();
        LOG.infof("%s started backstop run %s", who(security), report.runId());
        return Response.accepted(report)
                .location(uri.getBaseUriBuilder().path("admin/backstop").path(report.runId()).build()).build();
    }

    /** A recent backstop run: RUNNING until it ends, then its counts. */
    @GET
    @Path("/backstop/{runId}")
    @RolesAllowed({READ, OPERATE})
    public Response backstopRun(@PathParam("runId") String runId) {
        return backstop.report(runId).map(report -> Response.ok(report).build())
                .orElseGet(() -> problem(Response.Status.NOT_FOUND, "no recent backstop run " + runId));
    }

    /** Re-reads one user from Okta and publishes its snapshot (trigger on-demand); 202 once Kafka has it. */
    @POST
    @Path("/users/{userId}/sync")
    @RolesAllowed(OPERATE)
    public Response sync(@PathParam("userId") String userId, @Context SecurityContext security) {
        if (!OKTA_ID.matcher(userId).matches()) {
            return problem(Response.Status.BAD_REQUEST, "not an Okta user id: " + userId);
        }
        OktaUserSnapshot snapshot;
        try {
            snapshot = rereads.user(userId, SnapshotTrigger.ON_DEMAND, null);
        } catch (OktaCallFailedException e) {
            LOG.warnf("%s asked to sync %s: Okta failed: %s", who(security), userId, e.getMessage());
            return problem(Response.Status.BAD_GATEWAY, "Okta could not be read: " + e.code());
        }
        LOG.infof("%s synced %s: published a snapshot (%s, assigned %s, deleted %s)", who(security), userId,
                snapshot.status(), snapshot.assigned(), snapshot.deleted());
        return Response.accepted(new Synced(userId, snapshot.status(), snapshot.assigned(), snapshot.deleted()))
                .build();
    }

    private static String who(SecurityContext security) {
        return security.getUserPrincipal() == null ? "someone" : security.getUserPrincipal().getName();
    }

    private static Response problem(Response.Status status, String reason) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new Problem(reason)).build();
    }

    /** What a sync published. */
    public record Synced(String userId, String status, boolean assigned, boolean deleted) {
    }
}
