package dev.switchboard.sandbox.rest;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builders for requests the tests send to the sandbox. */
final class Fixtures {

    static final String OKTA_TOKEN = "test-okta-token";
    static final String APP_ID = "0oasandboxringcentral";

    private Fixtures() {
    }

    static RequestSpecification okta() {
        return RestAssured.given().header("Authorization", "SSWS " + OKTA_TOKEN).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    static String uniqueEmail(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    static Map<String, Object> userBody(String email) {
        return Map.of("profile", Map.of("login", email, "email", email, "firstName", "Ada", "lastName", "Lovelace"));
    }

    /** Creates an Okta user through the Users API and returns its id. */
    static String createUser(String email) {
        return okta().body(userBody(email)).post("/api/v1/users?activate=true").then().statusCode(200)
                .extract().path("id");
    }

    static Map<String, Object> assignBody(String userId, String userName) {
        return Map.of("id", userId, "scope", "USER", "credentials", Map.of("userName", userName), "profile", Map.of());
    }

    static Map<String, Object> hookBody(String uri, List<String> events) {
        return Map.of("name", "switchboard", "events", Map.of("type", "EVENT_TYPE", "items", events),
                "channel", Map.of("type", "HTTP", "version", "1.0.0", "config", Map.of("uri", uri,
                        "headers", List.of(Map.of("key", "X-Extra", "value", "extra-value")),
                        "authScheme", Map.of("type", "HEADER", "key", "Authorization", "value", "hook-secret"))));
    }

    /** Registers a hook for {@code events}, verifies it, and returns its id. */
    static String verifiedHook(String uri, List<String> events) {
        String id = okta().body(hookBody(uri, events)).post("/api/v1/eventHooks").then().statusCode(200)
                .extract().path("id");
        okta().post("/api/v1/eventHooks/" + id + "/lifecycle/verify").then().statusCode(200);
        return id;
    }

    static String rcToken() {
        return RestAssured.given().auth().preemptive().basic("test-client-id", "test-client-secret")
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer")
                .formParam("assertion", "test-jwt")
                .post("/restapi/oauth/token").then().statusCode(200).extract().path("access_token");
    }

    private static String sharedToken;

    /** One token for the whole run: the Auth group allows 5 token calls a minute (tokens live an hour). */
    static synchronized String sharedRcToken() {
        if (sharedToken == null || rc(sharedToken).get("/restapi/v1.0/subscription").statusCode() == 401) {
            sharedToken = rcToken();
        }
        return sharedToken;
    }

    static RequestSpecification rc(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    static Map<String, Object> extensionBody(String email) {
        return Map.of("type", "User", "status", "Enabled",
                "contact", Map.of("firstName", "Ada", "lastName", "Lovelace", "email", email));
    }

    /** Creates an ACTIVE user through the control API and returns its id. */
    static String activeUser(String email) {
        return control().body(Map.of("profile", userBody(email).get("profile"))).post("/sandbox/okta/users")
                .then().statusCode(200).extract().path("id");
    }

    /** Okta management API with an OAuth access token instead of SSWS. */
    static RequestSpecification oktaBearer(String accessToken) {
        return RestAssured.given().header("Authorization", "Bearer " + accessToken).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** The delivery log entries of one hook. */
    static List<Map<String, Object>> deliveriesOf(String hookId) {
        List<Map<String, Object>> all = control().get("/sandbox/okta/deliveries").then().statusCode(200).extract().path("");
        return all.stream().filter(d -> hookId.equals(d.get("hookId"))).toList();
    }

    /** The control API: no credentials. */
    static RequestSpecification control() {
        return RestAssured.given().contentType(ContentType.JSON);
    }

    static Map<String, Object> subscriptionBody(String address, String verificationToken, Long expiresIn) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("eventFilters", List.of("/restapi/v1.0/account/~/extension"));
        body.put("deliveryMode", Map.of("transportType", "WebHook", "address", address,
                "verificationToken", verificationToken));
        if (expiresIn != null) {
            body.put("expiresIn", expiresIn);
        }
        return body;
    }

    /** Creates a subscription (the address must pass the handshake) and returns its id. */
    static String subscribe(String token, String address, String verificationToken) {
        return rc(token).body(subscriptionBody(address, verificationToken, 3600L)).post("/restapi/v1.0/subscription")
                .then().statusCode(200).extract().path("id");
    }

    /** Deletes every subscription (at most 30 may exist). */
    static void unsubscribeAll(String token) {
        List<String> ids = rc(token).get("/restapi/v1.0/subscription").then().statusCode(200).extract().path("records.id");
        ids.forEach(id -> rc(token).delete("/restapi/v1.0/subscription/" + id).then().statusCode(204));
    }

    /** The notification delivery log entries of one subscription. */
    static List<Map<String, Object>> notificationsOf(String subscriptionId) {
        List<Map<String, Object>> all = control().get("/sandbox/ringcentral/notifications").then().statusCode(200)
                .extract().path("");
        return all.stream().filter(n -> subscriptionId.equals(n.get("subscriptionId"))).toList();
    }
}
