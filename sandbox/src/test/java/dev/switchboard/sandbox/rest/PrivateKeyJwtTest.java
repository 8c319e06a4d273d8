package dev.switchboard.sandbox.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static dev.switchboard.sandbox.rest.Fixtures.*;
import static org.hamcrest.Matchers.*;

/** An Okta API service app: private_key_jwt at the org authorization server, then Bearer on /api/v1. */
@QuarkusTest
class PrivateKeyJwtTest {

    @TestHTTPResource("/oauth2/v1/token")
    URL tokenUrl;

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(KeyPair keys) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private static String register(KeyPair keys) {
        String clientId = "0oa" + UUID.randomUUID().toString().replace("-", "").substring(0, 17);
        control().body(Map.of("clientId", clientId, "publicKeyPem", pem(keys)))
                .post("/sandbox/okta/service-apps").then().statusCode(201).body("clientId", is(clientId));
        return clientId;
    }

    private String assertion(String clientId, PrivateKey key, String jti) {
        return Jwt.issuer(clientId).subject(clientId).audience(tokenUrl.toString()).expiresIn(300)
                .claim("jti", jti).jws().keyId("test-key").sign(key);
    }

    private static Response token(String assertion, String scope) {
        return RestAssured.given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("scope", scope)
                .formParam("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .formParam("client_assertion", assertion)
                .post("/oauth2/v1/token");
    }

    @Test
    void signedAssertionGetsATokenThatReadsUsersButCannotWrite() {
        KeyPair keys = newKeyPair();
        String clientId = register(keys);
        String accessToken = token(assertion(clientId, keys.getPrivate(), UUID.randomUUID().toString()),
                "okta.users.read okta.apps.read").then().statusCode(200)
                .body("token_type", is("Bearer")).body("expires_in", is(3600))
                .body("scope", is("okta.users.read okta.apps.read")).extract().path("access_token");

        String userId = createUser(uniqueEmail("svc"));
        oktaBearer(accessToken).get("/api/v1/users/" + userId).then().statusCode(200).body("id", is(userId));
        oktaBearer(accessToken).get("/api/v1/users?limit=1").then().statusCode(200);
        oktaBearer(accessToken).body(userBody(uniqueEmail("svcw"))).post("/api/v1/users").then().statusCode(403)
                .body("errorCode", is("E0000006")).header("WWW-Authenticate", containsString("insufficient_scope"));
        oktaBearer(accessToken).get("/api/v1/logs").then().statusCode(403);
        oktaBearer("not-a-token").get("/api/v1/users/" + userId).then().statusCode(401).body("errorCode", is("E0000011"));
    }

    @Test
    void wrongKeyReplayedAssertionAndUngrantedScopeAreRefused() {
        KeyPair keys = newKeyPair();
        String clientId = register(keys);
        token(assertion(clientId, newKeyPair().getPrivate(), UUID.randomUUID().toString()), "okta.users.read")
                .then().statusCode(401).body("error", is("invalid_client"));

        String replayed = assertion(clientId, keys.getPrivate(), UUID.randomUUID().toString());
        token(replayed, "okta.users.read").then().statusCode(200);
        token(replayed, "okta.users.read").then().statusCode(401).body("error", is("invalid_client"));

        token(assertion(clientId, keys.getPrivate(), UUID.randomUUID().toString()), "okta.everything.manage")
                .then().statusCode(400).body("error", is("invalid_scope"));
        token(assertion("0oaunregistered", keys.getPrivate(), UUID.randomUUID().toString()), "okta.users.read")
                .then().statusCode(401).body("error", is("invalid_client"));
    }

    @Test
    void anAssertionForAnotherAudienceIsRefused() {
        KeyPair keys = newKeyPair();
        String clientId = register(keys);
        String wrongAudience = Jwt.issuer(clientId).subject(clientId).audience("https://elsewhere.example/oauth2/v1/token")
                .expiresIn(300).claim("jti", UUID.randomUUID().toString()).sign(keys.getPrivate());
        token(wrongAudience, "okta.users.read").then().statusCode(401).body("error", is("invalid_client"));
        control().get("/sandbox/okta/service-apps").then().statusCode(200).body("clientId", hasItem(clientId));
        control().body(Map.of("clientId", "0oabad", "publicKeyPem", "garbage")).post("/sandbox/okta/service-apps")
                .then().statusCode(400);
    }
}
