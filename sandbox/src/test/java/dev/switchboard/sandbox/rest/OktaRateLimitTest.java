package dev.switchboard.sandbox.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static dev.switchboard.sandbox.rest.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class OktaRateLimitTest {

    @AfterEach
    void restoreLimits() {
        control().body(Map.of("enabled", true, "limits", Map.of("users", 600, "apps", 100, "logs", 60, "groups", 600,
                "eventHooks", 100))).put("/sandbox/okta/rate-limits").then().statusCode(200);
    }

    @Test
    void everyOktaResponseCarriesTheBucketHeaders() {
        var response = okta().get("/api/v1/users?limit=1");
        response.then().statusCode(200).header("X-Rate-Limit-Limit", "600")
                .header("X-Rate-Limit-Remaining", notNullValue());
        long reset = Long.parseLong(response.header("X-Rate-Limit-Reset"));
        assertThat(reset).isGreaterThan(Instant.now().minusSeconds(1).getEpochSecond());
        okta().get("/api/v1/apps/" + APP_ID + "/users?limit=1").then().header("X-Rate-Limit-Limit", "100");
        okta().get("/api/v1/logs?limit=1").then().header("X-Rate-Limit-Limit", "60");
        RestAssured.given().get("/api/v1/users").then().statusCode(401).header("X-Rate-Limit-Limit", "600");
    }

    @Test
    void anExhaustedBucketIs429E0000047AndOtherBucketsStillServe() {
        control().body(Map.of("limits", Map.of("logs", 2))).put("/sandbox/okta/rate-limits").then().statusCode(200)
                .body("limits.logs", is(2)).body("enabled", is(true));
        okta().get("/api/v1/logs?limit=1").then().statusCode(200).header("X-Rate-Limit-Remaining", "1");
        okta().get("/api/v1/logs?limit=1").then().statusCode(200).header("X-Rate-Limit-Remaining", "0");
        okta().get("/api/v1/logs?limit=1").then().statusCode(429).body("errorCode", is("E0000047"))
                .body("errorSummary", is("API call exceeded rate limit due to too many requests."))
                .header("X-Rate-Limit-Remaining", "0").header("X-Rate-Limit-Reset", notNullValue());
        okta().get("/api/v1/users?limit=1").then().statusCode(200);

        control().body(Map.of("enabled", false)).put("/sandbox/okta/rate-limits").then().statusCode(200);
        for (int i = 0; i < 4; i++) {
            okta().get("/api/v1/logs?limit=1").then().statusCode(200);
        }
        control().body(Map.of("limits", Map.of("nope", 1))).put("/sandbox/okta/rate-limits").then().statusCode(400);
    }
}
