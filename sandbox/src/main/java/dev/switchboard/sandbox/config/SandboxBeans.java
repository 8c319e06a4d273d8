package dev.switchboard.sandbox.config;

import dev.switchboard.sandbox.domain.RateGroup;
import dev.switchboard.sandbox.domain.RateLimiter;
import dev.switchboard.sandbox.domain.okta.DeliveryLog;
import dev.switchboard.sandbox.domain.okta.DeliveryPolicy;
import dev.switchboard.sandbox.domain.okta.EventHookRegistry;
import dev.switchboard.sandbox.domain.okta.LogEventFactory;
import dev.switchboard.sandbox.domain.okta.OktaDirectory;
import dev.switchboard.sandbox.domain.ringcentral.RingCentralAccount;
import dev.switchboard.sandbox.domain.ringcentral.TokenStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.util.Map;

/** The in-memory state of the sandbox, one instance each for the whole application. */
@ApplicationScoped
public class SandboxBeans {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    OktaDirectory oktaDirectory(Clock clock, SandboxConfig config) {
        return new OktaDirectory(clock, config.okta().appId());
    }

    @Produces
    @ApplicationScoped
    EventHookRegistry eventHooks(Clock clock) {
        return new EventHookRegistry(clock);
    }

    @Produces
    @ApplicationScoped
    LogEventFactory logEvents(Clock clock) {
        return new LogEventFactory(clock);
    }

    @Produces
    @ApplicationScoped
    DeliveryLog deliveryLog(Clock clock) {
        return new DeliveryLog(clock);
    }

    @Produces
    @ApplicationScoped
    DeliveryPolicy deliveryPolicy() {
        return DeliveryPolicy.plain();
    }

    @Produces
    @ApplicationScoped
    RingCentralAccount ringCentralAccount(Clock clock, SandboxConfig config) {
        return new RingCentralAccount(clock, config.ringcentral().ownerExtensionId());
    }

    @Produces
    @ApplicationScoped
    TokenStore tokens(Clock clock) {
        return new TokenStore(clock);
    }

    @Produces
    @ApplicationScoped
    RateLimiter rateLimiter(Clock clock, SandboxConfig config) {
        return new RateLimiter(clock, initialLimits(config));
    }

    /** Rate limits as configured at start (the control API can replace them at runtime). */
    public static RateLimiter.Settings initialLimits(SandboxConfig config) {
        SandboxConfig.RateLimits r = config.ringcentral().rateLimits();
        return new RateLimiter.Settings(r.enabled(),
                Map.of(RateGroup.LIGHT, r.light(), RateGroup.MEDIUM, r.medium(), RateGroup.HEAVY, r.heavy(),
                        RateGroup.AUTH, r.auth()),
                r.window(), r.penalty());
    }
}
