package dev.switchboard.sandbox.rest;

import dev.switchboard.sandbox.domain.oauth.OAuthException;
import dev.switchboard.sandbox.domain.oauth.Scopes;
import dev.switchboard.sandbox.domain.oauth.ServiceApps;
import dev.switchboard.sandbox.domain.oauth.SigningKey;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.time.Clock;
import java.time.Instant;

import java.util.Map;
import java.util.Set;

/**
 * The org authorization server ({@code /oauth2/v1}) that issues management-API tokens to API service apps:
 * client credentials with private_key_jwt only, scope required and limited to the app's grants. Tokens are
 * accepted on {@code /api/v1} as {@code Authorization: Bearer <token>} for an hour.
 */
@Path("/oauth2/v1")
@Produces(MediaType.APPLICATION_JSON)
public class OrgAuthorizationServerResource {

    static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final long TTL_SECONDS = 3600;

    @Inject
    ServiceApps serviceApps;
    @Inject
    SigningKey key;
    @Inject
    Clock clock;
    @Context
    UriInfo uriInfo;

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Map<String, Object> token(@FormParam("grant_type") String grantType, @FormParam("scope") String scope,
                                     @FormParam("client_id") String clientId,
                                     @FormParam("client_assertion_type") String assertionType,
                                     @FormParam("client_assertion") String assertion) {
        if (!ASSERTION_TYPE.equals(assertionType)) {
            throw OAuthException.invalidClient("Service apps must authenticate with private_key_jwt: "
                    + "client_assertion_type " + ASSERTION_TYPE + " and a client_assertion.");
        }
        String base = OktaViews.base(uriInfo);
        ServiceApps.ServiceApp app = serviceApps.authenticate(assertion, clientId, base + "/oauth2/v1/token");
        if (!"client_credentials".equals(grantType)) {
            throw new OAuthException(400, "unsupported_grant_type", "The grant_type must be client_credentials.");
        }
        Set<String> granted = Scopes.grant(scope, app.scopes(), false);
        Instant now = clock.instant();
        String token = AccessTokens.sign(key, base, base, app.clientId(), granted, now, TTL_SECONDS);
        serviceApps.remember(token, new ServiceApps.Grant(app.clientId(), granted, now.plusSeconds(TTL_SECONDS)));
        return AccessTokens.response(token, TTL_SECONDS, granted);
    }

    @GET
    @Path("/keys")
    public Map<String, Object> keys() {
        return key.jwks();
    }
}
