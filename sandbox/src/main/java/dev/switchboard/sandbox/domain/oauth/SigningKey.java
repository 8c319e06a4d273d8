package dev.switchboard.sandbox.domain.oauth;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

import java.security.PrivateKey;
import java.util.Map;

/** The RSA key the sandbox's authorization servers sign tokens with, generated at start; published as JWKS. */
public final class SigningKey {

    private final RsaJsonWebKey jwk;

    public SigningKey(String kid) {
        try {
            jwk = RsaJwkGenerator.generateJwk(2048);
        } catch (JoseException e) {
            throw new IllegalStateException("cannot generate the RSA signing key", e);
        }
        jwk.setKeyId(kid);
        jwk.setAlgorithm("RS256");
        jwk.setUse("sig");
    }

    public String kid() {
        return jwk.getKeyId();
    }

    public PrivateKey privateKey() {
        return jwk.getPrivateKey();
    }

    public java.security.PublicKey publicKey() {
        return jwk.getPublicKey();
    }

    /** The JWKS document ({@code {"keys":[...]}}) with the public part only. */
    public Map<String, Object> jwks() {
        return Map.of("keys", java.util.List.of(jwk.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)));
    }
}
