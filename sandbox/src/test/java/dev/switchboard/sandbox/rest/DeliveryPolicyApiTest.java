package dev.switchboard.sandbox.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.switchboard.sandbox.rest.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;

/** Okta-like hook delivery through the control API: batches and duplicates with the same eventId. */
@QuarkusTest
class DeliveryPolicyApiTest {

    @TestHTTPResource("/test-receiver")
    URL receiver;

    @AfterEach
    void plainAgain() {
        control().body(Map.of("batchWindowMs", 0, "batchMax", 1, "duplicateRate", 0, "shuffle", false, "drop", false))
                .put("/sandbox/okta/delivery").then().statusCode(200);
    }

    @Test
    void eventsAreCombinedIntoOneDeliveryUpToBatchMax() {
        String hookId = verifiedHook(receiver + "/ok", List.of("user.lifecycle.create"));
        // A long window: the batch goes out because it is full, not because time passed.
        control().body(Map.of("batchWindowMs", 60000, "batchMax", 3, "shuffle", true, "seed", 5))
                .put("/sandbox/okta/delivery").then().statusCode(200)
                .body("batchMax", is(3)).body("shuffle", is(true));
        List<String> ids = List.of(createUser(uniqueEmail("b1")), createUser(uniqueEmail("b2")),
                createUser(uniqueEmail("b3")));
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveriesOf(hookId).stream()
                .anyMatch(d -> "DELIVERED".equals(d.get("outcome"))));
        Map<String, Object> delivery = deliveriesOf(hookId).get(0);
        assertThat(delivery.get("userIds")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat((List<?>) delivery.get("eventTypes")).hasSize(3);
        assertThat(Instant.parse((String) delivery.get("firstAttemptAt"))).isNotNull();
        String eventId = (String) delivery.get("eventId");
        assertThat(TestReceiver.RECEIVED.stream().filter(r -> r.body().contains(eventId)).findFirst().orElseThrow().body())
                .contains(ids.get(0)).contains(ids.get(1)).contains(ids.get(2));
        okta().post("/api/v1/eventHooks/" + hookId + "/lifecycle/deactivate").then().statusCode(200);
    }

    @Test
    void aDuplicatedDeliveryArrivesTwiceWithTheSameEventId() {
        String hookId = verifiedHook(receiver + "/ok", List.of("user.lifecycle.create"));
        control().body(Map.of("duplicateRate", 1.0, "seed", 1)).put("/sandbox/okta/delivery").then().statusCode(200);
        String id = createUser(uniqueEmail("dup"));
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveriesOf(hookId).stream()
                .anyMatch(d -> Integer.valueOf(1).equals(d.get("duplicates"))));
        String eventId = (String) deliveriesOf(hookId).get(0).get("eventId");
        assertThat(TestReceiver.RECEIVED.stream().filter(r -> r.body().contains(eventId)).toList()).hasSize(2)
                .allMatch(r -> r.body().contains(id));
        okta().post("/api/v1/eventHooks/" + hookId + "/lifecycle/deactivate").then().statusCode(200);
    }

    @Test
    void invalidSettingsAre400() {
        control().body(Map.of("batchMax", 0)).put("/sandbox/okta/delivery").then().statusCode(400);
        control().body(Map.of("duplicateRate", 2)).put("/sandbox/okta/delivery").then().statusCode(400);
        control().get("/sandbox/okta/delivery").then().statusCode(200).body("batchMax", is(1));
    }
}
