package dev.switchboard.reconciler.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Okta System Log events (uuid, per user) already applied (table seen_hook_event). */
@ApplicationScoped
public class SeenHookEvents {

    /**
     * Records the event for the user; false when it was recorded before (a redelivered hook). One statement, so two
     * transactions racing on the same event cannot both win. Call inside the transaction that applies the snapshot.
     */
    public Uni<Boolean> firstSighting(String eventUuid, String oktaUserId, String deliveryId, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into seen_hook_event (event_uuid, okta_user_id, delivery_id, seen_at)
                        values (?1, ?2, ?3, ?4) on conflict do nothing""")
                .setParameter(1, eventUuid)
                .setParameter(2, oktaUserId)
                .setParameter(3, deliveryId)
                .setParameter(4, now)
                .executeUpdate()
                .map(inserted -> inserted == 1));
    }

    /** Forgets events seen before {@code cutoff}; returns how many. */
    public Uni<Integer> purgeBefore(Instant cutoff) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("delete from seen_hook_event where seen_at < ?1")
                .setParameter(1, cutoff)
                .executeUpdate());
    }
}
