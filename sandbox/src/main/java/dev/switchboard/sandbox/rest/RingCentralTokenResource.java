package dev.switchboard.sandbox.rest;

import dev.switchboard.sandbox.config.SandboxConfig;
import dev.switchboard.sandbox.domain.Secrets;
import dev.switchboard.sandbox.domain.ringcentral.TokenStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** RingCentral OAuth token endpoint: JWT bearer grant and refresh grant, Basic client authentication. */
@Path("/restapi/oauth/token")
public class RingCentralTokenResource {

    static final String JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    static final String SCOPE = "ReadAccounts EditAccounts EditExtensions SubscriptionWebhook";

    @Inject
    SandboxConfig config;
    @Inject
    TokenStore tokens;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @FormParam("grant_type") String grantType, @FormParam("assertion") String assertion,
                          @FormParam("refresh_token") String refreshToken, @FormParam("endpoint_id") String endpointId) {
        if (!clientAuthenticated(authorization)) {
            return RingCentralErrors.oauth(401, "invalid_client", "Invalid client credentials", "OAU-146");
        }
        if (JWT_GRANT.equals(grantType)) {
            if (assertion == null || assertion.isBlank()) {
                return RingCentralErrors.oauth(400, "invalid_request", "Required parameter [assertion] is missing", "OAU-113");
            }
            if (!Secrets.matches(assertion, config.ringcentral().jwt())) {
                return RingCentralErrors.oauth(400, "invalid_grant", "Invalid assertion: the JWT credential is not valid", "OAU-144");
            }
            return ok(tokens.issue(config.ringcentral().ownerExtensionId(), endpointId));
        }
        if ("refresh_token".equals(grantType)) {
            Optional<TokenStore.Grant> grant = refreshToken == null ? Optional.empty() : tokens.refresh(refreshToken);
            return grant.map(this::ok).orElseGet(() ->
                    RingCentralErrors.oauth(400, "invalid_grant", "Token not found", "OAU-211"));
        }
        if (grantType == null) {
            return RingCentralErrors.oauth(400, "invalid_request", "Required parameter [grant_type] is missing", "OAU-113");
        }
        return RingCentralErrors.oauth(400, "unsupported_grant_type", "Unsupported grant type", "OAU-125");
    }

    private boolean clientAuthenticated(String authorization) {
        return BasicCredentials.parse(authorization).map(c -> {
            // Evaluate both comparisons so the timing does not tell which half was wrong.
            boolean id = Secrets.matches(c.clientId(), config.ringcentral().clientId());
            boolean secret = Secrets.matches(c.secret(), config.ringcentral().clientSecret());
            return id & secret;
        }).orElse(false);
    }

    private Response ok(TokenStore.Grant grant) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", grant.accessToken());
        body.put("token_type", "bearer");
        body.put("expires_in", TokenStore.ACCESS_TTL.toSeconds());
        body.put("refresh_token", grant.refreshToken());
        body.put("refresh_token_expires_in", TokenStore.REFRESH_TTL.toSeconds());
        body.put("scope", SCOPE);
        body.put("owner_id", Long.toString(grant.ownerId()));
        body.put("endpoint_id", grant.endpointId());
        body.put("session_id", grant.sessionId());
        return Response.ok(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
