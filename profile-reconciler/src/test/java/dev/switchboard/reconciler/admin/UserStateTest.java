package dev.switchboard.reconciler.admin;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.contracts.Topics;
import dev.switchboard.reconciler.fixtures.Snapshots;
import dev.switchboard.testing.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A user's state through the admin API, after a snapshot went through the real pipeline. */
@QuarkusTest
class UserStateTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void showsTheLinkAndEachAttributeWithItsProvenance() {
        String userId = TestTopics.uniqueId("00u");
        Event<OktaUserSnapshot> snapshot = Event.first(Topics.OKTA_USERS, userId, Snapshots.assigned(userId).build());
        TestTopics.send(bootstrap, Topics.OKTA_USERS.name(), userId, Json.write(snapshot));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(AdminTokens.viewer()).get("/admin/users/{id}", userId).then()
                        .statusCode(200)
                        .body("oktaUserId", equalTo(userId))
                        .body("linkId", notNullValue())
                        .body("linkState", equalTo("PENDING_CREATE"))
                        .body("oktaStatus", equalTo("ACTIVE"))
                        .body("attributes.find { it.attribute == 'contact.email' }.value",
                                equalTo("ada.lovelace@example.com"))
                        .body("attributes.find { it.attribute == 'contact.email' }.oktaAttribute", equalTo("email"))
                        .body("attributes.find { it.attribute == 'contact.email' }.master", equalTo("okta"))
                        .body("attributes.find { it.attribute == 'contact.email' }.sourceEventId",
                                equalTo(snapshot.id()))
                        .body("attributes.find { it.attribute == 'contact.email' }.observedAt", notNullValue()));
    }

    @Test
    void unknownUserIs404AndAMalformedIdIs400() {
        given().auth().oauth2(AdminTokens.viewer()).get("/admin/users/{id}", "00uneverseen").then()
                .statusCode(404)
                .body("reason", equalTo("the reconciler has never seen Okta user 00uneverseen"));
        given().auth().oauth2(AdminTokens.viewer()).get("/admin/users/{id}", "00u;drop").then()
                .statusCode(400)
                .body("reason", equalTo("not an Okta user id: 00u;drop"));
    }
}
