package dev.switchboard.reconciler.admin.rest;

import dev.switchboard.reconciler.admin.AdminRoles;
import dev.switchboard.reconciler.admin.BreakerDecisions;
import dev.switchboard.reconciler.admin.BreakerDecisions.PendingDecision;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/** The mass-deprovisioning breaker: its state, the commands it holds, and the operator's decisions on them. */
@Path("/admin/breaker")
@Produces(MediaType.APPLICATION_JSON)
public class BreakerAdminResource {

    private final BreakerDecisions breaker;
    private final Audited audited;
    private final SecurityIdentity identity;

    public BreakerAdminResource(BreakerDecisions breaker, Audited audited, SecurityIdentity identity) {
        this.breaker = breaker;
        this.audited = audited;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({AdminRoles.READ, AdminRoles.OPERATE})
    public Uni<BreakerView> state() {
        return Panache.withSession(() -> breaker.state()
                .chain(state -> breaker.pending().map(pending -> new BreakerView(state, pending))));
    }

    /** Releases a held command to the outbox. */
    @POST
    @Path("/{id}/approve")
    @RolesAllowed(AdminRoles.OPERATE)
    public Uni<PendingDecision> approve(@PathParam("id") String id) {
        return decide(id, "BREAKER_APPROVE", "APPROVED", breaker::approve);
    }

    /** Drops a held command for good. */
    @POST
    @Path("/{id}/reject")
    @RolesAllowed(AdminRoles.OPERATE)
    public Uni<PendingDecision> reject(@PathParam("id") String id) {
        return decide(id, "BREAKER_REJECT", "REJECTED", breaker::reject);
    }

    /** Releases every held command. */
    @POST
    @Path("/approve-all")
    @RolesAllowed(AdminRoles.OPERATE)
    public Uni<ApprovedAll> approveAll() {
        String actor = Audited.actor(identity);
        return audited.inTransaction(actor, "BREAKER_APPROVE_ALL", "breaker", () -> breaker.approveAll(actor),
                        count -> new Audited.Entry("APPROVED", Map.of("approved", count)))
                .map(ApprovedAll::new);
    }

    private Uni<PendingDecision> decide(String rawId, String action, String outcome,
                                        BiFunction<UUID, String, Uni<Optional<PendingDecision>>> decision) {
        String actor = Audited.actor(identity);
        return audited.inTransaction(actor, action, rawId, () -> {
            UUID id = Ids.uuid(rawId, "decision id");
            return decision.apply(id, actor).chain(decided -> decided.isPresent()
                    ? Uni.createFrom().item(decided.get())
                    : breaker.find(id).chain(found -> Uni.createFrom().<PendingDecision>failure(found
                            .map(d -> AdminException.conflict("decision " + id + " was already " + d.status()
                                    + (d.decidedBy() == null ? "" : " by " + d.decidedBy())))
                            .orElseGet(() -> AdminException.notFound("no breaker decision " + id)))));
        }, decided -> new Audited.Entry(outcome, Map.of("action", decided.action(),
                "oktaUserId", String.valueOf(decided.oktaUserId()), "linkId", String.valueOf(decided.linkId()))));
    }

    /** The breaker and what it holds. */
    public record BreakerView(BreakerDecisions.BreakerState state, List<PendingDecision> pending) {
    }

    /** How many held commands approve-all released. */
    public record ApprovedAll(int approved) {
    }
}
