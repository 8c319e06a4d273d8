package dev.switchboard.sandbox.rest;

import dev.switchboard.sandbox.config.SandboxConfig;
import dev.switchboard.sandbox.domain.RateLimiter;
import dev.switchboard.sandbox.domain.Secrets;
import dev.switchboard.sandbox.domain.oauth.ServiceApps;
import dev.switchboard.sandbox.domain.okta.OktaBucket;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Optional;

/**
 * In front of every Okta management call ({@code /api/v1/...}): the endpoint family's rate-limit bucket
 * (429 E0000047 when exhausted), then authentication — {@code SSWS <api token>} or {@code Bearer <token>} from the
 * org authorization server, whose scopes must cover the call ({@code okta.<family>.read} for reads,
 * {@code .manage} for writes). Every response carries X-Rate-Limit-Limit / -Remaining / -Reset.
 */
@Provider
@PreMatching
public class OktaGate implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String DECISION = "sandbox.okta.decision";

    // Looked up per request: filters are built at static init, before runtime config mappings exist.
    @Inject
    Instance<SandboxConfig> config;
    @Inject
    Instance<RateLimiter<OktaBucket>> limiter;
    @Inject
    Instance<ServiceApps> serviceApps;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!isOktaApi(path)) {
            return;
        }
        OktaBucket bucket = OktaBucket.of(path);
        // Okta's buckets are org-wide, so every caller shares them.
        RateLimiter.Decision<OktaBucket> decision = limiter.get().acquire("org", bucket);
        request.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            request.abortWith(error(429, "E0000047", "API call exceeded rate limit due to too many requests."));
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.startsWith("SSWS ")) {
            if (!Secrets.matches(header.substring(5).trim(), config.get().okta().apiToken())) {
                request.abortWith(invalidToken());
            }
            return;
        }
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<ServiceApps.Grant> grant = serviceApps.get().check(header.substring(7).trim());
            if (grant.isEmpty()) {
                request.abortWith(invalidToken());
            } else if (!permits(scopeFamily(path, bucket), isRead(request), grant.get().scopes())) {
                request.abortWith(Response.fromResponse(error(403, "E0000006",
                                "You do not have permission to perform the requested action"))
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer authorization_uri=\"\", realm=\"\", scope=\""
                                + scopeFamily(path, bucket) + (isRead(request) ? ".read" : ".manage")
                                + "\", error=\"insufficient_scope\", error_description=\"The access token provided "
                                + "does not contain the required scopes.\", resource=\"" + path + "\"")
                        .build());
            }
            return;
        }
        request.abortWith(invalidToken());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision<?> d) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle("X-Rate-Limit-Limit", d.limit());
            headers.putSingle("X-Rate-Limit-Remaining", d.remaining());
            headers.putSingle("X-Rate-Limit-Reset", d.resetAt().getEpochSecond());
        }
    }

    /** Schemas ({@code /api/v1/meta/...}) have their own scopes but count against the users bucket. */
    private static String scopeFamily(String path, OktaBucket bucket) {
        return path.startsWith("/api/v1/meta/") ? "okta.schemas" : bucket.scopeFamily();
    }

    /** {@code .read} for GET/HEAD, {@code .manage} otherwise (manage implies read). */
    private static boolean permits(String family, boolean read, java.util.Set<String> scopes) {
        return scopes.contains(family + ".manage") || (read && scopes.contains(family + ".read"));
    }

    private static boolean isOktaApi(String path) {
        return path.startsWith("/api/v1/") || path.equals("/api/v1");
    }

    private static boolean isRead(ContainerRequestContext request) {
        return "GET".equalsIgnoreCase(request.getMethod()) || "HEAD".equalsIgnoreCase(request.getMethod());
    }

    private static Response invalidToken() {
        return error(401, "E0000011", "Invalid token provided");
    }

    private static Response error(int status, String code, String summary) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(OktaViews.error(code, summary, List.of())).build();
    }
}
