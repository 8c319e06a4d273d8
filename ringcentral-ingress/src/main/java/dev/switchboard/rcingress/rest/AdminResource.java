package dev.switchboard.rcingress.rest;

import dev.switchboard.contracts.RingCentralSchema;
import dev.switchboard.clients.ringcentral.RingCentralException;
import dev.switchboard.rcingress.domain.ImportReport;
import dev.switchboard.rcingress.messaging.FullImport;
import dev.switchboard.rcingress.messaging.SchemaDiscovery;
import dev.switchboard.rcingress.messaging.SubscriptionKeeper;
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
import org.jboss.logging.Logger;

/**
 * Operator actions on ringcentral-ingress, behind OIDC bearer tokens: roles come from the token's {@code scp} claim
 * ({@code switchboard.operate} to act, {@code switchboard.read} also to look).
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class AdminResource {

    static final String OPERATE = "switchboard.operate";
    static final String READ = "switchboard.read";

    private static final Logger LOG = Logger.getLogger(AdminResource.class);

    private final FullImport fullImport;
    private final SchemaDiscovery schemaDiscovery;
    private final SubscriptionKeeper keeper;

    AdminResource(FullImport fullImport, SchemaDiscovery schemaDiscovery, SubscriptionKeeper keeper) {
        this.fullImport = fullImport;
        this.schemaDiscovery = schemaDiscovery;
        this.keeper = keeper;
    }

    /** Starts a full import; 202 with its report and Location, 409 while another run is going on (on any replica). */
    @POST
    @Path("/import")
    @RolesAllowed(OPERATE)
    public Response startImport(@Context SecurityContext security, @Context UriInfo uri) {
        Optional<ImportReport> started = fullImport.start("on-demand");
        if (started.isEmpty()) {
            return Problem.response(Response.Status.CONFLICT, fullImport.running()
                    .map(runId -> "import run " + runId + " is still going on")
                    .orElse("an import is going on on another replica"));
        }
        ImportReport report = started.get();
        LOG.infof("%s started import run %s", who(security), report.runId());
        return Response.accepted(report)
                .location(uri.getBaseUriBuilder().path("admin/import").path(report.runId()).build()).build();
    }

    /** An import run: RUNNING until it ends, then its report. */
    @GET
    @Path("/import/{runId}")
    @RolesAllowed({READ, OPERATE})
    public Response importRun(@PathParam("runId") String runId) {
        return fullImport.report(runId).map(report -> Response.ok(report).build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "no import run " + runId));
    }

    /** Reads the account's attributes and publishes them to ringcentral.schema.v1; 202 once Kafka has it. */
    @POST
    @Path("/schema")
    @RolesAllowed(OPERATE)
    public Response discoverSchema(@Context SecurityContext security) {
        try {
            RingCentralSchema schema = schemaDiscovery.discover();
            LOG.infof("%s published the schema of account %s", who(security), schema.accountId());
            return Response.accepted(schema).build();
        } catch (RingCentralException e) {
            return Problem.response(Response.Status.BAD_GATEWAY, "RingCentral could not be read: " + e.error().code());
        }
    }

    /** The webhook subscription as of the last check. */
    @GET
    @Path("/subscription")
    @RolesAllowed({READ, OPERATE})
    public SubscriptionKeeper.State subscription() {
        return keeper.state();
    }

    /** Checks (and repairs) the webhook subscription now. */
    @POST
    @Path("/subscription/check")
    @RolesAllowed(OPERATE)
    public SubscriptionKeeper.State checkSubscription(@Context SecurityContext security) {
        LOG.infof("%s asked for a subscription check", who(security));
        return keeper.check();
    }

    private static String who(SecurityContext security) {
        return security.getUserPrincipal() == null ? "someone" : security.getUserPrincipal().getName();
    }
}
