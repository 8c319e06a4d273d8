package dev.switchboard.sandbox.rest;

import dev.switchboard.sandbox.domain.oauth.SigningKey;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Okta-style RS256 access tokens (iss, aud, sub = cid = client id, scp array, iat, exp, jti) and token responses. */
final class AccessTokens {

    private AccessTokens() {
    }

    static String sign(SigningKey key, String issuer, String audience, String clientId, Set<String> scopes,
                       Instant now, long ttlSeconds) {
        return Jwt.issuer(issuer)
                .audience(audience)
                .subject(clientId)
                .claim("cid", clientId)
                .claim("scp", List.copyOf(scopes))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(ttlSeconds))
                .claim("jti", UUID.randomUUID().toString())
                .jws().keyId(key.kid()).algorithm(SignatureAlgorithm.RS256)
                .sign(key.privateKey());
    }

    /** The RFC 6749 §5.1 body Okta returns. */
    static Map<String, Object> response(String token, long ttlSeconds, Set<String> scopes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token_type", "Bearer");
        body.put("expires_in", ttlSeconds);
        body.put("access_token", token);
        body.put("scope", String.join(" ", scopes));
        return body;
    }
}
