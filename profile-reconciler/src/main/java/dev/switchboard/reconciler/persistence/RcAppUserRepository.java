package dev.switchboard.reconciler.persistence;

import dev.switchboard.reconciler.domain.Matching;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RcAppUserRepository implements PanacheRepositoryBase<RcAppUserEntity, String> {

    /** The record linked (or being linked) through {@code linkId}, or {@code null}. */
    public Uni<RcAppUserEntity> findByLinkId(UUID linkId) {
        return find("linkId", linkId).firstResult();
    }

    public Uni<RcAppUserEntity> lock(String extensionId) {
        return findById(extensionId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * UNMATCHED records whose normalised email or login is one of {@code normalised}, locked: an Okta user that just
     * became known may match them.
     */
    public Uni<List<RcAppUserEntity>> lockUnmatched(List<String> normalised) {
        return find("matchStatus = ?1 and (email in ?2 or login in ?2) order by extensionId",
                Matching.Status.UNMATCHED, normalised).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Newest first; all statuses when {@code status} is {@code null}. */
    public Uni<List<RcAppUserEntity>> newest(Matching.Status status, int limit) {
        return (status == null ? find("order by updatedAt desc")
                : find("matchStatus = ?1 order by updatedAt desc", status)).page(Page.ofSize(limit)).list();
    }
}
