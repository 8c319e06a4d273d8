package dev.switchboard.sandbox.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.switchboard.sandbox.rest.Fixtures.*;
import static dev.switchboard.sandbox.rest.OpenApiContracts.assertConforms;
import static dev.switchboard.sandbox.rest.OpenApiContracts.request;

/** Subscription, custom field and schema exchanges checked against the official OpenAPI descriptions. */
@QuarkusTest
class ImportContractTest extends SubscriberTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";


    @Test
    void subscriptionCreateReadListRenewAndBlacklisted() throws Exception {
        String body = JSON.writeValueAsString(subscriptionBody(address("ok"), "vt", 315360000L));
        Response created = rc(token).body(body).post("/restapi/v1.0/subscription");
        assertConforms(OpenApiContracts.ringCentral(),
                request("POST", "/restapi/v1.0/subscription", JSON_TYPE, body, Map.of()), created);
        String id = created.path("id");
        control().post("/sandbox/ringcentral/subscriptions/" + id + "/blacklist").then().statusCode(200);
        assertConforms(OpenApiContracts.ringCentral(), request("GET", "/restapi/v1.0/subscription", null, null, Map.of()),
                rc(token).get("/restapi/v1.0/subscription"));
        String path = "/restapi/v1.0/subscription/" + id;
        assertConforms(OpenApiContracts.ringCentral(), request("GET", path, null, null, Map.of()), rc(token).get(path));
        assertConforms(OpenApiContracts.ringCentral(), request("POST", path + "/renew", null, null, Map.of()),
                rc(token).post(path + "/renew"));
    }

    @Test
    void failedHandshakeErrorBody() throws Exception {
        String body = JSON.writeValueAsString(subscriptionBody(address("mute"), "vt", 60L));
        assertConforms(OpenApiContracts.ringCentral(),
                request("POST", "/restapi/v1.0/subscription", JSON_TYPE, body, Map.of()),
                rc(token).body(body).post("/restapi/v1.0/subscription"));
    }

    @Test
    void customFieldsList() {
        assertConforms(OpenApiContracts.ringCentral(),
                request("GET", "/restapi/v1.0/account/~/custom-fields", null, null, Map.of()),
                rc(token).get("/restapi/v1.0/account/~/custom-fields"));
    }

    @Test
    void oktaAppUserSchemaReadAndUpdate() throws Exception {
        String path = "/api/v1/meta/schemas/apps/" + APP_ID + "/default";
        assertConforms(OpenApiContracts.okta(), request("GET", path, null, null, Map.of()), okta().get(path));
        String body = JSON.writeValueAsString(Map.of("definitions", Map.of("custom", Map.of("properties",
                Map.of("contractProp", Map.of("title", "Contract Prop", "type", "string", "scope", "NONE"))))));
        assertConforms(OpenApiContracts.okta(), request("POST", path, JSON_TYPE, body, Map.of()),
                okta().body(body).post(path));
    }
}
