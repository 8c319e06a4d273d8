package dev.switchboard.reconciler.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.switchboard.testing.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** On-demand sync through a fake okta-ingress inside the test application. */
@QuarkusTest
class UserSyncTest {

    @Test
    void syncAsksOktaIngressAndIsAudited() {
        String userId = TestTopics.uniqueId("00u");
        String token = AdminTokens.operator();
        given().auth().oauth2(token).post("/admin/users/{id}/sync", userId).then()
                .statusCode(202)
                .body("oktaUserId", equalTo(userId));
        // the operator's own token goes to okta-ingress, which checks the same role
        assertThat(FakeOktaIngress.SYNCED).containsEntry(userId, "Bearer " + token);
        assertThat(AuditTrail.about(userId)).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("action", "USER_SYNC").containsEntry("outcome", "ACCEPTED")
                    .containsEntry("actor", "switchboard-operator");
            assertThat(entry.get("detail")).isEqualTo(Map.of("httpStatus", 202));
        });
    }

    @Test
    void aFailingOktaIngressIs502WithItsReason() {
        given().auth().oauth2(AdminTokens.operator()).post("/admin/users/{id}/sync", FakeOktaIngress.OKTA_DOWN).then()
                .statusCode(502)
                .body("reason", equalTo("okta-ingress answered 503: Okta answered 503 for GET /api/v1/users/"
                        + FakeOktaIngress.OKTA_DOWN));
        assertThat(AuditTrail.about(FakeOktaIngress.OKTA_DOWN)).first()
                .satisfies(entry -> assertThat(entry).containsEntry("outcome", "BAD_GATEWAY"));
    }
}
