package dev.switchboard.reconciler.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class OktaUserStateRepository implements PanacheRepositoryBase<OktaUserStateEntity, String> {

    /** Known Okta users (not deleted) whose normalised email or login equals {@code normalised}. */
    public Uni<List<OktaUserStateEntity>> matching(String normalised) {
        return list("(email = ?1 or login = ?1) and status is not null", normalised);
    }
}
