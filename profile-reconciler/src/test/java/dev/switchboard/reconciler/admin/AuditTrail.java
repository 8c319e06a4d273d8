package dev.switchboard.reconciler.admin;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** Reads the audit trail through GET /admin/audit. */
final class AuditTrail {

    private AuditTrail() {
    }

    /** The entries about {@code target}, newest first. */
    static List<Map<String, Object>> about(String target) {
        JsonPath body = given().auth().oauth2(AdminTokens.viewer()).queryParam("limit", 500)
                .get("/admin/audit").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> all = body.getList("$");
        return all.stream().filter(e -> target.equals(e.get("target"))).toList();
    }
}
