package dev.switchboard.sandbox.config;

import dev.switchboard.sandbox.domain.RateGroup;
import dev.switchboard.sandbox.domain.RateLimiter;
import dev.switchboard.sandbox.domain.oauth.Scopes;
import dev.switchboard.sandbox.domain.oauth.ServiceApps;
import dev.switchboard.sandbox.domain.oauth.SigningKey;
import dev.switchboard.sandbox.domain.okta.DeliveryLog;
import dev.switchboard.sandbox.domain.okta.DeliverySettings;
import dev.switchboard.sandbox.domain.okta.EventHookRegistry;
import dev.switchboard.sandbox.domain.okta.LogEventFactory;
import dev.switchboard.sandbox.domain.okta.OktaBucket;
import dev.switchboard.sandbox.domain.okta.OktaDeliveryPolicy;
import dev.switchboard.sandbox.domain.okta.OktaDirectory;
import dev.switchboard.sandbox.domain.okta.SystemLog;
import dev.switchboard.sandbox.domain.okta.AppUserSchema;
import dev.switchboard.sandbox.domain.ringcentral.CustomFields;
import dev.switchboard.sandbox.domain.ringcentral.FaultInjector;
import dev.switchboard.sandbox.domain.ringcentral.NotificationLog;
import dev.switchboard.sandbox.domain.ringcentral.Subscriptions;
import dev.switchboard.sandbox.domain.ringcentral.RingCentralAccount;
import dev.switchboard.sandbox.domain.ringcentral.TokenStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
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
    OktaDeliveryPolicy deliveryPolicy(SandboxConfig config) {
        return new OktaDeliveryPolicy(initialDelivery(config), config.okta().delivery().seed().orElse(null));
    }

    /** Hook delivery as configured at start (the control API can change it at runtime). */
    public static DeliverySettings initialDelivery(SandboxConfig config) {
        SandboxConfig.Delivery d = config.okta().delivery();
        return new DeliverySettings(d.batchWindow(), d.batchMax(), d.duplicateRate(), d.shuffle(), false);
    }

    @Produces
    @ApplicationScoped
    SystemLog systemLog(Clock clock) {
        return new SystemLog(clock);
    }

    @Produces
    @ApplicationScoped
    RateLimiter<OktaBucket> oktaRateLimiter(Clock clock, SandboxConfig config) {
        return new RateLimiter<>(clock, initialOktaLimits(config));
    }

    /** Okta bucket limits as configured at start; no penalty (Okta's buckets simply reopen). */
    public static RateLimiter.Settings<OktaBucket> initialOktaLimits(SandboxConfig config) {
        SandboxConfig.OktaRateLimits r = config.okta().rateLimits();
        return new RateLimiter.Settings<>(r.enabled(),
                Map.of(OktaBucket.USERS, r.users(), OktaBucket.APPS, r.apps(), OktaBucket.LOGS, r.logs(),
                        OktaBucket.GROUPS, r.groups(), OktaBucket.EVENT_HOOKS, r.eventHooks()),
                r.window(), Duration.ZERO);
    }

    @Produces
    @ApplicationScoped
    SigningKey signingKey() {
        return new SigningKey("sandbox-" + Long.toString(System.currentTimeMillis(), 36));
    }

    @Produces
    @ApplicationScoped
    ServiceApps serviceApps(Clock clock, SandboxConfig config) {
        ServiceApps apps = new ServiceApps(clock);
        SandboxConfig.ServiceApp configured = config.okta().serviceApp();
        if (configured.clientId().isPresent() && configured.publicKey().isPresent()) {
            apps.register(configured.clientId().get(), configured.publicKey().get(), Scopes.parse(configured.scopes()));
        }
        return apps;
    }

    @Produces
    @ApplicationScoped
    FaultInjector faultInjector(SandboxConfig config) {
        return new FaultInjector(FaultInjector.Settings.none(config.ringcentral().faultsIncludeToken()), null);
    }

    @Produces
    @ApplicationScoped
    CustomFields customFields() {
        return new CustomFields();
    }

    @Produces
    @ApplicationScoped
    RingCentralAccount ringCentralAccount(Clock clock, SandboxConfig config, CustomFields customFields) {
        return new RingCentralAccount(clock, config.ringcentral().ownerExtensionId(), customFields);
    }

    @Produces
    @ApplicationScoped
    Subscriptions subscriptions(Clock clock, SandboxConfig config) {
        return new Subscriptions(clock, config.ringcentral().blacklistAfter());
    }

    @Produces
    @ApplicationScoped
    NotificationLog notificationLog(Clock clock) {
        return new NotificationLog(clock);
    }

    @Produces
    @ApplicationScoped
    AppUserSchema appUserSchema(Clock clock, SandboxConfig config) {
        return new AppUserSchema(clock, config.okta().appId(), config.okta().appLabel());
    }

    @Produces
    @ApplicationScoped
    TokenStore tokens(Clock clock) {
        return new TokenStore(clock);
    }

    @Produces
    @ApplicationScoped
    RateLimiter<RateGroup> rateLimiter(Clock clock, SandboxConfig config) {
        return new RateLimiter<>(clock, initialLimits(config));
    }

    /** Rate limits as configured at start (the control API can replace them at runtime). */
    public static RateLimiter.Settings<RateGroup> initialLimits(SandboxConfig config) {
        SandboxConfig.RateLimits r = config.ringcentral().rateLimits();
        return new RateLimiter.Settings<>(r.enabled(),
                Map.of(RateGroup.LIGHT, r.light(), RateGroup.MEDIUM, r.medium(), RateGroup.HEAVY, r.heavy(),
                        RateGroup.AUTH, r.auth()),
                r.window(), r.penalty());
    }
}
