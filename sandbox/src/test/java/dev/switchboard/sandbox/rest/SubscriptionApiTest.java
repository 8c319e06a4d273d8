package dev.switchboard.sandbox.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static dev.switchboard.sandbox.rest.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;

/** Subscription API lifecycle: handshake, defaults, renew, expiry, delete. */
@QuarkusTest
class SubscriptionApiTest extends SubscriberTestBase {


    @Test
    void createRunsTheHandshakeAndNeverShowsTheVerificationToken() {
        String address = address("ok");
        String id = rc(token).body(subscriptionBody(address, "vt-secret", 315360000L)).post("/restapi/v1.0/subscription")
                .then().statusCode(200).header("X-Rate-Limit-Group", "Medium")
                .body("status", is("Active")).body("eventFilters", contains("/restapi/v1.0/account/~/extension"))
                .body("deliveryMode.transportType", is("WebHook")).body("deliveryMode.address", is(address))
                .body("deliveryMode.encryption", is(false)).body("deliveryMode", not(hasKey("verificationToken")))
                .body("expiresIn", both(greaterThan(315359000)).and(lessThanOrEqualTo(315360000)))
                .extract().path("id");
        rc(token).get("/restapi/v1.0/subscription/" + id).then().body("uri", endsWith("/restapi/v1.0/subscription/" + id));
        RingCentralReceiver.Received handshake = RingCentralReceiver.RECEIVED.stream()
                .filter(r -> address.endsWith(r.tag()) && r.handshake()).findFirst().orElseThrow();
        assertThat(handshake.body()).isEmpty();
        rc(token).get("/restapi/v1.0/subscription").then().statusCode(200).header("X-Rate-Limit-Group", "Light")
                .body("records.id", contains(id));
        rc(token).get("/restapi/v1.0/subscription/" + id).then().statusCode(200).body("id", is(id));
    }

    @Test
    void anAddressThatDoesNotEchoTheTokenGetsNoSubscription() {
        rc(token).body(subscriptionBody(address("mute"), "vt", 3600L)).post("/restapi/v1.0/subscription")
                .then().statusCode(400).body("errors[0].errorCode", is("SUB-525"))
                .body("errors[0].parameterName", is("deliveryMode.address"));
        rc(token).body(subscriptionBody("http://127.0.0.1:9/nobody-listens", "vt", 3600L))
                .post("/restapi/v1.0/subscription").then().statusCode(400).body("errors[0].errorCode", is("SUB-525"));
        rc(token).get("/restapi/v1.0/subscription").then().body("records", empty());
    }

    @Test
    void omittedExpiresInGivesTheSevenDayDefault() {
        rc(token).body(subscriptionBody(address("ok"), "vt", null)).post("/restapi/v1.0/subscription")
                .then().statusCode(200).body("expiresIn", both(greaterThan(604000)).and(lessThanOrEqualTo(604800)));
        rc(token).body(subscriptionBody(address("ok"), "vt", 315360001L)).post("/restapi/v1.0/subscription")
                .then().statusCode(400).body("errors[0].errorCode", is("CMN-101"))
                .body("errors[0].parameterName", is("expiresIn"));
    }

    @Test
    void renewUsesTheSubscriptionsLifetimeButAnEmptyPutUsesTheDefault() {
        String id = subscribe(token, address("ok"), "vt");
        rc(token).body(Map.of("eventFilters", java.util.List.of("/restapi/v1.0/account/~/extension"), "expiresIn", 900))
                .put("/restapi/v1.0/subscription/" + id).then().statusCode(200)
                .body("expiresIn", both(greaterThan(800)).and(lessThanOrEqualTo(900)));
        rc(token).post("/restapi/v1.0/subscription/" + id + "/renew").then().statusCode(200)
                .header("X-Rate-Limit-Group", "Light").body("status", is("Active"))
                .body("expiresIn", both(greaterThan(800)).and(lessThanOrEqualTo(900)));
        rc(token).body("{}").put("/restapi/v1.0/subscription/" + id).then().statusCode(200)
                .body("expiresIn", greaterThan(604000));
    }

    @Test
    void anExpiredSubscriptionDisappears() {
        String id = rc(token).body(subscriptionBody(address("ok"), "vt", 1L)).post("/restapi/v1.0/subscription")
                .then().statusCode(200).extract().path("id");
        await().atMost(Duration.ofSeconds(10)).until(() -> rc(token).get("/restapi/v1.0/subscription/" + id).statusCode() == 404);
        rc(token).get("/restapi/v1.0/subscription/" + id).then().body("errors[0].errorCode", is("SUB-507"));
        rc(token).post("/restapi/v1.0/subscription/" + id + "/renew").then().statusCode(404);
        rc(token).get("/restapi/v1.0/subscription").then().body("records.id", not(hasItem(id)));
    }

    @Test
    void deleteRemovesIt() {
        String id = subscribe(token, address("ok"), "vt");
        rc(token).delete("/restapi/v1.0/subscription/" + id).then().statusCode(204);
        rc(token).get("/restapi/v1.0/subscription/" + id).then().statusCode(404)
                .body("errors[0].errorCode", is("CMN-102"));
    }

    @Test
    void controlApiBlacklistsOnDemand() {
        String id = subscribe(token, address("ok"), "vt");
        control().body(Map.of("reason", "forced by test")).post("/sandbox/ringcentral/subscriptions/" + id + "/blacklist")
                .then().statusCode(200);
        rc(token).get("/restapi/v1.0/subscription/" + id).then().statusCode(200).body("status", is("Blacklisted"))
                .body("blacklistedData.reason", is("forced by test"))
                .body("blacklistedData.blacklistedAt", notNullValue());
    }
}
