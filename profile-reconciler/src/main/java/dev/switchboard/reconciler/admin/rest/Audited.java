package dev.switchboard.reconciler.admin.rest;

import dev.switchboard.reconciler.admin.persistence.AuditLog;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs operator actions with their audit entry. A change and its entry commit in one transaction; an action that
 * fails or is refused (404, 409, 502, …) rolls its change back and is audited on its own with the reason.
 * Each entry is also logged once it is committed.
 */
@ApplicationScoped
class Audited {

    private static final Logger LOG = Logger.getLogger("dev.switchboard.reconciler.admin.audit");

    private final AuditLog audit;

    Audited(AuditLog audit) {
        this.audit = audit;
    }

    /** What an action came to, for the audit trail. */
    record Entry(String outcome, Map<String, Object> detail) {
        static Entry of(String outcome) {
            return new Entry(outcome, Map.of());
        }
    }

    /** The caller as the audit trail names it: the token's subject (a service app's client id). */
    static String actor(SecurityIdentity identity) {
        return identity.getPrincipal().getName();
    }

    /** {@code change} and its audit entry in one transaction. */
    <T> Uni<T> inTransaction(String actor, String action, String target, Supplier<Uni<T>> change,
                             Function<T, Entry> describe) {
        return Panache.withTransaction(() -> Uni.createFrom().<T>deferred(change::get)
                        .call(result -> write(actor, action, target, describe.apply(result))))
                .invoke(result -> log(actor, action, target, describe.apply(result)))
                .onFailure().call(failure -> refused(actor, action, target, failure));
    }

    /** An action that changes nothing in this database (a call to another service), audited once it is done. */
    <T> Uni<T> afterCall(String actor, String action, String target, Supplier<Uni<T>> call,
                         Function<T, Entry> describe) {
        Context context = Vertx.currentContext();
        Uni<T> done = Uni.createFrom().<T>deferred(call::get);
        if (context != null) {
            // the answer may arrive on another thread; Hibernate Reactive needs the request's Vert.x context
            done = done.emitOn(task -> context.runOnContext(ignored -> task.run()));
        }
        return done.call(result -> Panache.withTransaction(() -> write(actor, action, target, describe.apply(result))))
                .invoke(result -> log(actor, action, target, describe.apply(result)))
                .onFailure().call(failure -> refused(actor, action, target, failure));
    }

    private Uni<Void> write(String actor, String action, String target, Entry entry) {
        return audit.record(actor, action, target, entry.outcome(), entry.detail());
    }

    private Uni<Void> refused(String actor, String action, String target, Throwable failure) {
        Map<String, Object> detail = new LinkedHashMap<>();
        Entry entry;
        if (failure instanceof AdminException refusal) {
            detail.put("reason", refusal.getMessage());
            entry = new Entry(refusal.outcome(), detail);
        } else {
            detail.put("error", String.valueOf(failure));
            entry = new Entry("FAILED", detail);
        }
        return Panache.withTransaction(() -> write(actor, action, target, entry))
                .invoke(() -> log(actor, action, target, entry))
                .onFailure().invoke(e -> LOG.errorf("could not audit %s %s %s (%s): %s", actor, action, target,
                        entry.outcome(), e))
                .onFailure().recoverWithNull();
    }

    private static void log(String actor, String action, String target, Entry entry) {
        LOG.infof("%s %s %s: %s %s", actor, action, target, entry.outcome(), entry.detail());
    }
}
