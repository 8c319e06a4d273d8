package dev.switchboard.reconciler.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The mastery table through the admin API: read for viewers, changed by operators, every change audited. */
@QuarkusTest
class MasteryAdminTest {

    @AfterEach
    void restoreDefaults() {
        put("/admin/mastery/contact.department", "okta", AdminTokens.operator()).then().statusCode(200);
        put("/admin/mastery/profile-master", "okta", AdminTokens.operator()).then().statusCode(200);
    }

    private static io.restassured.response.Response put(String path, String master, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("master", master)).put(path);
    }

    private static String masterOf(JsonPath table, String attribute) {
        List<Map<String, Object>> rows = table.getList("attributes");
        return rows.stream().filter(r -> attribute.equals(r.get("attribute"))).map(r -> (String) r.get("master"))
                .findFirst().orElse(null);
    }

    @Test
    void theDefaultsAreSeeded() {
        JsonPath table = given().auth().oauth2(AdminTokens.viewer()).get("/admin/mastery").then().statusCode(200)
                .body("profileMaster", equalTo("okta")).extract().jsonPath();
        assertThat(masterOf(table, "extensionNumber")).isEqualTo("ringcentral");
        assertThat(masterOf(table, "directNumber")).isEqualTo("ringcentral");
        assertThat(masterOf(table, "contact.email")).isEqualTo("okta");
    }

    @Test
    void anOperatorChangesAMasterAndTheChangeIsAudited() {
        put("/admin/mastery/contact.department", "ringcentral", AdminTokens.viewer()).then().statusCode(403);
        put("/admin/mastery/contact.department", "ringcentral", AdminTokens.operator()).then().statusCode(200)
                .body("master", equalTo("ringcentral")).body("previous", equalTo("okta"));

        JsonPath table = given().auth().oauth2(AdminTokens.viewer()).get("/admin/mastery").then().statusCode(200)
                .extract().jsonPath();
        assertThat(masterOf(table, "contact.department")).isEqualTo("ringcentral");
        assertThat(AuditTrail.about("contact.department")).first().satisfies(entry -> {
            assertThat(entry.get("action")).isEqualTo("MASTERY_SET");
            assertThat(entry.get("actor")).isEqualTo("switchboard-operator");
            assertThat(entry.get("outcome")).isEqualTo("CHANGED");
        });
    }

    @Test
    void badMastersAndUnknownAttributesAreRefused() {
        put("/admin/mastery/contact.department", "both", AdminTokens.operator()).then().statusCode(400);
        put("/admin/mastery/contact.shoeSize", "okta", AdminTokens.operator()).then().statusCode(400);
        put("/admin/mastery/profile-master", "nobody", AdminTokens.operator()).then().statusCode(400);
        put("/admin/mastery/directNumber", "okta", AdminTokens.operator()).then().statusCode(400)
                .body(containsString("read-only"));
    }

    @Test
    void theProfileMasterSwitchIsAudited() {
        put("/admin/mastery/profile-master", "ringcentral", AdminTokens.operator()).then().statusCode(200)
                .body("master", equalTo("ringcentral"));
        given().auth().oauth2(AdminTokens.viewer()).get("/admin/mastery").then().statusCode(200)
                .body("profileMaster", equalTo("ringcentral"));
        assertThat(AuditTrail.about("profile-master")).first()
                .satisfies(entry -> assertThat(entry.get("action")).isEqualTo("MASTERY_PROFILE_MASTER"));
    }
}
