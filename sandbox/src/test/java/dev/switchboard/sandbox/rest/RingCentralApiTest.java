package dev.switchboard.sandbox.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.switchboard.sandbox.rest.Fixtures.*;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class RingCentralApiTest {

    @AfterEach
    void restoreLimits() {
        control().body(Map.of("enabled", true, "limits", Map.of("Light", 50, "Medium", 40, "Heavy", 10, "Auth", 5)))
                .put("/sandbox/ringcentral/rate-limits").then().statusCode(200);
    }

    @Test
    void jwtGrantIssuesTokenAndRefreshReplacesIt() {
        var token = RestAssured.given().auth().preemptive().basic("test-client-id", "test-client-secret")
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer")
                .formParam("assertion", "test-jwt")
                .post("/restapi/oauth/token");
        token.then().statusCode(200).body("token_type", is("bearer")).body("expires_in", is(3600))
                .body("refresh_token_expires_in", is(604800)).body("owner_id", is("400123457"))
                .header("X-Rate-Limit-Group", "Auth");
        String refreshed = RestAssured.given().auth().preemptive().basic("test-client-id", "test-client-secret")
                .contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .formParam("refresh_token", token.path("refresh_token").toString())
                .post("/restapi/oauth/token").then().statusCode(200).extract().path("access_token");
        rc(token.path("access_token")).get("/restapi/v1.0/account/~/extension/400123457").then().statusCode(401)
                .body("errorCode", is("OAU-149"));
        rc(refreshed).get("/restapi/v1.0/account/~/extension/400123457").then().statusCode(200);
    }

    @Test
    void badClientOrAssertionIsRefused() {
        RestAssured.given().auth().preemptive().basic("test-client-id", "wrong").contentType(ContentType.URLENC)
                .formParam("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer").formParam("assertion", "test-jwt")
                .post("/restapi/oauth/token").then().statusCode(401).body("error", is("invalid_client"));
        RestAssured.given().auth().preemptive().basic("test-client-id", "test-client-secret").contentType(ContentType.URLENC)
                .formParam("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer").formParam("assertion", "forged")
                .post("/restapi/oauth/token").then().statusCode(400).body("error", is("invalid_grant"))
                .body("errors[0].errorCode", startsWith("OAU-"));
    }

    @Test
    void apiCallsNeedAValidBearerToken() {
        RestAssured.given().get("/restapi/v1.0/account/~/extension").then().statusCode(401)
                .header("RCRequestId", notNullValue());
        rc("made-up").get("/restapi/v1.0/account/~/extension").then().statusCode(401).body("errorCode", is("OAU-149"));
    }

    @Test
    void accountInfoNamesTheAccount() {
        String token = rcToken();
        rc(token).get("/restapi/v1.0/account/~").then().statusCode(200).body("id", is(400123456))
                .body("status", is("Confirmed")).header("X-Rate-Limit-Group", "Light");
        rc(token).get("/restapi/v1.0/account/999").then().statusCode(404).body("errors[0].errorCode", is("CMN-102"));
    }

    @Test
    void createReadAndFindByEmail() {
        String token = rcToken();
        String email = uniqueEmail("ext");
        long id = rc(token).body(extensionBody(email)).post("/restapi/v1.0/account/~/extension").then().statusCode(200)
                .header("X-Rate-Limit-Group", "Medium").header("X-Rate-Limit-Limit", "40")
                .header("X-Rate-Limit-Window", "60").header("X-Rate-Limit-Remaining", notNullValue())
                .body("contact.email", is(email)).body("status", is("Enabled")).body("account.id", is("400123456"))
                .extract().jsonPath().getLong("id");
        rc(token).get("/restapi/v1.0/account/~/extension/" + id).then().statusCode(200)
                .header("X-Rate-Limit-Group", "Light").body("id.toString()", is(Long.toString(id))).body("name", is("Ada Lovelace"));
        rc(token).get("/restapi/v1.0/account/~/extension?email=" + email.toUpperCase()).then().statusCode(200)
                .body("records.size()", is(1)).body("records[0].id.toString()", is(Long.toString(id)))
                .body("paging.totalElements", is(1)).body("navigation", not(hasKey("nextPage")));
        rc(token).body(extensionBody(email)).post("/restapi/v1.0/account/~/extension").then().statusCode(400)
                .body("errors[0].errorCode", is("CMN-101")).body("errors[0].parameterName", is("contact.email"))
                .body("errors[0].message", is("Parameter [contact.email] value is invalid"));
        rc(token).get("/restapi/v1.0/account/~/extension/999").then().statusCode(404)
                .body("errors[0].errorCode", is("CMN-102"))
                .body("errors[0].message", is("Resource for parameter [extensionId] is not found"));
    }

    @Test
    void listPagesWithNavigation() {
        String token = rcToken();
        for (int i = 0; i < 3; i++) {
            rc(token).body(extensionBody(uniqueEmail("page"))).post("/restapi/v1.0/account/~/extension").then().statusCode(200);
        }
        var first = rc(token).get("/restapi/v1.0/account/~/extension?perPage=2&type=User");
        first.then().statusCode(200).body("records.size()", is(2)).body("paging.page", is(1))
                .body("paging.perPage", is(2)).body("navigation.nextPage.uri", containsString("page=2"));
        rc(token).get("/restapi/v1.0/account/~/extension?perPage=1001").then().statusCode(400)
                .body("errors[0].parameterName", is("perPage"));
    }

    @Test
    void overTheLimitIs429WithPenaltyAndLimitsCanBeSwitchedOff() {
        String token = rcToken();
        control().body(Map.of("limits", Map.of("Light", 2))).put("/sandbox/ringcentral/rate-limits").then().statusCode(200);
        String path = "/restapi/v1.0/account/~/extension/400123457";
        rc(token).get(path).then().statusCode(200).header("X-Rate-Limit-Remaining", "1");
        rc(token).get(path).then().statusCode(200).header("X-Rate-Limit-Remaining", "0");
        rc(token).get(path).then().statusCode(429).header("Retry-After", "60")
                .body("errorCode", is("CMN-301")).body("message", is("Request rate exceeded"))
                .body("errors[0].errorCode", is("CMN-301"));
        control().body(Map.of("enabled", false)).put("/sandbox/ringcentral/rate-limits").then().statusCode(200)
                .body("enabled", is(false));
        for (int i = 0; i < 5; i++) {
            rc(token).get(path).then().statusCode(200);
        }
    }

    @Test
    void controlApiListsEverything() {
        String token = rcToken();
        String email = uniqueEmail("ctl");
        rc(token).body(extensionBody(email)).post("/restapi/v1.0/account/~/extension").then().statusCode(200);
        control().get("/sandbox/ringcentral/extensions").then().statusCode(200)
                .body("contact.email", hasItems(email, "admin@sandbox.switchboard.local"));
    }
}
