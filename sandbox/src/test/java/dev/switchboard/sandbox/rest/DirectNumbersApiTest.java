package dev.switchboard.sandbox.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static dev.switchboard.sandbox.rest.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;

/** Direct numbers: the phone number list, the company directory, the control calls and their notifications. */
@QuarkusTest
class DirectNumbersApiTest extends SubscriberTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A number no other test uses (seeded numbers are +1 650 2xx-xxxx). */
    private static String freshNumber() {
        return "+1415" + ThreadLocalRandom.current().nextLong(2_000_000, 10_000_000);
    }

    /** Creates an extension through the control API, with a direct number when one is given, on {@code site}. */
    private static long extension(String site, String type, String status, String directNumber) {
        Map<String, Object> body = new HashMap<>(extensionBody(uniqueEmail("direct")));
        body.put("type", type);
        body.put("status", status);
        body.put("site", Map.of("id", site));
        if (directNumber != null) {
            body.put("directNumber", directNumber);
        }
        return control().body(body).post("/sandbox/ringcentral/extensions").then().statusCode(200)
                .body("$", not(hasKey("directNumber"))).extract().jsonPath().getLong("id");
    }

    private String phoneNumbersPath(long id) {
        return "/restapi/v1.0/account/~/extension/" + id + "/phone-number";
    }

    @Test
    void thePhoneNumberListHasTheDirectNumberAndTheCompanyNumber() {
        String number = freshNumber();
        long id = extension("main-site", "User", "Enabled", number);

        rc(token).get(phoneNumbersPath(id)).then().statusCode(200)
                .header("X-Rate-Limit-Group", "Light")
                .body("uri", containsString("/restapi/v1.0/account/400123456/extension/" + id + "/phone-number"))
                .body("records.usageType", contains("DirectNumber", "MainCompanyNumber"))
                .body("records[0].phoneNumber", is(number))
                .body("records[0].type", is("VoiceFax"))
                .body("records[0].status", is("Normal"))
                .body("records[0].extension.id.toString()", is(Long.toString(id)))
                .body("paging.totalElements", is(2)).body("paging.perPage", is(100));

        rc(token).queryParam("usageType", "DirectNumber").get(phoneNumbersPath(id)).then().statusCode(200)
                .body("records.phoneNumber", contains(number))
                .body("navigation.firstPage.uri", containsString("usageType=DirectNumber"));
        rc(token).queryParam("usageType", "DirectNumber", "MainCompanyNumber").queryParam("status", "Normal")
                .get(phoneNumbersPath(id)).then().statusCode(200).body("records", hasSize(2));
        rc(token).queryParam("perPage", 1).queryParam("page", 2).get(phoneNumbersPath(id)).then().statusCode(200)
                .body("records.usageType", contains("MainCompanyNumber"))
                .body("paging.page", is(2)).body("paging.totalPages", is(2)).body("paging.pageStart", is(1))
                .body("navigation.previousPage.uri", containsString("page=1"))
                .body("navigation", not(hasKey("nextPage")));
    }

    @Test
    void thePhoneNumberListRefusesUnknownExtensionsAndBadParameters() {
        rc(token).get(phoneNumbersPath(99_999_999L)).then().statusCode(404)
                .body("errors[0].errorCode", is("CMN-102"));
        rc(token).get("/restapi/v1.0/account/~/extension/abc/phone-number").then().statusCode(404)
                .body("errors[0].errorCode", is("CMN-102"));
        long id = extension("main-site", "User", "Enabled", null);
        rc(token).queryParam("usageType", "DirectNumber").get(phoneNumbersPath(id)).then().statusCode(200)
                .body("records", empty()).body("paging.totalElements", is(0));
        rc(token).queryParam("usageType", "Direct").get(phoneNumbersPath(id)).then().statusCode(400)
                .body("errors[0].errorCode", is("CMN-101")).body("errors[0].parameterName", is("usageType"));
        rc(token).queryParam("status", "Active").get(phoneNumbersPath(id)).then().statusCode(400)
                .body("errors[0].parameterName", is("status"));
        rc(token).queryParam("perPage", 0).get(phoneNumbersPath(id)).then().statusCode(400)
                .body("errors[0].parameterName", is("perPage"));
    }

    @Test
    void theDirectoryListsContactsWithTheirDirectNumbersFilteredAndPaged() {
        String site = "site-" + UUID.randomUUID();
        String number = freshNumber();
        long ada = extension(site, "User", "Enabled", number);
        long queue = extension(site, "Department", "Enabled", null);
        long pending = extension(site, "DigitalUser", "NotActivated", null);
        extension(site, "User", "Frozen", freshNumber());

        JsonPath all = rc(token).queryParam("siteId", site).get("/restapi/v1.0/account/~/directory/entries")
                .then().statusCode(200).header("X-Rate-Limit-Group", "Medium").header("ETag", notNullValue())
                .body("paging.totalElements", is(3)).body("paging.perPage", is(1000))
                .extract().jsonPath();
        assertThat(all.getList("records.id")).containsExactly(Long.toString(ada), Long.toString(queue),
                Long.toString(pending));
        assertThat(all.getList("records.type")).containsExactly("User", "Department", "User");
        assertThat(all.getString("records[0].phoneNumbers[0].phoneNumber")).isEqualTo(number);
        assertThat(all.getString("records[0].phoneNumbers[0].usageType")).isEqualTo("DirectNumber");
        assertThat(all.getString("records[0].firstName")).isEqualTo("Ada");
        assertThat(all.getString("records[0].account.id")).isEqualTo("400123456");
        assertThat(all.getString("records[2].status")).isEqualTo("NotActivated");

        rc(token).queryParam("siteId", site).queryParam("typeGroup", "NonUser")
                .get("/restapi/v1.0/account/~/directory/entries").then().statusCode(200)
                .body("records.id", contains(Long.toString(queue)));
        rc(token).queryParam("siteId", site).queryParam("type", "User").queryParam("showFederated", false)
                .get("/restapi/v1.0/account/~/directory/entries").then().statusCode(200)
                .body("records.id", contains(Long.toString(ada), Long.toString(pending)))
                .body("records[0]", not(hasKey("account")));
        rc(token).queryParam("siteId", site).queryParam("perPage", 2).queryParam("page", 2)
                .get("/restapi/v1.0/account/~/directory/entries").then().statusCode(200)
                .body("records.id", contains(Long.toString(pending)))
                .body("paging.page", is(2)).body("paging.totalPages", is(2)).body("paging.pageStart", is(2));
        rc(token).queryParam("siteId", site).queryParam("perPage", "all")
                .get("/restapi/v1.0/account/~/directory/entries").then().statusCode(200)
                .body("records", hasSize(3)).body("paging.totalPages", is(1));
        rc(token).queryParam("siteId", site).queryParam("perPage", "max")
                .get("/restapi/v1.0/account/~/directory/entries").then().statusCode(200)
                .body("paging.perPage", is(2000));

        String etag = rc(token).queryParam("siteId", site).get("/restapi/v1.0/account/~/directory/entries")
                .then().statusCode(200).extract().header("ETag");
        rc(token).queryParam("siteId", site).header("If-None-Match", etag)
                .get("/restapi/v1.0/account/~/directory/entries").then().statusCode(304);
        control().body(Map.of("contact", Map.of("department", "Ops"))).put("/sandbox/ringcentral/extensions/" + ada)
                .then().statusCode(200);
        rc(token).queryParam("siteId", site).header("If-None-Match", etag)
                .get("/restapi/v1.0/account/~/directory/entries").then().statusCode(200)
                .body("records[0].department", is("Ops"));
    }

    @Test
    void theDirectoryAnswersBadParametersWithAdgErrors() {
        rc(token).queryParam("perPage", 2001).get("/restapi/v1.0/account/~/directory/entries").then().statusCode(400)
                .body("errors[0].errorCode", is("ADG-121"))
                .body("errors[0].message", startsWith("Parameter [perPage] is invalid."))
                .body("errors[0].parameterName", is("perPage"));
        rc(token).queryParam("typeGroup", "People").get("/restapi/v1.0/account/~/directory/entries").then()
                .statusCode(400).body("errors[0].parameterName", is("typeGroup"));
        rc(token).queryParam("type", "Robot").get("/restapi/v1.0/account/~/directory/entries").then()
                .statusCode(400).body("errors[0].parameterName", is("type"));
        rc(token).get("/restapi/v1.0/account/123/directory/entries").then().statusCode(404)
                .body("errors[0].errorCode", is("ADG-107"));
    }

    @Test
    void controlCallsAssignReplaceAndUnassignAndRefuseBadNumbers() {
        long ada = extension("main-site", "User", "Enabled", null);
        long alan = extension("main-site", "User", "Enabled", null);
        String first = freshNumber();
        String second = freshNumber();
        String path = "/sandbox/ringcentral/extensions/" + ada + "/direct-number";

        control().body(Map.of("phoneNumber", first)).put(path).then().statusCode(200)
                .body("extensionId", is(Long.toString(ada))).body("directNumber", is(first)).body("changed", is(true));
        control().body(Map.of("phoneNumber", second)).put(path).then().statusCode(200).body("directNumber", is(second));
        // The replaced number went back to the inventory: another extension may take it.
        control().body(Map.of("phoneNumber", first)).put("/sandbox/ringcentral/extensions/" + alan + "/direct-number")
                .then().statusCode(200);
        rc(token).queryParam("usageType", "DirectNumber").get(phoneNumbersPath(ada)).then()
                .body("records.phoneNumber", contains(second));

        control().body(Map.of("phoneNumber", "650-555-0123")).put(path).then().statusCode(400)
                .body("errors[0].message", containsString("E.164"));
        control().body(Map.of()).put(path).then().statusCode(400);
        control().body(Map.of("phoneNumber", first)).put(path).then().statusCode(409)
                .body("errors[0].message", containsString("extension " + alan));
        control().body(Map.of("phoneNumber", "+16505550100")).put(path).then().statusCode(409)
                .body("errors[0].message", containsString("main number"));
        control().body(Map.of("phoneNumber", freshNumber())).put("/sandbox/ringcentral/extensions/99999999/direct-number")
                .then().statusCode(404);
        control().delete("/sandbox/ringcentral/extensions/99999999/direct-number").then().statusCode(404);

        control().delete(path).then().statusCode(200).body("directNumber", nullValue()).body("changed", is(true));
        control().delete(path).then().statusCode(200).body("changed", is(false));
        rc(token).queryParam("usageType", "DirectNumber").get(phoneNumbersPath(ada)).then().body("records", empty());
    }

    @Test
    void deletingAnExtensionReleasesItsDirectNumber() {
        String number = freshNumber();
        long ada = extension("main-site", "User", "Enabled", number);
        long alan = extension("main-site", "User", "Enabled", null);
        control().body(Map.of("phoneNumber", number)).put("/sandbox/ringcentral/extensions/" + alan + "/direct-number")
                .then().statusCode(409);
        control().delete("/sandbox/ringcentral/extensions/" + ada).then().statusCode(204);
        rc(token).get(phoneNumbersPath(ada)).then().statusCode(404);
        control().body(Map.of("phoneNumber", number)).put("/sandbox/ringcentral/extensions/" + alan + "/direct-number")
                .then().statusCode(200);
    }

    @Test
    void createWithATakenOrBadDirectNumberCreatesNothing() {
        String number = freshNumber();
        extension("main-site", "User", "Enabled", number);
        int before = control().get("/sandbox/ringcentral/extensions").then().extract().jsonPath().getList("$").size();
        for (Map.Entry<String, Integer> bad : Map.of(number, 409, "0123", 400).entrySet()) {
            Map<String, Object> body = new HashMap<>(extensionBody(uniqueEmail("direct")));
            body.put("directNumber", bad.getKey());
            control().body(body).post("/sandbox/ringcentral/extensions").then().statusCode(bad.getValue())
                    .body("errors[0].parameterName", is("phoneNumber"));
        }
        assertThat(control().get("/sandbox/ringcentral/extensions").then().extract().jsonPath().getList("$"))
                .hasSize(before);
    }

    @Test
    void seedingGivesDirectNumbersOnlyWhenAsked() {
        JsonPath plain = control().body(Map.of("count", 2)).post("/sandbox/ringcentral/seed").then().statusCode(200)
                .extract().jsonPath();
        rc(token).queryParam("usageType", "DirectNumber").get(phoneNumbersPath(plain.getLong("lastId"))).then()
                .body("records", empty());

        JsonPath seeded = control().body(Map.of("count", 3, "directNumbers", true)).post("/sandbox/ringcentral/seed")
                .then().statusCode(200).extract().jsonPath();
        List<String> numbers = new java.util.ArrayList<>();
        for (long id = seeded.getLong("firstId"); id <= seeded.getLong("lastId"); id++) {
            numbers.add(rc(token).queryParam("usageType", "DirectNumber").get(phoneNumbersPath(id)).then()
                    .statusCode(200).body("records", hasSize(1)).extract().path("records[0].phoneNumber"));
        }
        assertThat(numbers).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).startsWith("+1650"));
    }

    @Test
    void directNumberChangesNotifyAnUpdateHintedCompanyNumbers() throws Exception {
        String tag = UUID.randomUUID().toString();
        subscribe(token, address("ok", tag), "vt");
        long id = extension("main-site", "User", "Enabled", freshNumber());
        String path = "/sandbox/ringcentral/extensions/" + id + "/direct-number";
        control().body(Map.of("phoneNumber", freshNumber())).put(path).then().statusCode(200);
        control().delete(path).then().statusCode(200);
        control().delete(path).then().statusCode(200).body("changed", is(false));
        control().body(Map.of("contact", Map.of("department", "R&D"))).put("/sandbox/ringcentral/extensions/" + id)
                .then().statusCode(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> RingCentralReceiver.notifications(tag).size() == 4);
        List<String> received = new java.util.ArrayList<>();
        for (RingCentralReceiver.Received r : RingCentralReceiver.notifications(tag)) {
            for (JsonNode item : JSON.readTree(r.body()).get("body").get("extensions")) {
                assertThat(item.get("extensionId").asText()).isEqualTo(Long.toString(id));
                received.add(item.get("eventType").asText() + item.path("hints"));
            }
        }
        assertThat(received).containsExactly("Create", "Update[\"CompanyNumbers\"]", "Update[\"CompanyNumbers\"]",
                "Update[\"ExtensionInfo\"]");
    }
}
