package dev.switchboard.reconciler.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

/**
 * Who may call the admin API. Declares the in-process OIDC server for the whole module (one app start, shared with
 * the Kafka and PostgreSQL resource).
 */
@QuarkusTest
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
class AdminAuthTest {

    private static final String SOME_ID = "7b0f4f5e-1c3a-4f57-9a55-2b8f0c1d9e01";

    @Test
    void withoutATokenEveryAdminPathIs401() {
        given().get("/admin/breaker").then().statusCode(401);
        given().get("/admin/dead-letters").then().statusCode(401);
        given().get("/admin/audit").then().statusCode(401);
        given().get("/admin/users/00uanyone").then().statusCode(401);
        given().post("/admin/dead-letters/{id}/replay", SOME_ID).then().statusCode(401);
        given().get("/admin/no-such-endpoint").then().statusCode(401);
    }

    @Test
    void aTokenForAnotherAudienceOrAForgedOneIs401() {
        String otherAudience = AdminTokens.token("switchboard-operator", "api://someone-else",
                AdminRoles.READ, AdminRoles.OPERATE);
        given().auth().oauth2(otherAudience).get("/admin/audit").then().statusCode(401);
        String[] parts = AdminTokens.operator().split("\\.");
        given().auth().oauth2(parts[0] + "." + parts[1] + ".forged").get("/admin/audit").then().statusCode(401);
    }

    @Test
    void theReadRoleReadsButCannotOperate() {
        given().auth().oauth2(AdminTokens.viewer()).get("/admin/audit").then().statusCode(200);
        given().auth().oauth2(AdminTokens.viewer()).get("/admin/dead-letters").then().statusCode(200);
        given().auth().oauth2(AdminTokens.viewer()).post("/admin/dead-letters/{id}/replay", SOME_ID).then()
                .statusCode(403);
    }

    @Test
    void aTokenWithoutAdminScopesCannotRead() {
        String noScopes = AdminTokens.token("some-app", AdminTokens.AUDIENCE, "openid");
        given().auth().oauth2(noScopes).get("/admin/audit").then().statusCode(403);
    }

    @Test
    void theOperatorRoleOperates() {
        // authorized: the answer is about the (unknown) dead letter, not about the caller
        given().auth().oauth2(AdminTokens.operator()).post("/admin/dead-letters/{id}/replay", SOME_ID).then()
                .statusCode(404)
                .body("reason", equalTo("no dead letter " + SOME_ID));
    }

    @Test
    void healthAndLinksStayOpen() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/links/00unobody").then().statusCode(404);
    }
}
