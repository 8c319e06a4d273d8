package dev.switchboard.reconciler.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class LinkRepository implements PanacheRepositoryBase<LinkEntity, UUID> {

    /** The Okta user's most recent link (active, or the last failed one), or {@code null}. */
    public Uni<LinkEntity> findLatestByOktaUserId(String oktaUserId) {
        return find("oktaUserId = ?1 order by createdAt desc", oktaUserId).firstResult();
    }
}
