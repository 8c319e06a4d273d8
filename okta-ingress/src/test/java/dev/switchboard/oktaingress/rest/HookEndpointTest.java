package dev.switchboard.oktaingress.rest;

import static dev.switchboard.oktaingress.fixtures.Deliveries.APP_ID;
import static dev.switchboard.oktaingress.fixtures.Deliveries.appMembership;
import static dev.switchboard.oktaingress.fixtures.Deliveries.delivery;
import static dev.switchboard.oktaingress.fixtures.Deliveries.event;
import static dev.switchboard.oktaingress.fixtures.Deliveries.userEvent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.OktaHookEvent;
import dev.switchboard.contracts.Topics;
import dev.switchboard.contracts.schema.ContractValidator;
import dev.switchboard.oktaingress.fixtures.Deliveries;
import dev.switchboard.oktaingress.fixtures.FreeHttpPort;
import dev.switchboard.oktaingress.fixtures.Topic;
import dev.switchboard.testing.KafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FreeHttpPort.class, restrictToAnnotatedClass = false)
class HookEndpointTest {

    static final String SECRET = "test-hook-secret";

    private static Topic hooks;

    @BeforeAll
    static void subscribe() {
        hooks = new Topic(Topics.OKTA_HOOKS.name());
    }

    @AfterAll
    static void close() {
        hooks.close();
    }

    static io.restassured.response.Response post(String authorization, String body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.when().post("/hooks/okta");
    }

    @Test
    void echoesTheVerificationChallengeWithoutSecret() {
        given().header("X-Okta-Verification-Challenge", "c3BhcmtsZXM=")
                .when().get("/hooks/okta")
                .then().statusCode(200).contentType(ContentType.JSON).body("verification", equalTo("c3BhcmtsZXM="));
    }

    @Test
    void aVerificationWithoutChallengeIsRefused() {
        given().when().get("/hooks/okta")
                .then().statusCode(400).body("reason", containsString("x-okta-verification-challenge"));
    }

    @Test
    void publishesOneRecordPerEventKeyedByTheUserBeforeAnswering() {
        String first = Deliveries.userId();
        String second = Deliveries.userId();
        Deliveries.Delivery delivery = delivery(
                appMembership("add", APP_ID, first),
                userEvent("user.account.update_profile", second).changedAttributes("firstName"),
                event("group.application_assignment.add").target("00gsales", "UserGroup", "unknown", "Sales")
                        .target(APP_ID + "x", "AppInstance", "RingCentral", "RingCentral"));

        post(SECRET, delivery.string()).then().statusCode(204);

        // other tests put records on the topic that are no hook events at all; match on the raw delivery id
        List<ConsumerRecord<String, byte[]>> records = hooks.await(3, r -> r.value() != null
                && new String(r.value(), StandardCharsets.UTF_8).contains(delivery.eventId()));
        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(first, second, APP_ID + "x");
        records.forEach(r -> ContractValidator.assertConforms(Topics.OKTA_HOOKS, r.value()));
        Event<OktaHookEvent> assignment = Json.readEvent(Topics.OKTA_HOOKS,
                records.stream().filter(r -> first.equals(r.key())).findFirst().orElseThrow().value());
        assertThat(assignment.data().eventType()).isEqualTo("application.user_membership.add");
        assertThat(assignment.data().targets()).hasSize(3);
        assertThat(assignment.correlationId()).isEqualTo(assignment.id());
    }

    @Test
    void acceptsThePreviousSecretDuringRotation() {
        String userId = Deliveries.userId();

        post("test-hook-secret-before-rotation", delivery(userEvent("user.lifecycle.suspend", userId)).string())
                .then().statusCode(204);

        assertThat(hooks.withKey(userId)).hasSize(1);
    }

    @Test
    void refusesWrongOrMissingSecretsAndPublishesNothing() {
        String wrong = Deliveries.userId();
        String missing = Deliveries.userId();
        String marker = Deliveries.userId();

        post(SECRET + "x", delivery(userEvent("user.lifecycle.deactivate", wrong)).string())
                .then().statusCode(401).contentType(ContentType.JSON).body("reason", containsString("Authorization"));
        post(null, delivery(userEvent("user.lifecycle.deactivate", missing)).string())
                .then().statusCode(401).body("reason", containsString("Authorization"));
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + SECRET)
                .body(delivery(userEvent("user.lifecycle.deactivate", wrong)).string())
                .when().post("/hooks/okta").then().statusCode(401);

        // a later accepted delivery is on the topic, so anything published before it would be too
        post(SECRET, delivery(userEvent("user.lifecycle.deactivate", marker)).string()).then().statusCode(204);
        hooks.withKey(marker);
        assertThat(hooks.matching(r -> wrong.equals(r.key()) || missing.equals(r.key()))).isEmpty();
    }

    @Test
    void refusesWhatIsNotAnOktaDelivery() {
        String userId = Deliveries.userId();
        post(SECRET, "{\"eventType\":").then().statusCode(400).body("reason", containsString("not JSON"));
        post(SECRET, delivery(userEvent("user.lifecycle.create", userId)).set("eventType", "user.lifecycle.create").string())
                .then().statusCode(400).body("reason", containsString("com.okta.event_hook"));
        post(SECRET, delivery(userEvent("user.lifecycle.create", userId)).remove("eventId").string())
                .then().statusCode(400).body("reason", containsString("eventId"));
        Deliveries.Delivery notArray = delivery(userEvent("user.lifecycle.create", userId));
        notArray.json().with("data").put("events", "none");
        post(SECRET, notArray.string()).then().statusCode(400).body("reason", containsString("data.events"));
        given().contentType(ContentType.TEXT).header("Authorization", SECRET).body("hello")
                .when().post("/hooks/okta").then().statusCode(400);

        String marker = Deliveries.userId();
        post(SECRET, delivery(userEvent("user.lifecycle.create", marker)).string()).then().statusCode(204);
        hooks.withKey(marker);
        assertThat(hooks.matching(r -> userId.equals(r.key()))).isEmpty();
    }

    @Test
    void refusesAnOversizedBody() {
        // %test limits bodies to 64 KiB; a padded but otherwise valid delivery
        Deliveries.Delivery big = delivery(userEvent("user.lifecycle.create", Deliveries.userId()));
        big.json().put("padding", "x".repeat(70_000));

        post(SECRET, big.string()).then().statusCode(413);
    }
}
