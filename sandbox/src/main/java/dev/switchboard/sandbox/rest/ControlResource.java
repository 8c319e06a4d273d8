package dev.switchboard.sandbox.rest;

import dev.switchboard.sandbox.client.HookDispatcher;
import dev.switchboard.sandbox.client.NotificationDispatcher;
import dev.switchboard.sandbox.domain.okta.AppUserSchema;
import dev.switchboard.sandbox.domain.ringcentral.CustomFields;
import dev.switchboard.sandbox.domain.ringcentral.NotificationLog;
import dev.switchboard.sandbox.domain.ringcentral.Subscriptions;
import dev.switchboard.sandbox.client.OktaEvents;
import dev.switchboard.sandbox.config.SandboxBeans;
import dev.switchboard.sandbox.config.SandboxConfig;
import dev.switchboard.sandbox.domain.RateGroup;
import dev.switchboard.sandbox.domain.RateLimiter;
import dev.switchboard.sandbox.domain.oauth.Scopes;
import dev.switchboard.sandbox.domain.oauth.ServiceApps;
import dev.switchboard.sandbox.domain.okta.DeliveryLog;
import dev.switchboard.sandbox.domain.okta.DeliverySettings;
import dev.switchboard.sandbox.domain.okta.EventHookRegistry;
import dev.switchboard.sandbox.domain.okta.LogEventFactory;
import dev.switchboard.sandbox.domain.okta.OktaBucket;
import dev.switchboard.sandbox.domain.okta.OktaDeliveryPolicy;
import dev.switchboard.sandbox.domain.okta.OktaDirectory;
import dev.switchboard.sandbox.domain.okta.OktaUser;
import dev.switchboard.sandbox.domain.okta.SystemLog;
import dev.switchboard.sandbox.domain.ringcentral.FaultInjector;
import dev.switchboard.sandbox.domain.ringcentral.RingCentralAccount;
import dev.switchboard.sandbox.domain.ringcentral.TokenStore;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Control API for the deploy script, end-to-end tests and benchmarks. Deliberately unprotected: the sandbox
 * holds only test data and must never run in production.
 */
@Path("/sandbox")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ControlResource {

    @Inject
    OktaDirectory directory;
    @Inject
    EventHookRegistry hooks;
    @Inject
    DeliveryLog deliveries;
    @Inject
    OktaEvents events;
    @Inject
    RingCentralAccount account;
    @Inject
    TokenStore tokens;
    @Inject
    RateLimiter<RateGroup> limiter;
    @Inject
    RateLimiter<OktaBucket> oktaLimiter;
    @Inject
    OktaDeliveryPolicy deliveryPolicy;
    @Inject
    HookDispatcher dispatcher;
    @Inject
    SystemLog systemLog;
    @Inject
    ServiceApps serviceApps;
    @Inject
    FaultInjector faults;
    @Inject
    Subscriptions subscriptions;
    @Inject
    NotificationLog notifications;
    @Inject
    NotificationDispatcher notificationDispatcher;
    @Inject
    CustomFields customFields;
    @Inject
    AppUserSchema appUserSchema;
    @Inject
    SandboxConfig config;
    @Context
    UriInfo uriInfo;
    @Context
    HttpServerRequest http;

    void seed(@Observes StartupEvent start) {
        seedAccount();
    }

    /**
     * Forgets everything (users, groups, hooks, deliveries, System Log, profile sources, app-user schema custom
     * properties, subscriptions, notifications, custom fields, extensions, tokens, counters, faults) and restores
     * the seed and the configured delivery, notification and rate-limit settings. Registered service apps stay.
     */
    @POST
    @Path("/reset")
    public Map<String, Object> reset() {
        subscriptions.clear();
        subscriptions.blacklistAfter(config.ringcentral().blacklistAfter());
        notifications.clear();
        notificationDispatcher.reset();
        customFields.clear();
        appUserSchema.clear();
        directory.clear();
        hooks.clear();
        dispatcher.clear();
        deliveries.clear();
        systemLog.clear();
        deliveryPolicy.update(SandboxBeans.initialDelivery(config), config.okta().delivery().seed().orElse(null));
        account.clear();
        tokens.clear();
        serviceApps.clearTokens();
        limiter.update(SandboxBeans.initialLimits(config));
        oktaLimiter.update(SandboxBeans.initialOktaLimits(config));
        faults.update(FaultInjector.Settings.none(config.ringcentral().faultsIncludeToken()), null);
        seedAccount();
        return Map.of("reset", true);
    }

    @GET
    @Path("/okta/deliveries")
    public List<Map<String, Object>> deliveries() {
        return deliveries.all().stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("hookId", d.hookId());
            m.put("eventId", d.eventId());
            m.put("uri", d.uri());
            m.put("eventTypes", d.eventTypes());
            m.put("eventUuids", d.eventUuids());
            m.put("userIds", d.userIds());
            m.put("firstAttemptAt", d.firstAttemptAt() == null ? null : d.firstAttemptAt().toString());
            m.put("attempts", d.attempts());
            m.put("duplicates", d.duplicates());
            m.put("lastStatus", d.lastStatus());
            m.put("lastError", d.lastError());
            m.put("outcome", d.outcome());
            m.put("created", LogEventFactory.format(d.created()));
            m.put("finished", LogEventFactory.format(d.finished()));
            return m;
        }).toList();
    }

    /** Body (every field optional): batch window, most events per delivery, duplicate probability, shuffle, drop, seed. */
    public record DeliveryBody(Long batchWindowMs, Integer batchMax, Double duplicateRate, Boolean shuffle,
                               Boolean drop, Long seed) {
    }

    @GET
    @Path("/okta/delivery")
    public Map<String, Object> delivery() {
        return deliveryView(deliveryPolicy.settings());
    }

    /** Changes hook delivery at runtime; fields left out keep their value. */
    @PUT
    @Path("/okta/delivery")
    public Map<String, Object> setDelivery(DeliveryBody body) {
        DeliveryBody b = body == null ? new DeliveryBody(null, null, null, null, null, null) : body;
        DeliverySettings current = deliveryPolicy.settings();
        DeliverySettings updated;
        try {
            updated = new DeliverySettings(
                    b.batchWindowMs() == null ? current.batchWindow() : Duration.ofMillis(b.batchWindowMs()),
                    b.batchMax() == null ? current.batchMax() : b.batchMax(),
                    b.duplicateRate() == null ? current.duplicateRate() : b.duplicateRate(),
                    b.shuffle() == null ? current.shuffle() : b.shuffle(),
                    b.drop() == null ? current.drop() : b.drop());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        deliveryPolicy.update(updated, b.seed());
        if (updated.batchWindow().isZero()) {
            dispatcher.flushAll();
        }
        return deliveryView(updated);
    }

    private static Map<String, Object> deliveryView(DeliverySettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batchWindowMs", s.batchWindow().toMillis());
        m.put("batchMax", s.batchMax());
        m.put("duplicateRate", s.duplicateRate());
        m.put("shuffle", s.shuffle());
        m.put("drop", s.drop());
        return m;
    }

    /** Body: {@code {enabled, limits: {users, apps, logs, groups, eventHooks}}} (both optional). */
    public record OktaRateLimitsBody(Boolean enabled, Map<String, Integer> limits) {
    }

    @GET
    @Path("/okta/rate-limits")
    public Map<String, Object> oktaRateLimits() {
        return oktaRateLimitView(oktaLimiter.settings());
    }

    @PUT
    @Path("/okta/rate-limits")
    public Map<String, Object> setOktaRateLimits(OktaRateLimitsBody body) {
        RateLimiter.Settings<OktaBucket> current = oktaLimiter.settings();
        Map<OktaBucket, Integer> limits = limits(body == null ? null : body.limits(), OktaBucket.values(),
                ControlResource::bucketName);
        boolean enabled = body == null || body.enabled() == null ? current.enabled() : body.enabled();
        oktaLimiter.update(current.with(enabled, limits));
        return oktaRateLimitView(oktaLimiter.settings());
    }

    private static String bucketName(OktaBucket bucket) {
        return bucket.scopeFamily().substring("okta.".length());
    }

    private static Map<String, Object> oktaRateLimitView(RateLimiter.Settings<OktaBucket> s) {
        Map<String, Object> limits = new LinkedHashMap<>();
        for (OktaBucket b : OktaBucket.values()) {
            limits.put(bucketName(b), s.limit(b));
        }
        return Map.of("enabled", s.enabled(), "limits", limits, "windowSeconds", s.window().toSeconds());
    }

    /** Body: {@code {clientId, publicKeyPem | publicKeyJwk, scopes?}} (scopes default to the configured grants). */
    public record ServiceAppBody(String clientId, String publicKeyPem, Object publicKeyJwk, List<String> scopes) {
    }

    /** Registers an API service app (private_key_jwt) for the org authorization server. */
    @POST
    @Path("/okta/service-apps")
    public Response registerServiceApp(ServiceAppBody body) throws com.fasterxml.jackson.core.JsonProcessingException {
        if (body == null || body.clientId() == null || body.clientId().isBlank()) {
            throw new BadRequestException("clientId is required");
        }
        String key = body.publicKeyPem() != null ? body.publicKeyPem()
                : body.publicKeyJwk() instanceof String s ? s
                : body.publicKeyJwk() != null ? new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body.publicKeyJwk())
                : null;
        var scopes = body.scopes() == null ? Scopes.parse(config.okta().serviceApp().scopes())
                : new java.util.LinkedHashSet<>(body.scopes());
        ServiceApps.ServiceApp app;
        try {
            app = serviceApps.register(body.clientId(), key, scopes);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return Response.status(201).entity(serviceAppView(app)).build();
    }

    @GET
    @Path("/okta/service-apps")
    public List<Map<String, Object>> serviceApps() {
        return serviceApps.all().stream().map(ControlResource::serviceAppView).toList();
    }

    private static Map<String, Object> serviceAppView(ServiceApps.ServiceApp app) {
        return Map.of("clientId", app.clientId(), "scopes", app.scopes().stream().sorted().toList(),
                "keyAlgorithm", app.publicKey().getAlgorithm());
    }

    /**
     * Body: {@code {rate, kinds: [5xx|timeout|429|slow|lost-response], slowMs, timeoutMs, retryAfterSeconds,
     * includeToken, seed}}; fields left out keep their value; counters restart.
     */
    public record FaultsBody(Double rate, List<String> kinds, Long slowMs, Long timeoutMs, Long retryAfterSeconds,
                             Boolean includeToken, Long seed) {
    }

    @GET
    @Path("/ringcentral/faults")
    public Map<String, Object> faults() {
        return faultView();
    }

    @PUT
    @Path("/ringcentral/faults")
    public Map<String, Object> setFaults(FaultsBody body) {
        FaultsBody b = body == null ? new FaultsBody(null, null, null, null, null, null, null) : body;
        FaultInjector.Settings current = faults.settings();
        try {
            faults.update(new FaultInjector.Settings(
                    b.rate() == null ? current.rate() : b.rate(),
                    b.kinds() == null ? current.kinds() : b.kinds().stream().map(FaultInjector.Kind::fromWire).toList(),
                    b.slowMs() == null ? current.slow() : Duration.ofMillis(b.slowMs()),
                    b.timeoutMs() == null ? current.timeout() : Duration.ofMillis(b.timeoutMs()),
                    b.retryAfterSeconds() == null ? current.retryAfterSeconds() : b.retryAfterSeconds(),
                    b.includeToken() == null ? current.includeToken() : b.includeToken()), b.seed());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return faultView();
    }

    /** Stops injecting faults; the counters of what was injected stay readable. */
    @DELETE
    @Path("/ringcentral/faults")
    public Map<String, Object> clearFaults() {
        faults.stop();
        return faultView();
    }

    private Map<String, Object> faultView() {
        FaultInjector.Settings s = faults.settings();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rate", s.rate());
        m.put("kinds", s.kinds().stream().map(FaultInjector.Kind::wireName).toList());
        m.put("slowMs", s.slow().toMillis());
        m.put("timeoutMs", s.timeout().toMillis());
        m.put("retryAfterSeconds", s.retryAfterSeconds());
        m.put("includeToken", s.includeToken());
        m.put("counters", faults.counters());
        return m;
    }

    /** Body: {@code {profile: {login, email, firstName, lastName, ...}, status?: ACTIVE|PROVISIONED|STAGED}}. */
    public record NewUser(Map<String, Object> profile, String status) {
    }

    /** Creates a user in one call (default ACTIVE); emits the same events as the Users API. */
    @POST
    @Path("/okta/users")
    public Map<String, Object> createOktaUser(NewUser body) {
        String status = body == null || body.status() == null ? "ACTIVE" : body.status().toUpperCase(Locale.ROOT);
        if (!List.of("ACTIVE", "PROVISIONED", "STAGED").contains(status)) {
            throw new BadRequestException("status must be ACTIVE, PROVISIONED or STAGED");
        }
        OktaUser user = directory.createUser(body == null ? null : body.profile(), !"STAGED".equals(status),
                "ACTIVE".equals(status));
        events.userCreated(user, OktaRequest.context(events, http));
        return OktaViews.user(user, OktaViews.base(uriInfo));
    }

    @GET
    @Path("/ringcentral/extensions")
    public List<Object> extensions() {
        return List.copyOf(account.all());
    }

    /** Body: {@code {enabled: bool, limits: {Light: n, Medium: n, Heavy: n, Auth: n}}} (both optional). */
    public record RateLimitsBody(Boolean enabled, Map<String, Integer> limits) {
    }

    @GET
    @Path("/ringcentral/rate-limits")
    public Map<String, Object> rateLimits() {
        return rateLimitView(limiter.settings(), limiter.counts());
    }

    @PUT
    @Path("/ringcentral/rate-limits")
    public Map<String, Object> setRateLimits(RateLimitsBody body) {
        RateLimiter.Settings<RateGroup> current = limiter.settings();
        Map<RateGroup, Integer> limits = limits(body == null ? null : body.limits(), RateGroup.values(),
                RateGroup::headerValue);
        boolean enabled = body == null || body.enabled() == null ? current.enabled() : body.enabled();
        limiter.update(current.with(enabled, limits));
        return rateLimitView(limiter.settings(), limiter.counts());
    }

    /** Limits by group name (case-insensitive) → by group; 400 for an unknown name or a limit below 1. */
    private static <G> Map<G, Integer> limits(Map<String, Integer> byName, G[] groups,
                                              java.util.function.Function<G, String> name) {
        Map<G, Integer> limits = new java.util.HashMap<>();
        if (byName != null) {
            byName.forEach((key, value) -> {
                G group = java.util.Arrays.stream(groups).filter(g -> name.apply(g).equalsIgnoreCase(key)).findFirst()
                        .orElseThrow(() -> new BadRequestException("unknown rate-limit group " + key));
                if (value == null || value < 1) {
                    throw new BadRequestException("limit for " + key + " must be at least 1");
                }
                limits.put(group, value);
            });
        }
        return limits;
    }

    /** Settings, and per group the requests admitted and refused (429) since the limits were last set. */
    private static Map<String, Object> rateLimitView(RateLimiter.Settings<RateGroup> s, Map<RateGroup, long[]> counts) {
        Map<String, Object> limits = new LinkedHashMap<>();
        Map<String, Object> counters = new LinkedHashMap<>();
        for (RateGroup g : RateGroup.values()) {
            limits.put(g.headerValue(), s.limit(g));
            long[] c = counts.getOrDefault(g, new long[2]);
            counters.put(g.headerValue(), Map.of("admitted", c[0], "refused", c[1]));
        }
        return Map.of("enabled", s.enabled(), "limits", limits, "windowSeconds", s.window().toSeconds(),
                "penaltySeconds", s.penalty().toSeconds(), "counters", counters);
    }

    /** The admin extension that owns the JWT credential (extension 101), present in every real account. */
    private void seedAccount() {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var request = mapper.createObjectNode();
        request.put("type", "User");
        request.put("status", "Enabled");
        request.put("extensionNumber", "101");
        var contact = request.putObject("contact");
        contact.put("firstName", "Sandbox");
        contact.put("lastName", "Admin");
        contact.put("email", config.ringcentral().ownerEmail());
        contact.put("emailAsLoginName", true);
        account.create(request);
    }
}
