package dev.switchboard.oktawriter.messaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.contracts.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Okta's authentication in front of {@link FakeOkta}, as the org answers it: {@code SSWS test-token}, or a Bearer
 * token from {@link FakeOktaTokens} whose scopes cover the call ({@code okta.<family>.read} for GET,
 * {@code .manage} for the rest; manage implies read) — else 403 E0000006 with Okta's {@code insufficient_scope}
 * challenge naming the scope. Any other credential: 401 E0000011 with {@code error="invalid_token"}.
 */
@ApplicationScoped
public class FakeOktaGate {

    static final String API_TOKEN = "test-token";

    /** A request the gate refused, before it reached {@link FakeOkta}. */
    public record Refused(String method, String path, String authorization, int status) {
    }

    @Inject
    FakeOktaTokens tokens;

    private final ConcurrentLinkedQueue<Refused> refused = new ConcurrentLinkedQueue<>();

    /** The requests refused so far whose path contains {@code part}. */
    public List<Refused> refusedAbout(String part) {
        return refused.stream().filter(r -> r.path().contains(part)).toList();
    }

    @ServerRequestFilter(preMatching = true)
    public Response authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/v1/")) {
            return null;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (("SSWS " + API_TOKEN).equals(header)) {
            return null;
        }
        boolean read = "GET".equals(request.getMethod());
        String needed = family(path) + (read ? ".read" : ".manage");
        Optional<Set<String>> scopes = header != null && header.startsWith("Bearer ")
                ? tokens.scopesOf(header.substring(7)) : Optional.empty();
        if (scopes.isEmpty()) {
            return refuse(request, path, header, 401, "E0000011", "Invalid token provided",
                    "Bearer authorization_uri=\"\", realm=\"\", error=\"invalid_token\", "
                            + "error_description=\"The token is not valid as it was revoked or has expired.\"");
        }
        if (!scopes.get().contains(family(path) + ".manage") && !(read && scopes.get().contains(needed))) {
            return refuse(request, path, header, 403, "E0000006",
                    "You do not have permission to perform the requested action",
                    "Bearer authorization_uri=\"\", realm=\"\", scope=\"" + needed + "\", error=\"insufficient_scope\", "
                            + "error_description=\"The access token provided does not contain the required scopes.\", "
                            + "resource=\"" + path + "\"");
        }
        return null;
    }

    private static String family(String path) {
        if (path.startsWith("/api/v1/meta/")) {
            return "okta.schemas";
        }
        return path.startsWith("/api/v1/apps") ? "okta.apps" : "okta.users";
    }

    private Response refuse(ContainerRequestContext request, String path, String header, int status, String code,
                            String summary, String challenge) {
        refused.add(new Refused(request.getMethod(), path, header, status));
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("errorCode", code);
        body.put("errorSummary", summary);
        body.put("errorLink", code);
        body.put("errorId", "oaefake");
        body.putArray("errorCauses");
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).entity(body).build();
    }
}
