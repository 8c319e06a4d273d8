package dev.switchboard.sandbox.domain.oauth;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.lang.JoseException;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The org authorization server's API service apps (private_key_jwt client authentication, as Okta requires
 * for {@code okta.*} scopes), the client-assertion ids already used, and the access tokens it issued.
 */
public final class ServiceApps {

    /** A registered service app: its public key and the scopes granted to it. */
    public record ServiceApp(String clientId, PublicKey publicKey, Set<String> scopes) {
    }

    /** What an issued access token allows, until when. */
    public record Grant(String clientId, Set<String> scopes, Instant expires) {
    }

    /** Okta: the assertion's exp may be at most one hour in the future. */
    private static final int MAX_ASSERTION_MINUTES = 60;

    private final Clock clock;
    private final Map<String, ServiceApp> apps = new LinkedHashMap<>();
    private final Map<String, Instant> usedJtis = new HashMap<>();
    private final Map<String, Grant> tokens = new HashMap<>();

    public ServiceApps(Clock clock) {
        this.clock = clock;
    }

    /** Registers (or replaces) a service app with its public key, PEM (SubjectPublicKeyInfo) or JWK JSON. */
    public synchronized ServiceApp register(String clientId, String publicKey, Set<String> scopes) {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("clientId is required");
        }
        ServiceApp app = new ServiceApp(clientId, parsePublicKey(publicKey), Set.copyOf(scopes));
        apps.put(clientId, app);
        return app;
    }

    public synchronized List<ServiceApp> all() {
        return List.copyOf(apps.values());
    }

    /**
     * Authenticates a client assertion: signed by the registered key of its issuer, iss = sub = client id,
     * aud = the token endpoint URL, exp in the future (at most an hour), jti not seen before.
     */
    public synchronized ServiceApp authenticate(String assertion, String clientIdParam, String tokenUrl) {
        if (assertion == null || assertion.isBlank()) {
            throw OAuthException.invalidClient("client_assertion is required");
        }
        String issuer;
        try {
            // First pass only reads the claims to find whose key must verify the signature.
            JwtContext unverified = new JwtConsumerBuilder().setSkipAllValidators().setDisableRequireSignature()
                    .setSkipSignatureVerification().build().process(assertion);
            issuer = unverified.getJwtClaims().getIssuer();
        } catch (InvalidJwtException | MalformedClaimException e) {
            throw OAuthException.invalidClient("The client_assertion is not a well-formed JWT.");
        }
        ServiceApp app = issuer == null ? null : apps.get(issuer);
        if (app == null || (clientIdParam != null && !clientIdParam.equals(issuer))) {
            throw OAuthException.invalidClient("The client_assertion's issuer is not a registered client.");
        }
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setMaxFutureValidityInMinutes(MAX_ASSERTION_MINUTES)
                .setAllowedClockSkewInSeconds(30)
                .setExpectedIssuer(app.clientId())
                .setExpectedSubject(app.clientId())
                .setExpectedAudience(tokenUrl)
                .setVerificationKey(app.publicKey())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.RSA_USING_SHA384,
                        AlgorithmIdentifiers.RSA_USING_SHA512, AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
                        AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384,
                        AlgorithmIdentifiers.ECDSA_USING_P521_CURVE_AND_SHA512)
                .build();
        JwtClaims claims;
        try {
            claims = consumer.processToClaims(assertion);
        } catch (InvalidJwtException e) {
            throw OAuthException.invalidClient("The client_assertion is invalid: " + reason(e));
        }
        rememberJti(claims);
        return app;
    }

    /** Stores an issued token so the management API accepts it until it expires. */
    public synchronized void remember(String accessToken, Grant grant) {
        tokens.put(accessToken, grant);
    }

    /** The grant of a valid (issued, unexpired) access token. */
    public synchronized Optional<Grant> check(String accessToken) {
        Grant grant = accessToken == null ? null : tokens.get(accessToken);
        if (grant == null || !clock.instant().isBefore(grant.expires())) {
            return Optional.empty();
        }
        return Optional.of(grant);
    }

    /** Forgets tokens and used assertion ids; registered apps stay (they come from configuration too). */
    public synchronized void clearTokens() {
        tokens.clear();
        usedJtis.clear();
    }

    private void rememberJti(JwtClaims claims) {
        try {
            String jti = claims.getJwtId();
            if (jti == null) {
                return;
            }
            Instant now = clock.instant();
            usedJtis.values().removeIf(exp -> exp.isBefore(now.minusSeconds(60)));
            if (usedJtis.containsKey(jti)) {
                throw OAuthException.invalidClient("The client_assertion's jti has already been used.");
            }
            usedJtis.put(jti, Instant.ofEpochSecond(claims.getExpirationTime().getValue()));
        } catch (MalformedClaimException e) {
            throw OAuthException.invalidClient("The client_assertion's jti or exp is malformed.");
        }
    }

    private static String reason(InvalidJwtException e) {
        return e.getErrorDetails().isEmpty() ? "rejected" : e.getErrorDetails().get(0).getErrorMessage();
    }

    /** A public key from PEM ({@code -----BEGIN PUBLIC KEY-----}, RSA or EC) or a JWK JSON object. */
    public static PublicKey parsePublicKey(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a public key (PEM or JWK) is required");
        }
        String trimmed = text.trim();
        try {
            if (trimmed.startsWith("{")) {
                return PublicJsonWebKey.Factory.newPublicJwk(trimmed).getPublicKey();
            }
            byte[] der = Base64.getMimeDecoder().decode(trimmed.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", ""));
            X509EncodedKeySpec spec = new X509EncodedKeySpec(der);
            try {
                return KeyFactory.getInstance("RSA").generatePublic(spec);
            } catch (GeneralSecurityException notRsa) {
                return KeyFactory.getInstance("EC").generatePublic(spec);
            }
        } catch (JoseException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a PEM public key or JWK: " + e.getMessage(), e);
        }
    }
}
