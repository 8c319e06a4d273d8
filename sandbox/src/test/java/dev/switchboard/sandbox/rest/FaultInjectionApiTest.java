package dev.switchboard.sandbox.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.switchboard.sandbox.rest.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class FaultInjectionApiTest {

    private static final String EXTENSIONS = "/restapi/v1.0/account/~/extension";

    @BeforeEach
    void freshRateLimitCounters() {
        // The Auth group allows 5 token calls a minute; these tests take several tokens.
        control().body(Map.of()).put("/sandbox/ringcentral/rate-limits").then().statusCode(200);
    }

    @AfterEach
    void stopFaults() {
        control().delete("/sandbox/ringcentral/faults").then().statusCode(200);
    }

    private static void inject(String kind) {
        control().body(Map.of("rate", 1.0, "kinds", List.of(kind), "seed", 1, "slowMs", 50, "timeoutMs", 2000,
                "retryAfterSeconds", 3)).put("/sandbox/ringcentral/faults").then().statusCode(200)
                .body("kinds", contains(kind)).body("counters.total", is(0));
    }

    @Test
    void lostResponsePerformsTheWriteAndAnswers503() {
        String token = rcToken();
        String email = uniqueEmail("lost");
        inject("lost-response");
        rc(token).body(extensionBody(email)).post(EXTENSIONS).then().statusCode(503)
                .body("errors[0].errorCode", is("CMN-201"));
        control().delete("/sandbox/ringcentral/faults").then().statusCode(200)
                .body("rate", is(0.0f)).body("counters.injected.lost-response", is(1));
        control().get("/sandbox/ringcentral/extensions").then().body("contact.email", hasItem(email));
        rc(token).body(extensionBody(email)).post(EXTENSIONS).then().statusCode(400)
                .body("errors[0].errorCode", is("CMN-101"));
    }

    @Test
    void serverErrorAnd429RefuseWithoutWriting() {
        String token = rcToken();
        String email = uniqueEmail("refused");
        inject("5xx");
        rc(token).body(extensionBody(email)).post(EXTENSIONS).then().statusCode(503);
        inject("429");
        rc(token).body(extensionBody(email)).post(EXTENSIONS).then().statusCode(429)
                .header("Retry-After", "3").body("errorCode", is("CMN-301"));
        control().get("/sandbox/ringcentral/extensions").then().body("contact.email", not(hasItem(email)));
    }

    @Test
    void timeoutHoldsTheCallPastTheClientTimeoutThenPerformsIt() {
        String token = rcToken();
        String email = uniqueEmail("timeout");
        inject("timeout");
        var impatient = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 300).setParam("http.connection.timeout", 1000));
        assertThatThrownBy(() -> rc(token).config(impatient).body(extensionBody(email)).post(EXTENSIONS))
                .isInstanceOf(SocketTimeoutException.class);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                control().get("/sandbox/ringcentral/extensions").then().body("contact.email", hasItem(email)));
        control().get("/sandbox/ringcentral/faults").then().body("counters.injected.timeout", is(1));
    }

    @Test
    void slowCallsSucceedAndTheTokenEndpointIsSparedByDefault() {
        inject("slow");
        String token = rcToken();
        rc(token).get(EXTENSIONS + "/400123457").then().statusCode(200);
        control().get("/sandbox/ringcentral/faults").then().body("counters.injected.slow", is(1))
                .body("includeToken", is(false));
        control().body(Map.of("kinds", List.of("meteor"))).put("/sandbox/ringcentral/faults").then().statusCode(400);
    }
}
