package dev.switchboard.reconciler.persistence;

import dev.switchboard.reconciler.domain.LinkState;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

@ApplicationScoped
public class LinkRepository implements PanacheRepositoryBase<LinkEntity, UUID> {

    /** The Okta user's most recent link (active, or the last failed / removed one), or {@code null}. */
    public Uni<LinkEntity> findLatestByOktaUserId(String oktaUserId) {
        return find("oktaUserId = ?1 order by createdAt desc", oktaUserId).firstResult();
    }

    /**
     * As {@link #findLatestByOktaUserId}, locked for the transaction: snapshots and results of one link are applied
     * by different consumers, and each rewrites the link's state and echo ledger.
     */
    public Uni<LinkEntity> lockLatestByOktaUserId(String oktaUserId) {
        return find("oktaUserId = ?1 order by createdAt desc", oktaUserId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The active link (neither FAILED nor REMOVED) to the extension, locked, or {@code null}. */
    public Uni<LinkEntity> lockActiveByExtensionId(String extensionId) {
        return find("extensionId = ?1 and state not in ?2 order by createdAt desc", extensionId,
                java.util.List.of(LinkState.FAILED, LinkState.REMOVED))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The Okta user's active link, or {@code null}. */
    public Uni<LinkEntity> findActiveByOktaUserId(String oktaUserId) {
        return find("oktaUserId = ?1 and state not in ?2", oktaUserId,
                java.util.List.of(LinkState.FAILED, LinkState.REMOVED)).firstResult();
    }

    public Uni<LinkEntity> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Users whose RingCentral extension exists (LINKED or SUSPENDED): the breaker's share is taken of them. */
    public Uni<Long> countLinkedUsers() {
        return count("state in ?1", java.util.List.of(LinkState.LINKED, LinkState.SUSPENDED));
    }
}
