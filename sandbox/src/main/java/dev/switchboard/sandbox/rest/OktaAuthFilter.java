package dev.switchboard.sandbox.rest;

import dev.switchboard.sandbox.config.SandboxConfig;
import dev.switchboard.sandbox.domain.Secrets;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** Every Okta management call ({@code /api/v1/...}) needs {@code Authorization: SSWS <api token>}. */
@Provider
@PreMatching
public class OktaAuthFilter implements ContainerRequestFilter {

    // Looked up per request: filters are built at static init, before runtime config mappings exist.
    @Inject
    Instance<SandboxConfig> config;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/v1/") && !path.equals("/api/v1")) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String token = header != null && header.startsWith("SSWS ") ? header.substring(5).trim() : null;
        if (!Secrets.matches(token, config.get().okta().apiToken())) {
            request.abortWith(Response.status(401).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(OktaViews.error("E0000011", "Invalid token provided", List.of())).build());
        }
    }
}
