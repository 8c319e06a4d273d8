package dev.switchboard.sandbox.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.switchboard.sandbox.rest.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class SystemLogApiTest {

    @TestHTTPResource("/test-receiver")
    URL receiver;

    @AfterEach
    void deliverAgain() {
        control().body(Map.of("drop", false)).put("/sandbox/okta/delivery").then().statusCode(200);
    }

    @Test
    void filteredLogPagesByLinkUntilTheBoundedWindowEnds() {
        Instant since = Instant.now().minusSeconds(1);
        List<String> ids = List.of(activeUser(uniqueEmail("log1")), activeUser(uniqueEmail("log2")),
                activeUser(uniqueEmail("log3")));
        String until = Instant.now().plusSeconds(5).toString();
        String filter = "eventType eq \"user.lifecycle.activate\" or eventType eq \"user.lifecycle.suspend\"";
        okta().post("/api/v1/users/" + ids.get(0) + "/lifecycle/suspend").then().statusCode(200);

        List<Map<String, Object>> seen = new ArrayList<>();
        String next = "/api/v1/logs?limit=1&since=" + since + "&until=" + until + "&filter=" + filter;
        int pages = 0;
        while (next != null && pages++ < 50) {
            Response page = okta().urlEncodingEnabled(pages == 1).get(next);
            page.then().statusCode(200).header("Link", containsString("rel=\"self\""));
            seen.addAll(page.jsonPath().getList(""));
            String link = page.header("Link");
            next = link.contains("rel=\"next\"") ? link.replaceAll(".*<([^>]+)>; rel=\"next\".*", "$1") : null;
        }
        List<String> types = seen.stream().map(e -> (String) e.get("eventType")).distinct().toList();
        assertThat(types).containsExactlyInAnyOrder("user.lifecycle.activate", "user.lifecycle.suspend");
        assertThat(seen.stream().filter(e -> e.toString().contains(ids.get(1))).count()).isEqualTo(1);
        assertThat(seen).as("page size 1, so each page was one event").hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void pollingAlwaysOffersANextLinkAndBadInputIs400() {
        okta().get("/api/v1/logs?limit=1").then().statusCode(200).header("Link", containsString("rel=\"next\""));
        okta().queryParam("filter", "displayMessage co \"x\"").get("/api/v1/logs").then().statusCode(400)
                .body("errorCode", is("E0000001"));
        okta().get("/api/v1/logs?since=yesterday").then().statusCode(400);
        okta().get("/api/v1/logs?limit=1001").then().statusCode(400);
    }

    @Test
    void droppedDeliveriesStillReachTheSystemLog() {
        String hookId = verifiedHook(receiver + "/ok", List.of("user.lifecycle.create"));
        control().body(Map.of("drop", true)).put("/sandbox/okta/delivery").then().statusCode(200).body("drop", is(true));
        String email = uniqueEmail("dropped");
        String id = createUser(email);
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveriesOf(hookId).stream()
                .anyMatch(d -> ((List<?>) d.get("userIds")).contains(id)));
        Map<String, Object> delivery = deliveriesOf(hookId).stream()
                .filter(d -> ((List<?>) d.get("userIds")).contains(id)).findFirst().orElseThrow();
        assertThat(delivery).containsEntry("outcome", "DROPPED").containsEntry("attempts", 0);
        assertThat(TestReceiver.RECEIVED).noneMatch(r -> r.body().contains(id));
        okta().queryParam("filter", "eventType eq \"user.lifecycle.create\"").get("/api/v1/logs?limit=1000")
                .then().statusCode(200).body("target.flatten().id", hasItem(id));
        okta().post("/api/v1/eventHooks/" + hookId + "/lifecycle/deactivate").then().statusCode(200);
    }
}
