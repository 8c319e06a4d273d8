package dev.switchboard.reconciler.rest;

import dev.switchboard.reconciler.domain.LinkState;
import dev.switchboard.reconciler.persistence.LinkEntity;
import dev.switchboard.reconciler.persistence.LinkRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;

/**
 * Read-only view of links for operators and tests. Unauthenticated for now: the OIDC-protected admin API comes
 * with issue 3 (quarkus.oidc.tenant-enabled=false until then).
 */
@Path("/links")
@Produces(MediaType.APPLICATION_JSON)
public class LinkResource {

    private final LinkRepository links;

    public LinkResource(LinkRepository links) {
        this.links = links;
    }

    /** The Okta user's current link (the active one, else the latest failed one); 404 when there is none. */
    @GET
    @Path("/{oktaUserId}")
    @WithSession
    public Uni<LinkView> byOktaUser(@PathParam("oktaUserId") String oktaUserId) {
        return links.findLatestByOktaUserId(oktaUserId)
                .onItem().ifNull().failWith(() -> new NotFoundException("no link for Okta user " + oktaUserId))
                .map(LinkView::of);
    }

    /** A link as operators see it. */
    public record LinkView(UUID id, String oktaUserId, String extensionId, LinkState state, String failureReason,
                           Instant createdAt, Instant updatedAt, Instant lastOktaUpdated) {
        static LinkView of(LinkEntity link) {
            return new LinkView(link.id, link.oktaUserId, link.extensionId, link.state, link.failureReason,
                    link.createdAt, link.updatedAt, link.lastOktaUpdated);
        }
    }
}
