package dev.switchboard.rcingress.rest;

import static io.restassured.RestAssured.given;

import dev.switchboard.rcingress.fixtures.AdminTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** /admin/* takes OIDC bearer tokens; switchboard.operate is needed to act. */
@QuarkusTest
class AdminAuthTest {

    @Test
    void withoutAValidTokenNothingHappens() {
        given().when().post("/admin/import").then().statusCode(401);
        given().auth().oauth2("not-a-jwt").when().post("/admin/schema").then().statusCode(401);
        given().auth().oauth2(AdminTokens.token("api://someone-else", "switchboard.operate"))
                .when().post("/admin/import").then().statusCode(401);
        given().when().get("/admin/subscription").then().statusCode(401);
    }

    @Test
    void readingIsNotOperating() {
        given().auth().oauth2(AdminTokens.viewer()).when().post("/admin/import").then().statusCode(403);
        given().auth().oauth2(AdminTokens.viewer()).when().post("/admin/schema").then().statusCode(403);
        given().auth().oauth2(AdminTokens.viewer()).when().post("/admin/subscription/check").then().statusCode(403);
        given().auth().oauth2(AdminTokens.viewer()).when().get("/admin/subscription").then().statusCode(200);
    }
}
