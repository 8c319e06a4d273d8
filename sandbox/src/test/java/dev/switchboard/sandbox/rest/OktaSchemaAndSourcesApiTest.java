package dev.switchboard.sandbox.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.switchboard.sandbox.rest.Fixtures.*;
import static org.hamcrest.Matchers.*;

/** Okta Schemas API for the app, attributes mastered elsewhere, app-user updates without ETags. */
@QuarkusTest
class OktaSchemaAndSourcesApiTest {

    private static final String SCHEMA = "/api/v1/meta/schemas/apps/" + APP_ID + "/default";

    @AfterEach
    void noSources() {
        control().body(Map.of("attributes", List.of())).put("/sandbox/okta/profile-sources").then().statusCode(200);
    }

    @Test
    void appUserSchemaIsReadAndCustomPropertiesAreAdded() {
        okta().get(SCHEMA).then().statusCode(200).header("X-Rate-Limit-Limit", notNullValue())
                .body("definitions.base.properties.userName.title", is("Username"))
                .body("definitions.base.required", contains("userName"))
                .body("definitions.custom.properties", notNullValue());
        String name = "rcExt" + System.nanoTime();
        Map<String, Object> body = Map.of("definitions", Map.of("custom", Map.of("properties",
                Map.of(name, Map.of("title", "Extension Number", "type", "string")))));
        okta().body(body).post(SCHEMA).then().statusCode(200)
                .body("definitions.custom.properties." + name + ".title", is("Extension Number"));
        okta().get(SCHEMA).then().body("definitions.custom.properties." + name + ".type", is("string"));
        okta().body(Map.of("definitions", Map.of("custom", Map.of("properties",
                        Map.of("userName", Map.of("title", "U", "type", "string"))))))
                .post(SCHEMA).then().statusCode(400).body("errorCode", is("E0000001"));
        okta().get("/api/v1/meta/schemas/apps/0oaunknown/default").then().statusCode(404)
                .body("errorCode", is("E0000007"));
    }

    @Test
    void attributesMasteredElsewhereAreRefusedWithE0000023() {
        String id = createUser(uniqueEmail("sourced"));
        control().body(Map.of("attributes", List.of("title", "mobilePhone"))).put("/sandbox/okta/profile-sources")
                .then().statusCode(200).body("attributes", contains("title", "mobilePhone"));
        okta().body(Map.of("profile", Map.of("title", "CTO"))).post("/api/v1/users/" + id).then().statusCode(403)
                .body("errorCode", is("E0000023"))
                .body("errorSummary", is("Operation failed because user profile is mastered under another system"));
        okta().body(Map.of("profile", Map.of("nickName", "Ada"))).post("/api/v1/users/" + id).then().statusCode(200)
                .body("profile.nickName", is("Ada"));
        okta().get("/api/v1/users/" + id).then().body("profile", not(hasKey("title")));
    }

    @Test
    void appUsersMergeProfileAndExternalIdAndHaveNoEtag() {
        String email = uniqueEmail("appuser");
        String id = createUser(email);
        String path = "/api/v1/apps/" + APP_ID + "/users/" + id;
        okta().body(assignBody(id, email)).post("/api/v1/apps/" + APP_ID + "/users").then().statusCode(200);
        okta().body(Map.of("profile", Map.of("extensionNumber", "101"))).post(path).then().statusCode(200);
        // The App Users API has no entity tags (Okta's spec): no ETag, If-Match is not evaluated.
        okta().header("If-Match", "W/\"stale\"").body(Map.of("externalId", "400123999", "profile", Map.of("costCenter", "CC")))
                .post(path).then().statusCode(200).header("ETag", nullValue())
                .body("externalId", is("400123999")).body("profile.extensionNumber", is("101"))
                .body("profile.costCenter", is("CC"));
        okta().get(path).then().header("ETag", nullValue());
    }
}
