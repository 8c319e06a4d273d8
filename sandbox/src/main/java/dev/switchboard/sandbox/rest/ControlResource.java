package dev.switchboard.sandbox.rest;

import dev.switchboard.sandbox.client.OktaEvents;
import dev.switchboard.sandbox.config.SandboxBeans;
import dev.switchboard.sandbox.config.SandboxConfig;
import dev.switchboard.sandbox.domain.RateGroup;
import dev.switchboard.sandbox.domain.RateLimiter;
import dev.switchboard.sandbox.domain.okta.DeliveryLog;
import dev.switchboard.sandbox.domain.okta.EventHookRegistry;
import dev.switchboard.sandbox.domain.okta.LogEventFactory;
import dev.switchboard.sandbox.domain.okta.OktaDirectory;
import dev.switchboard.sandbox.domain.okta.OktaUser;
import dev.switchboard.sandbox.domain.ringcentral.RingCentralAccount;
import dev.switchboard.sandbox.domain.ringcentral.TokenStore;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.util.EnumMap;
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
    RateLimiter limiter;
    @Inject
    SandboxConfig config;
    @Context
    UriInfo uriInfo;
    @Context
    HttpServerRequest http;

    void seed(@Observes StartupEvent start) {
        seedAccount();
    }

    /** Forgets everything (users, hooks, deliveries, extensions, tokens, counters) and restores the seed. */
    @POST
    @Path("/reset")
    public Map<String, Object> reset() {
        directory.clear();
        hooks.clear();
        deliveries.clear();
        account.clear();
        tokens.clear();
        limiter.update(SandboxBeans.initialLimits(config));
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
            m.put("attempts", d.attempts());
            m.put("lastStatus", d.lastStatus());
            m.put("lastError", d.lastError());
            m.put("outcome", d.outcome());
            m.put("created", LogEventFactory.format(d.created()));
            m.put("finished", LogEventFactory.format(d.finished()));
            return m;
        }).toList();
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
        return rateLimitView(limiter.settings());
    }

    @PUT
    @Path("/ringcentral/rate-limits")
    public Map<String, Object> setRateLimits(RateLimitsBody body) {
        RateLimiter.Settings current = limiter.settings();
        Map<RateGroup, Integer> limits = new EnumMap<>(RateGroup.class);
        if (body != null && body.limits() != null) {
            body.limits().forEach((name, value) -> {
                RateGroup group = java.util.Arrays.stream(RateGroup.values())
                        .filter(g -> g.headerValue().equalsIgnoreCase(name)).findFirst()
                        .orElseThrow(() -> new BadRequestException("unknown rate-limit group " + name));
                if (value == null || value < 1) {
                    throw new BadRequestException("limit for " + name + " must be at least 1");
                }
                limits.put(group, value);
            });
        }
        boolean enabled = body == null || body.enabled() == null ? current.enabled() : body.enabled();
        limiter.update(current.with(enabled, limits));
        return rateLimitView(limiter.settings());
    }

    private static Map<String, Object> rateLimitView(RateLimiter.Settings s) {
        Map<String, Object> limits = new LinkedHashMap<>();
        for (RateGroup g : RateGroup.values()) {
            limits.put(g.headerValue(), s.limit(g));
        }
        return Map.of("enabled", s.enabled(), "limits", limits, "windowSeconds", s.window().toSeconds(),
                "penaltySeconds", s.penalty().toSeconds());
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
