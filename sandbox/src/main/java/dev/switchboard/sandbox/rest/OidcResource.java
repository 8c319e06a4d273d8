package dev.switchboard.sandbox.rest;

import dev.switchboard.sandbox.config.SandboxConfig;
import dev.switchboard.sandbox.domain.Secrets;
import dev.switchboard.sandbox.domain.oauth.OAuthException;
import dev.switchboard.sandbox.domain.oauth.Scopes;
import dev.switchboard.sandbox.domain.oauth.SigningKey;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The custom authorization server "default" ({@code /oauth2/default}) that issues the admin API's tokens, like
 * an Okta custom authorization server: discovery, JWKS, and the client-credentials token endpoint
 * (client_secret_basic) for switchboard-operator and switchboard-viewer. The issuer follows the base URL the
 * caller used.
 */
@Path("/oauth2/default")
@Produces(MediaType.APPLICATION_JSON)
public class OidcResource {

    public static final String OPERATOR = "switchboard-operator";
    public static final String VIEWER = "switchboard-viewer";
    static final Set<String> OPERATOR_SCOPES = Set.of("switchboard.read", "switchboard.operate");
    static final Set<String> VIEWER_SCOPES = Set.of("switchboard.read");

    @Inject
    SandboxConfig config;
    @Inject
    SigningKey key;
    @Inject
    Clock clock;
    @Context
    UriInfo uriInfo;

    @GET
    @Path("/.well-known/openid-configuration")
    public Map<String, Object> discovery() {
        return metadata();
    }

    /** RFC 8414 metadata; Okta serves it next to the OIDC discovery document. */
    @GET
    @Path("/.well-known/oauth-authorization-server")
    public Map<String, Object> authorizationServerMetadata() {
        return metadata();
    }

    @GET
    @Path("/v1/keys")
    public Map<String, Object> keys() {
        return key.jwks();
    }

    @POST
    @Path("/v1/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Map<String, Object> token(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                     @FormParam("grant_type") String grantType, @FormParam("scope") String scope) {
        String clientId = authenticate(authorization);
        if (!"client_credentials".equals(grantType)) {
            throw new OAuthException(400, "unsupported_grant_type",
                    "The grant_type must be client_credentials; this authorization server issues service tokens only.");
        }
        Set<String> granted = Scopes.grant(scope, OPERATOR.equals(clientId) ? OPERATOR_SCOPES : VIEWER_SCOPES, true);
        Instant now = clock.instant();
        long ttl = config.oidc().tokenTtl().toSeconds();
        String token = AccessTokens.sign(key, issuer(), config.oidc().audience(), clientId, granted, now, ttl);
        return AccessTokens.response(token, ttl, granted);
    }

    /** The client id of a correct client_secret_basic header; 401 invalid_client otherwise. */
    private String authenticate(String authorization) {
        BasicCredentials credentials = BasicCredentials.parse(authorization)
                .orElseThrow(() -> OAuthException.invalidClient("Client authentication failed: use client_secret_basic."));
        Optional<String> expected = switch (credentials.clientId()) {
            case OPERATOR -> config.oidc().operatorSecret();
            case VIEWER -> config.oidc().viewerSecret();
            default -> Optional.empty();
        };
        if (expected.isEmpty() || !Secrets.matches(credentials.secret(), expected.get())) {
            throw OAuthException.invalidClient("Client authentication failed.");
        }
        return credentials.clientId();
    }

    private String issuer() {
        return OktaViews.base(uriInfo) + "/oauth2/default";
    }

    private Map<String, Object> metadata() {
        String issuer = issuer();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("issuer", issuer);
        m.put("authorization_endpoint", issuer + "/v1/authorize");
        m.put("token_endpoint", issuer + "/v1/token");
        m.put("jwks_uri", issuer + "/v1/keys");
        m.put("response_types_supported", List.of("token"));
        m.put("grant_types_supported", List.of("client_credentials"));
        m.put("subject_types_supported", List.of("public"));
        m.put("id_token_signing_alg_values_supported", List.of("RS256"));
        m.put("scopes_supported", List.of("switchboard.read", "switchboard.operate"));
        m.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        m.put("claims_supported", List.of("iss", "sub", "aud", "iat", "exp", "jti", "cid", "scp"));
        return m;
    }
}
