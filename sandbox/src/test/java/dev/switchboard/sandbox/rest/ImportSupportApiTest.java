package dev.switchboard.sandbox.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.switchboard.sandbox.rest.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/** What a full import and schema discovery read: custom fields, seeded accounts, paging to the end. */
@QuarkusTest
class ImportSupportApiTest {

    private String token;

    @org.junit.jupiter.api.BeforeEach
    void login() {
        token = sharedRcToken();
    }

    @AfterEach
    void restoreLimits() {
        SubscriberTestBase.rateLimits(true);
    }

    @Test
    void customFieldsAreListedAddedAndCarriedByExtensions() {
        rc(token).get("/restapi/v1.0/account/~/custom-fields").then().statusCode(200)
                .header("X-Rate-Limit-Group", "Light")
                .body("records.displayName", hasItems("Cost Center Code", "Employee ID"))
                .body("records.category", everyItem(is("User")));
        String name = "Badge " + uniqueEmail("b");
        String fieldId = control().body(Map.of("displayName", name)).post("/sandbox/ringcentral/custom-fields")
                .then().statusCode(200).body("category", is("User")).extract().path("id");
        rc(token).get("/restapi/v1.0/account/~/custom-fields").then().body("records.id", hasItem(fieldId));

        Map<String, Object> body = new java.util.HashMap<>(extensionBody(uniqueEmail("custom")));
        body.put("customFields", List.of(Map.of("id", fieldId, "value", "B-1")));
        long id = rc(token).body(body).post("/restapi/v1.0/account/~/extension").then().statusCode(200)
                .body("customFields[0].displayName", is(name)).extract().jsonPath().getLong("id");
        control().body(Map.of("customFields", List.of(Map.of("id", fieldId, "value", "B-2"))))
                .put("/sandbox/ringcentral/extensions/" + id).then().statusCode(200);
        rc(token).get("/restapi/v1.0/account/~/extension/" + id).then()
                .body("customFields.find { it.id == '" + fieldId + "' }.value", is("B-2"));
        control().body(Map.of("displayName", "")).post("/sandbox/ringcentral/custom-fields").then().statusCode(400);
    }

    @Test
    void fiveThousandSeededUsersArePagedToTheEndExactlyOnce() {
        SubscriberTestBase.rateLimits(false);
        control().body(Map.of("count", 5000, "emailDomain", "seed.example.com", "seed", 3))
                .post("/sandbox/ringcentral/seed").then().statusCode(200).body("created", is(5000))
                .body("totalExtensions", greaterThanOrEqualTo(5001));

        Set<String> ids = new HashSet<>();
        String next = "/restapi/v1.0/account/~/extension?type=User&perPage=1000";
        int total = -1;
        int pages = 0;
        while (next != null) {
            JsonPath page = rc(token).get(next).then().statusCode(200).extract().jsonPath();
            total = page.getInt("paging.totalElements");
            List<Object> records = page.getList("records.id");
            records.forEach(id -> assertThat(ids.add(id.toString())).as("seen once: %s", id).isTrue());
            next = page.getString("navigation.nextPage.uri");
            pages++;
        }
        assertThat(ids).hasSize(total);
        assertThat(total).isGreaterThanOrEqualTo(5001);
        assertThat(pages).isEqualTo((total + 999) / 1000);
        rc(token).get("/restapi/v1.0/account/~/extension?type=User&status=Enabled&perPage=1").then()
                .body("paging.totalElements", greaterThanOrEqualTo(5000));
    }

    @Test
    void seedingNeedsACount() {
        RestAssured.given().contentType("application/json").body(Map.of("emailDomain", "x.example.com"))
                .post("/sandbox/ringcentral/seed").then().statusCode(400);
    }
}
