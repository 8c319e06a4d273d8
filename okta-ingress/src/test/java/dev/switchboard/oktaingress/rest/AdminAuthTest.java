package dev.switchboard.oktaingress.rest;

import static dev.switchboard.oktaingress.fixtures.Deliveries.APP_ID;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.contracts.Topics;
import dev.switchboard.oktaingress.fixtures.AdminTokens;
import dev.switchboard.oktaingress.fixtures.Deliveries;
import dev.switchboard.oktaingress.fixtures.FakeOkta;
import dev.switchboard.oktaingress.fixtures.Topic;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** /admin/* takes OIDC bearer tokens; the operator scope is needed to act. */
@QuarkusTest
class AdminAuthTest {

    @Test
    void withoutAValidTokenNothingHappens() {
        String userId = Deliveries.userId();
        given().when().post("/admin/users/" + userId + "/sync").then().statusCode(401);
        given().auth().oauth2("not-a-jwt").when().post("/admin/users/" + userId + "/sync").then().statusCode(401);
        given().auth().oauth2(AdminTokens.token("api://someone-else", "switchboard.operate"))
                .when().post("/admin/users/" + userId + "/sync").then().statusCode(401);
        given().when().post("/admin/backstop").then().statusCode(401);
        assertThat(FakeOkta.requestsAbout(userId)).isEmpty();
    }

    @Test
    void readingIsNotOperating() {
        String userId = Deliveries.userId();
        given().auth().oauth2(AdminTokens.viewer()).when().post("/admin/users/" + userId + "/sync")
                .then().statusCode(403);
        given().auth().oauth2(AdminTokens.viewer()).when().post("/admin/backstop").then().statusCode(403);
        given().auth().oauth2(AdminTokens.viewer()).when().get("/admin/backstop/no-such-run")
                .then().statusCode(404).body("reason", containsString("no-such-run"));
        assertThat(FakeOkta.requestsAbout(userId)).isEmpty();
    }

    @Test
    void anOperatorSyncsAUser() {
        String userId = Deliveries.userId();
        FakeOkta.user(userId, "sync@example.com");
        FakeOkta.assign(APP_ID, userId);

        try (Topic users = new Topic(Topics.OKTA_USERS.name())) {
            given().auth().oauth2(AdminTokens.operator()).when().post("/admin/users/" + userId + "/sync")
                    .then().statusCode(202).body("userId", equalTo(userId)).body("assigned", equalTo(true));

            OktaUserSnapshot snapshot = Json.readEvent(Topics.OKTA_USERS, users.withKey(userId).get(0).value()).data();
            assertThat(snapshot.trigger()).isEqualTo("on-demand");
            assertThat(snapshot.hookEventUuid()).isNull();
            assertThat(snapshot.assigned()).isTrue();
        }
    }

    @Test
    void aUserIdThatIsNoOktaIdIsRefused() {
        given().auth().oauth2(AdminTokens.operator()).when().post("/admin/users/00u-not.an-id/sync")
                .then().statusCode(400).body("reason", containsString("not an Okta user id"));
    }
}
