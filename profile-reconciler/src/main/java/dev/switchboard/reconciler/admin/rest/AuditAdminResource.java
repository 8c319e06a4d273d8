package dev.switchboard.reconciler.admin.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.switchboard.contracts.Json;
import dev.switchboard.reconciler.admin.AdminRoles;
import dev.switchboard.reconciler.admin.persistence.AuditEntryEntity;
import dev.switchboard.reconciler.admin.persistence.AuditLog;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The audit trail of operator actions, newest first. */
@Path("/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditAdminResource {

    private final AuditLog audit;

    public AuditAdminResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed({AdminRoles.READ, AdminRoles.OPERATE})
    public Uni<List<AuditView>> newest(@QueryParam("limit") Integer limit) {
        int max = Ids.limit(limit, DeadLetterAdminResource.DEFAULT_LIMIT, DeadLetterAdminResource.MAX_LIMIT);
        return Panache.withSession(() -> audit.newest(max)).map(rows -> rows.stream().map(AuditView::of).toList());
    }

    /** One audited action. */
    public record AuditView(UUID id, Instant at, String actor, String action, String target, String outcome,
                            Map<String, Object> detail) {
        static AuditView of(AuditEntryEntity e) {
            return new AuditView(e.id, e.at, e.actor, e.action, e.target, e.outcome, detail(e.detail));
        }

        private static Map<String, Object> detail(String json) {
            if (json == null) {
                return null;
            }
            try {
                return Json.MAPPER.readValue(json, new TypeReference<Map<String, Object>>() { });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
