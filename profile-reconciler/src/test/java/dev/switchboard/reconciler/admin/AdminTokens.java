package dev.switchboard.reconciler.admin;

import io.smallrye.jwt.build.Jwt;
import java.util.List;

/**
 * Access tokens shaped like an Okta custom authorization server's (iss, aud, sub = client id, cid, scp array),
 * signed with the key of the in-process WireMock OIDC server that the %test profile trusts.
 */
public final class AdminTokens {

    /** The issuer the %test profile expects (quarkus.oidc.token.issuer). */
    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "api://switchboard";

    private AdminTokens() {
    }

    /** switchboard-operator: both scopes. */
    public static String operator() {
        return token("switchboard-operator", AUDIENCE, AdminRoles.READ, AdminRoles.OPERATE);
    }

    /** switchboard-viewer: read only. */
    public static String viewer() {
        return token("switchboard-viewer", AUDIENCE, AdminRoles.READ);
    }

    public static String token(String clientId, String audience, String... scopes) {
        return Jwt.issuer(ISSUER)
                .audience(audience)
                .subject(clientId)
                .claim("cid", clientId)
                .claim("scp", List.of(scopes))
                .expiresIn(300)
                .sign();
    }
}
