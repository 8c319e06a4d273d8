package dev.switchboard.sandbox.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.*;

/** The sandbox as the admin API's OIDC issuer: discovery, JWKS, client-credentials tokens. */
@QuarkusTest
class OidcIssuerTest {

    @TestHTTPResource("/oauth2/default")
    URL issuer;

    private static io.restassured.response.Response token(String client, String secret, String scope) {
        var request = RestAssured.given().auth().preemptive().basic(client, secret).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials");
        if (scope != null) {
            request.formParam("scope", scope);
        }
        return request.post("/oauth2/default/v1/token");
    }

    private JwtClaims verified(String token) throws Exception {
        String jwks = RestAssured.get("/oauth2/default/v1/keys").then().statusCode(200).extract().asString();
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                .setExpectedIssuer(issuer.toString())
                .setExpectedAudience("api://switchboard")
                .setRequireExpirationTime()
                .build().processToClaims(token);
    }

    @Test
    void discoveryNamesTheIssuerKeysAndTokenEndpoint() {
        RestAssured.get("/oauth2/default/.well-known/openid-configuration").then().statusCode(200)
                .body("issuer", is(issuer.toString()))
                .body("jwks_uri", is(issuer + "/v1/keys"))
                .body("token_endpoint", is(issuer + "/v1/token"))
                .body("grant_types_supported", hasItem("client_credentials"))
                .body("token_endpoint_auth_methods_supported", hasItem("client_secret_basic"));
        RestAssured.get("/oauth2/default/v1/keys").then().statusCode(200)
                .body("keys[0].kty", is("RSA")).body("keys[0].alg", is("RS256"))
                .body("keys[0]", not(hasKey("d")));
    }

    @Test
    void operatorTokenIsAnRs256JwtVerifiableWithTheJwks() throws Exception {
        String token = token("switchboard-operator", "test-operator-secret", null).then().statusCode(200)
                .body("token_type", is("Bearer")).body("expires_in", is(3600))
                .extract().path("access_token");
        JwtClaims claims = verified(token);
        assertThat(claims.getSubject()).isEqualTo("switchboard-operator");
        assertThat(claims.getClaimValueAsString("cid")).isEqualTo("switchboard-operator");
        assertThat(claims.getStringListClaimValue("scp")).containsExactlyInAnyOrder("switchboard.read", "switchboard.operate");
        assertThat(claims.getJwtId()).isNotBlank();
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(3600);
    }

    @Test
    void viewerGetsReadOnlyAndCannotAskForMore() throws Exception {
        String token = token("switchboard-viewer", "test-viewer-secret", "switchboard.read").then().statusCode(200)
                .extract().path("access_token");
        assertThat(verified(token).getStringListClaimValue("scp")).containsExactly("switchboard.read");
        token("switchboard-viewer", "test-viewer-secret", "switchboard.operate").then().statusCode(400)
                .body("error", is("invalid_scope"));
        token("switchboard-viewer", "wrong", null).then().statusCode(401).body("error", is("invalid_client"));
        token("someone-else", "test-viewer-secret", null).then().statusCode(401);
    }

    @Test
    void aTokenFromAnotherKeyFailsVerification() {
        String forged = io.smallrye.jwt.build.Jwt.issuer(issuer.toString()).audience("api://switchboard")
                .subject("switchboard-operator").claim("scp", java.util.List.of("switchboard.operate"))
                .jws().keyId("whatever").sign(PrivateKeyJwtTest.newKeyPair().getPrivate());
        assertThatThrownBy(() -> verified(forged)).isInstanceOf(InvalidJwtException.class);
    }
}
