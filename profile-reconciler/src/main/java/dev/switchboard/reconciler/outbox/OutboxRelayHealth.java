package dev.switchboard.reconciler.outbox;

import dev.switchboard.reconciler.config.ReconcilerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the relay streams from its replication slot, so nothing counts on commands that could sit unsent. */
@Readiness
@ApplicationScoped
public class OutboxRelayHealth implements HealthCheck {

    private final OutboxRelay relay;
    private final ReconcilerConfig config;

    public OutboxRelayHealth(OutboxRelay relay, ReconcilerConfig config) {
        this.relay = relay;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        boolean enabled = config.outbox().enabled();
        return HealthCheckResponse.named("outbox-relay")
                .status(!enabled || relay.running())
                .withData("enabled", enabled)
                .withData("slot", config.outbox().slotName())
                .build();
    }
}
