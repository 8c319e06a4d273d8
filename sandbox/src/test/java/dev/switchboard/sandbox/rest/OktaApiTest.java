package dev.switchboard.sandbox.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.switchboard.sandbox.rest.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class OktaApiTest {

    @Test
    void wrongOrMissingTokenIsE0000011() {
        RestAssured.given().header("Authorization", "SSWS nope").get("/api/v1/users/x")
                .then().statusCode(401).body("errorCode", is("E0000011"))
                .body("errorSummary", is("Invalid token provided")).body("errorCauses", empty());
        RestAssured.given().get("/api/v1/users").then().statusCode(401);
    }

    @Test
    void createdUserCanBeReadByIdAndLoginWithEtag() {
        String email = uniqueEmail("ada");
        String id = createUser(email);
        assertThat(id).startsWith("00u").hasSize(20);
        okta().get("/api/v1/users/" + id).then().statusCode(200)
                .header("ETag", startsWith("W/\""))
                .body("status", is("PROVISIONED")).body("profile.email", is(email))
                .body("_links.self.href", endsWith("/api/v1/users/" + id));
        okta().get("/api/v1/users/" + email).then().statusCode(200).body("id", is(id));
    }

    @Test
    void duplicateLoginIsE0000001AndUnknownUserE0000007() {
        String email = uniqueEmail("dup");
        createUser(email);
        okta().body(userBody(email)).post("/api/v1/users").then().statusCode(400)
                .body("errorCode", is("E0000001")).body("errorCauses[0].errorSummary", startsWith("login:"));
        okta().get("/api/v1/users/00unknown").then().statusCode(404)
                .body("errorSummary", is("Not found: Resource not found: 00unknown (User)"));
    }

    @Test
    void partialUpdateMergesAndHonoursIfMatch() {
        String id = createUser(uniqueEmail("upd"));
        String etag = okta().get("/api/v1/users/" + id).header("ETag");
        okta().header("If-Match", etag).body(Map.of("profile", Map.of("title", "Engineer")))
                .post("/api/v1/users/" + id).then().statusCode(200)
                .body("profile.title", is("Engineer")).body("profile.firstName", is("Ada"));
        okta().header("If-Match", etag).body(Map.of("profile", Map.of("title", "Boss")))
                .post("/api/v1/users/" + id).then().statusCode(412);
    }

    @Test
    void assignmentLifecycle() {
        String email = uniqueEmail("app");
        String id = createUser(email);
        okta().get("/api/v1/apps/" + APP_ID + "/users/" + id).then().statusCode(404).body("errorCode", is("E0000007"));
        okta().body(assignBody(id, email)).post("/api/v1/apps/" + APP_ID + "/users").then().statusCode(200)
                .body("id", is(id)).body("status", is("PROVISIONED")).body("scope", is("USER"))
                .body("externalId", nullValue()).body("credentials.userName", is(email));
        okta().body(Map.of("externalId", "1234", "profile", Map.of("department", "R&D")))
                .post("/api/v1/apps/" + APP_ID + "/users/" + id).then().statusCode(200)
                .body("externalId", is("1234")).body("profile.department", is("R&D"));
        okta().get("/api/v1/apps/" + APP_ID + "/users?limit=500").then().statusCode(200)
                .body("id", hasItem(id));
        okta().delete("/api/v1/apps/" + APP_ID + "/users/" + id).then().statusCode(204);
        okta().get("/api/v1/apps/" + APP_ID + "/users/" + id).then().statusCode(404);
    }

    @Test
    void listPagesWithLinkHeader() {
        createUser(uniqueEmail("p1"));
        createUser(uniqueEmail("p2"));
        var first = okta().get("/api/v1/users?limit=1");
        first.then().statusCode(200).body("size()", is(1));
        String link = first.header("Link");
        assertThat(link).contains("rel=\"next\"").contains("after=" + first.path("[0].id"));
        String next = link.replaceAll(".*<([^>]+)>; rel=\"next\".*", "$1");
        okta().get(next).then().statusCode(200).body("[0].id", not(is((String) first.path("[0].id"))));
    }

    @Test
    void suspendAndUnsuspendChangeStatus() {
        String id = control().body(Map.of("profile", userBody(uniqueEmail("susp")).get("profile")))
                .post("/sandbox/okta/users").then().statusCode(200).body("status", is("ACTIVE")).extract().path("id");
        okta().post("/api/v1/users/" + id + "/lifecycle/suspend").then().statusCode(200);
        okta().get("/api/v1/users/" + id).then().body("status", is("SUSPENDED"));
        okta().post("/api/v1/users/" + id + "/lifecycle/unsuspend").then().statusCode(200);
        okta().get("/api/v1/users/" + id).then().body("status", is("ACTIVE"));
    }
}
