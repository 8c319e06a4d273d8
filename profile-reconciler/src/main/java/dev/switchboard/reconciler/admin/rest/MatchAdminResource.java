package dev.switchboard.reconciler.admin.rest;

import dev.switchboard.reconciler.admin.AdminRoles;
import dev.switchboard.reconciler.domain.Matching;
import dev.switchboard.reconciler.messaging.ImportLinker;
import dev.switchboard.reconciler.persistence.LinkRepository;
import dev.switchboard.reconciler.persistence.OktaUserStateRepository;
import dev.switchboard.reconciler.persistence.RcAppUserEntity;
import dev.switchboard.reconciler.persistence.RcAppUserRepository;
import dev.switchboard.reconciler.persistence.RingCentralExtensionStateRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** Import New Users: RingCentral users and how they matched Okta users; operators confirm or ignore matches. */
@Path("/admin/matches")
@Produces(MediaType.APPLICATION_JSON)
public class MatchAdminResource {

    private static final Pattern EXTENSION_ID = Pattern.compile("[0-9]{1,32}");

    private final RcAppUserRepository appUsers;
    private final RingCentralExtensionStateRepository extensions;
    private final OktaUserStateRepository oktaStates;
    private final LinkRepository links;
    private final ImportLinker linker;
    private final Audited audited;
    private final SecurityIdentity identity;

    public MatchAdminResource(RcAppUserRepository appUsers, RingCentralExtensionStateRepository extensions,
                              OktaUserStateRepository oktaStates, LinkRepository links, ImportLinker linker,
                              Audited audited, SecurityIdentity identity) {
        this.appUsers = appUsers;
        this.extensions = extensions;
        this.oktaStates = oktaStates;
        this.links = links;
        this.linker = linker;
        this.audited = audited;
        this.identity = identity;
    }

    /** Newest first; {@code status} = UNMATCHED, MATCHED, DISPUTED, LINKED, CONFIRMED or IGNORED (default all). */
    @GET
    @RolesAllowed({AdminRoles.READ, AdminRoles.OPERATE})
    public Uni<List<MatchView>> list(@QueryParam("status") String status, @QueryParam("limit") Integer limit) {
        Matching.Status wanted = status(status);
        int max = Ids.limit(limit, 100, 1000);
        return Panache.withSession(() -> appUsers.newest(wanted, max))
                .map(rows -> rows.stream().map(MatchAdminResource::view).toList());
    }

    /** Links the RingCentral user to the given Okta user (and assigns it in Okta when configured). */
    @POST
    @Path("/{extensionId}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(AdminRoles.OPERATE)
    public Uni<MatchView> confirm(@PathParam("extensionId") String extensionId, ConfirmBody body) {
        String actor = Audited.actor(identity);
        return audited.inTransaction(actor, "MATCH_CONFIRM", extensionId, () -> {
            String id = extensionId(extensionId);
            if (body == null || body.oktaUserId() == null) {
                throw AdminException.badRequest("body must be {\"oktaUserId\": \"00u…\"}");
            }
            String oktaUserId = Ids.oktaUserId(body.oktaUserId());
            return appUsers.lock(id).chain(row -> {
                if (row == null) {
                    throw AdminException.notFound("no imported RingCentral user " + id);
                }
                if (row.matchStatus == Matching.Status.LINKED || row.matchStatus == Matching.Status.CONFIRMED) {
                    throw AdminException.conflict("extension " + id + " is already linked to Okta user "
                            + row.oktaUserId);
                }
                return links.lockActiveByExtensionId(id).chain(active -> {
                    if (active != null) {
                        throw AdminException.conflict("extension " + id + " is already linked (link " + active.id + ")");
                    }
                    return extensions.findById(id);
                }).chain(rc -> {
                    if (rc == null || rc.removed) {
                        throw AdminException.conflict("extension " + id + " no longer exists in RingCentral");
                    }
                    return oktaStates.findById(oktaUserId).chain(user -> {
                        if (user == null || user.status == null) {
                            throw AdminException.notFound("the reconciler knows no Okta user " + oktaUserId);
                        }
                        return linker.link(null, rc.toState(), row, user, actor);
                    });
                }).map(link -> {
                    if (link == null) {
                        throw AdminException.conflict(row.reason);
                    }
                    return view(row);
                });
            });
        }, view -> new Audited.Entry("LINKED", Map.of("oktaUserId", view.oktaUserId(),
                "linkId", String.valueOf(view.linkId()))));
    }

    /** Stops matching the RingCentral user (until an operator confirms it after all). */
    @POST
    @Path("/{extensionId}/ignore")
    @RolesAllowed(AdminRoles.OPERATE)
    public Uni<MatchView> ignore(@PathParam("extensionId") String extensionId) {
        String actor = Audited.actor(identity);
        return audited.inTransaction(actor, "MATCH_IGNORE", extensionId, () -> {
            String id = extensionId(extensionId);
            return appUsers.lock(id).map(row -> {
                if (row == null) {
                    throw AdminException.notFound("no imported RingCentral user " + id);
                }
                if (row.matchStatus == Matching.Status.LINKED || row.matchStatus == Matching.Status.CONFIRMED) {
                    throw AdminException.conflict("extension " + id + " is linked; unlink it in Okta instead");
                }
                row.matchStatus = Matching.Status.IGNORED;
                row.decidedBy = actor;
                row.updatedAt = Instant.now();
                return view(row);
            });
        }, view -> Audited.Entry.of("IGNORED"));
    }

    private static String extensionId(String value) {
        if (value == null || !EXTENSION_ID.matcher(value).matches()) {
            throw AdminException.badRequest("not a RingCentral extension id: " + value);
        }
        return value;
    }

    private static Matching.Status status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Matching.Status.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw AdminException.badRequest("status must be one of " + List.of(Matching.Status.values()));
        }
    }

    private static MatchView view(RcAppUserEntity row) {
        List<Map<String, Object>> candidates = new java.util.ArrayList<>();
        row.candidates.forEach((oktaUserId, detail) -> {
            Map<String, Object> candidate = new java.util.LinkedHashMap<>();
            candidate.put("oktaUserId", oktaUserId);
            if (detail instanceof Map<?, ?> fields) {
                fields.forEach((k, v) -> candidate.put(String.valueOf(k), v));
            }
            candidates.add(candidate);
        });
        return new MatchView(row.extensionId, row.email, row.login, row.matchStatus.name(), candidates,
                row.reason, row.oktaUserId, row.linkId, row.decidedBy, row.createdAt, row.updatedAt);
    }

    /** The body of a confirmation. */
    public record ConfirmBody(String oktaUserId) {
    }

    /** An imported RingCentral user and its match. */
    public record MatchView(String extensionId, String email, String login, String status,
                            List<Map<String, Object>> candidates,
                            String reason, String oktaUserId, UUID linkId, String decidedBy, Instant createdAt,
                            Instant updatedAt) {
    }
}
