package dev.switchboard.sandbox.rest;

import dev.switchboard.sandbox.domain.RateGroup;
import dev.switchboard.sandbox.domain.RateLimiter;
import dev.switchboard.sandbox.domain.ringcentral.FaultInjector;
import dev.switchboard.sandbox.domain.ringcentral.RateGroups;
import dev.switchboard.sandbox.domain.ringcentral.TokenStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;

/**
 * In front of every {@code /restapi} call: bearer token check (except the token endpoint), the per-group
 * rate limit, injected faults that refuse the call (5xx, 429; the others are applied by
 * {@link RingCentralFaults}), and the X-Rate-Limit-* and RCRequestId headers on every response.
 */
@Provider
@PreMatching
public class RingCentralGate implements ContainerRequestFilter, ContainerResponseFilter {

    static final String GRANT = "sandbox.rc.grant";
    private static final String DECISION = "sandbox.rc.decision";

    @Inject
    TokenStore tokens;
    @Inject
    RateLimiter<RateGroup> limiter;
    @Inject
    FaultInjector faults;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/restapi/")) {
            return;
        }
        var group = RateGroups.of(request.getMethod(), path);
        String caller;
        if (path.startsWith("/restapi/oauth/")) {
            // The Auth group is counted per client application (who is calling is not known yet).
            caller = "client:" + String.valueOf(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        } else {
            String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                request.abortWith(RingCentralErrors.legacy(401, "OAU-123", "Authorization header is not specified"));
                return;
            }
            Object checked = tokens.check(header.substring(7).trim());
            if (checked == TokenStore.Rejection.EXPIRED) {
                request.abortWith(RingCentralErrors.legacy(401, "OAU-128", "Access token expired"));
                return;
            }
            if (!(checked instanceof TokenStore.Grant grant)) {
                request.abortWith(RingCentralErrors.legacy(401, "OAU-149", "Invalid access token"));
                return;
            }
            request.setProperty(GRANT, grant);
            caller = "owner:" + grant.ownerId();
        }
        RateLimiter.Decision<RateGroup> decision = limiter.acquire(caller, group);
        request.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            request.abortWith(RingCentralErrors.legacy(429, "CMN-301", "Request rate exceeded"));
            return;
        }
        faults.decide(path).ifPresent(kind -> {
            request.setProperty(RingCentralFaults.FAULT, kind);
            switch (kind) {
                case SERVER_ERROR -> request.abortWith(RingCentralFaults.unavailable());
                case RATE_LIMITED -> request.abortWith(RingCentralErrors.legacy(429, "CMN-301", "Request rate exceeded"));
                default -> {
                    // held or answered wrongly after the call ran: RingCentralFaults
                }
            }
        });
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().startsWith("/restapi/")) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("RCRequestId", UUID.randomUUID().toString());
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision<?> d) {
            headers.putSingle("X-Rate-Limit-Group", ((RateGroup) d.group()).headerValue());
            headers.putSingle("X-Rate-Limit-Limit", d.limit());
            headers.putSingle("X-Rate-Limit-Remaining", d.remaining());
            headers.putSingle("X-Rate-Limit-Window", d.windowSeconds());
            if (!d.allowed()) {
                headers.putSingle("Retry-After", d.retryAfterSeconds());
            }
        }
        if (request.getProperty(RingCentralFaults.FAULT) == FaultInjector.Kind.RATE_LIMITED) {
            headers.putSingle("X-Rate-Limit-Remaining", 0);
            headers.putSingle("Retry-After", faults.settings().retryAfterSeconds());
        }
    }
}
