package dev.switchboard.sandbox.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static dev.switchboard.sandbox.rest.Fixtures.*;
import static dev.switchboard.sandbox.rest.OpenApiContracts.assertConforms;
import static dev.switchboard.sandbox.rest.OpenApiContracts.request;

/** Requests and responses of the sandbox checked against the official OpenAPI descriptions. */
@QuarkusTest
class ContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";

    @TestHTTPResource("/test-receiver")
    URL receiver;

    @Test
    void ringCentralTokenResponse() {
        String form = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=test-jwt";
        Response response = RestAssured.given().auth().preemptive().basic("test-client-id", "test-client-secret")
                .contentType(ContentType.URLENC.withCharset("UTF-8")).body(form).post("/restapi/oauth/token");
        assertConforms(OpenApiContracts.ringCentral(),
                request("POST", "/restapi/oauth/token", "application/x-www-form-urlencoded", form, Map.of()), response);
    }

    @Test
    void ringCentralExtensionCreateGetAndList() throws Exception {
        String token = rcToken();
        String email = uniqueEmail("contract");
        String body = JSON.writeValueAsString(extensionBody(email));
        Response created = rc(token).body(body).post("/restapi/v1.0/account/~/extension");
        assertConforms(OpenApiContracts.ringCentral(),
                request("POST", "/restapi/v1.0/account/~/extension", JSON_TYPE, body, Map.of()), created);

        String path = "/restapi/v1.0/account/~/extension/" + created.jsonPath().getLong("id");
        assertConforms(OpenApiContracts.ringCentral(), request("GET", path, null, null, Map.of()), rc(token).get(path));

        Response list = rc(token).queryParam("email", email).get("/restapi/v1.0/account/~/extension");
        assertConforms(OpenApiContracts.ringCentral(),
                request("GET", "/restapi/v1.0/account/~/extension", null, null, Map.of("email", email)), list);

        String duplicate = rc(token).body(body).post("/restapi/v1.0/account/~/extension").then().statusCode(400)
                .extract().asString();
        assertConforms(OpenApiContracts.ringCentral(),
                request("POST", "/restapi/v1.0/account/~/extension", JSON_TYPE, body, Map.of()),
                rc(token).body(body).post("/restapi/v1.0/account/~/extension"));
        org.assertj.core.api.Assertions.assertThat(duplicate).contains("CMN-101");
    }

    @Test
    void ringCentralPhoneNumbersAndDirectoryEntries() throws Exception {
        String token = sharedRcToken();
        Map<String, Object> body = new java.util.HashMap<>(extensionBody(uniqueEmail("contract")));
        String site = "contract-" + java.util.UUID.randomUUID();
        body.put("site", Map.of("id", site));
        body.put("directNumber", "+1415" + (2_000_000 + Math.floorMod(site.hashCode(), 7_000_000)));
        long id = control().body(body).post("/sandbox/ringcentral/extensions").then().statusCode(200)
                .extract().jsonPath().getLong("id");

        String numbers = "/restapi/v1.0/account/~/extension/" + id + "/phone-number";
        assertConforms(OpenApiContracts.ringCentral(), request("GET", numbers, null, null, Map.of()),
                rc(token).get(numbers));
        assertConforms(OpenApiContracts.ringCentral(),
                request("GET", numbers, null, null, Map.of("usageType", "DirectNumber", "perPage", "1")),
                rc(token).queryParam("usageType", "DirectNumber").queryParam("perPage", 1).get(numbers));
        assertConforms(OpenApiContracts.ringCentral(), request("GET", "/restapi/v1.0/account/~/extension/99999999/phone-number",
                null, null, Map.of()), rc(token).get("/restapi/v1.0/account/~/extension/99999999/phone-number"));

        String entries = "/restapi/v1.0/account/~/directory/entries";
        Map<String, String> query = Map.of("siteId", site, "showFederated", "true", "typeGroup", "User");
        assertConforms(OpenApiContracts.ringCentral(), request("GET", entries, null, null, query),
                rc(token).queryParams(query).get(entries));
        assertConforms(OpenApiContracts.ringCentral(), request("GET", entries, null, null, Map.of("perPage", "max")),
                rc(token).queryParam("perPage", "max").queryParam("siteId", site).get(entries));
        // The request breaks the spec on purpose (perPage above 2000): only the ADG error answer is checked.
        OpenApiContracts.assertResponseConforms(OpenApiContracts.ringCentral(), "GET", entries,
                rc(token).queryParam("perPage", "2001").get(entries));
    }

    @Test
    void oktaUserGetAndAppUserAssign() throws Exception {
        String email = uniqueEmail("contract");
        String userBody = JSON.writeValueAsString(userBody(email));
        Response created = okta().body(userBody).post("/api/v1/users");
        String id = created.path("id");
        Response user = okta().get("/api/v1/users/" + id);
        assertConforms(OpenApiContracts.okta(), request("GET", "/api/v1/users/" + id, null, null, Map.of()), user);

        String assign = JSON.writeValueAsString(assignBody(id, email));
        String path = "/api/v1/apps/" + APP_ID + "/users";
        assertConforms(OpenApiContracts.okta(), request("POST", path, JSON_TYPE, assign, Map.of()),
                okta().body(assign).post(path));
        assertConforms(OpenApiContracts.okta(), request("GET", path + "/" + id, null, null, Map.of()),
                okta().get(path + "/" + id));
    }

    @Test
    void oktaEventHookCreate() throws Exception {
        String body = JSON.writeValueAsString(hookBody(receiver + "/ok", List.of("application.user_membership.add")));
        assertConforms(OpenApiContracts.okta(), request("POST", "/api/v1/eventHooks", JSON_TYPE, body, Map.of()),
                okta().body(body).post("/api/v1/eventHooks"));
    }

    @Test
    void oktaSystemLogQuery() {
        createUser(uniqueEmail("logcontract"));
        Map<String, String> query = Map.of("filter", "eventType eq \"user.lifecycle.create\"", "limit", "5");
        Response response = okta().queryParams(query).get("/api/v1/logs");
        assertConforms(OpenApiContracts.okta(), request("GET", "/api/v1/logs", null, null, query), response);
    }

    @Test
    void oktaGroupCreateMembershipAndAppAssignment() throws Exception {
        String body = JSON.writeValueAsString(Map.of("profile", Map.of("name", uniqueEmail("group"), "description", "d")));
        Response created = okta().body(body).post("/api/v1/groups");
        assertConforms(OpenApiContracts.okta(), request("POST", "/api/v1/groups", JSON_TYPE, body, Map.of()), created);
        String groupId = created.path("id");
        String userId = createUser(uniqueEmail("member"));
        String membership = "/api/v1/groups/" + groupId + "/users/" + userId;
        assertConforms(OpenApiContracts.okta(), request("PUT", membership, null, null, Map.of()), okta().put(membership));
        String assignment = "/api/v1/apps/" + APP_ID + "/groups/" + groupId;
        assertConforms(OpenApiContracts.okta(), request("PUT", assignment, null, null, Map.of()), okta().put(assignment));
        assertConforms(OpenApiContracts.okta(), request("GET", "/api/v1/apps/" + APP_ID + "/users/" + userId, null, null,
                Map.of()), okta().get("/api/v1/apps/" + APP_ID + "/users/" + userId));
        assertConforms(OpenApiContracts.okta(), request("DELETE", assignment, null, null, Map.of()), okta().delete(assignment));
        assertConforms(OpenApiContracts.okta(), request("DELETE", membership, null, null, Map.of()), okta().delete(membership));
    }
}
