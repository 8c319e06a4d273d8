package dev.switchboard.rcingress.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.RingCentralNotification;
import dev.switchboard.contracts.Topics;
import dev.switchboard.rcingress.fixtures.FakeRingCentral;
import dev.switchboard.rcingress.fixtures.FreeHttpPort;
import dev.switchboard.rcingress.fixtures.NotificationBodies;
import dev.switchboard.rcingress.fixtures.Produced;
import dev.switchboard.testing.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FreeHttpPort.class, restrictToAnnotatedClass = false)
class HookEndpointTest {

    static final String TOKEN = "test-verification-token";

    private static Produced<RingCentralNotification> notifications;

    @Inject
    FakeRingCentral ringCentral;

    @BeforeAll
    static void subscribe() {
        notifications = new Produced<>(Topics.RINGCENTRAL_NOTIFICATIONS);
    }

    @AfterAll
    static void close() {
        notifications.close();
    }

    static io.restassured.response.Response post(String verificationToken, String body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (verificationToken != null) {
            request.header("Verification-Token", verificationToken);
        }
        return request.when().post("/hooks/ringcentral");
    }

    @Test
    void echoesTheValidationTokenWithoutReadingTheEmptyBody() {
        given().header("Validation-Token", "handshake-42").when().post("/hooks/ringcentral")
                .then().statusCode(200).header("Validation-Token", "handshake-42");
    }

    @Test
    void aForgedNotificationIsRefusedAndNothingIsForwarded() {
        String forgedWrong = ringCentral.addUser("Eve", "Wrong", "eve.wrong@example.com");
        String forgedMissing = ringCentral.addUser("Eve", "Missing", "eve.missing@example.com");
        String marker = ringCentral.addUser("Ada", "Marker", "marker@example.com");

        post("not-the-token", NotificationBodies.string(NotificationBodies.flat(forgedWrong, "Update")))
                .then().statusCode(401).body("reason", containsString("Verification-Token"));
        post(null, NotificationBodies.string(NotificationBodies.flat(forgedMissing, "Update")))
                .then().statusCode(401);
        post(TOKEN, NotificationBodies.string(NotificationBodies.flat(marker, "Update"))).then().statusCode(200);

        // the marker was published after the forgeries: had they been forwarded, they would be there by now
        notifications.withKey(marker);
        assertThat(notifications.seenWithKey(forgedWrong)).isEmpty();
        assertThat(notifications.seenWithKey(forgedMissing)).isEmpty();
    }

    @Test
    void badBodiesGet400AndOversizedOnes413() {
        post(TOKEN, "{not json").then().statusCode(400).body("reason", equalTo("the body is not JSON"));
        post(TOKEN, "{\"event\":\"/restapi/v1.0/account/~/extension\",\"body\":{}}").then().statusCode(400)
                .body("reason", containsString("uuid"));
        post(TOKEN, "{\"uuid\":\"u\",\"event\":\"/e\",\"body\":{},\"pad\":\"" + "x".repeat(20_000) + "\"}")
                .then().statusCode(413);
    }

    @Test
    void aBatchIsPublishedOncePerExtensionKeyedByItsId() {
        String created = ringCentral.addUser("Grace", "Hopper", "grace@example.com");
        String updated = ringCentral.addUser("Alan", "Turing", "alan@example.com");
        var body = NotificationBodies.batch(created, "Create", updated, "Update");

        post(TOKEN, NotificationBodies.string(body)).then().statusCode(200);

        Event<RingCentralNotification> first = notifications.withKey(created);
        Event<RingCentralNotification> second = notifications.withKey(updated);
        assertThat(first.data().extensionIds()).containsExactly(created);
        assertThat(first.data().eventTypes()).containsExactly("Create");
        assertThat(second.data().eventTypes()).containsExactly("Update");
        assertThat(List.of(first, second)).allSatisfy(event -> {
            assertThat(event.data().uuid()).isEqualTo(body.path("uuid").asText());
            assertThat(event.data().body()).isEqualTo(body);
            assertThat(event.data().timestamp()).isNotNull();
        });
    }

    @Test
    void theFlatShapeIsPublishedToo() {
        String id = ringCentral.addUser("Flat", "Body", "flat@example.com");
        post(TOKEN, NotificationBodies.string(NotificationBodies.flat(id, "Update"))).then().statusCode(200);
        assertThat(notifications.withKey(id).data().extensionIds()).containsExactly(id);
    }

    @Test
    void aReminderIsAcknowledgedWithoutPublishing() {
        post(TOKEN, NotificationBodies.string(NotificationBodies.reminder())).then().statusCode(200);
    }
}
