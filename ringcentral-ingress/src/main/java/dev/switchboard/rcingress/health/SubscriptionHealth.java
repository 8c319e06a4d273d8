package dev.switchboard.rcingress.health;

import dev.switchboard.rcingress.messaging.SubscriptionKeeper;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows the webhook subscription in readiness. It stays UP whatever the subscription's state: a pod taken out of
 * its Service could not answer the Validation-Token handshake that creating a new subscription needs, so DOWN
 * would keep a failing subscription failing. Alerts go on the gauge switchboard.subscription.active instead.
 */
@Readiness
@ApplicationScoped
public class SubscriptionHealth implements HealthCheck {

    private final SubscriptionKeeper keeper;

    SubscriptionHealth(SubscriptionKeeper keeper) {
        this.keeper = keeper;
    }

    @Override
    public HealthCheckResponse call() {
        SubscriptionKeeper.State state = keeper.state();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("ringcentral-subscription").up()
                .withData("status", state.status());
        if (state.subscriptionId() != null) {
            builder.withData("subscriptionId", state.subscriptionId());
        }
        if (state.expirationTime() != null) {
            builder.withData("expirationTime", state.expirationTime().toString());
        }
        if (state.detail() != null) {
            builder.withData("detail", state.detail());
        }
        if (state.checkedAt() != null) {
            builder.withData("checkedAt", state.checkedAt().toString());
        }
        return builder.build();
    }
}
