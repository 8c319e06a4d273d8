package dev.switchboard.sandbox.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.switchboard.sandbox.rest.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class GroupsApiTest {

    private static String group() {
        return okta().body(Map.of("profile", Map.of("name", "Sales " + UUID.randomUUID(), "description", "d")))
                .post("/api/v1/groups").then().statusCode(200)
                .body("type", is("OKTA_GROUP")).body("profile.description", is("d"))
                .extract().path("id");
    }

    @Test
    void membersOfAnAssignedGroupAreAppUsersWithScopeGroup() {
        String groupId = group();
        assertThat(groupId).startsWith("00g");
        String member = activeUser(uniqueEmail("grp"));
        okta().put("/api/v1/groups/" + groupId + "/users/" + member).then().statusCode(204);
        okta().get("/api/v1/apps/" + APP_ID + "/users/" + member).then().statusCode(404);

        okta().put("/api/v1/apps/" + APP_ID + "/groups/" + groupId).then().statusCode(200).body("id", is(groupId));
        okta().get("/api/v1/apps/" + APP_ID + "/users/" + member).then().statusCode(200)
                .body("scope", is("GROUP")).body("status", is("PROVISIONED"));
        okta().get("/api/v1/apps/" + APP_ID + "/users?limit=500").then().statusCode(200)
                .body("find { it.id == '" + member + "' }.scope", is("GROUP"));

        String late = activeUser(uniqueEmail("grplate"));
        okta().put("/api/v1/groups/" + groupId + "/users/" + late).then().statusCode(204);
        okta().get("/api/v1/apps/" + APP_ID + "/users/" + late).then().statusCode(200).body("scope", is("GROUP"));
        okta().get("/api/v1/groups/" + groupId + "/users").then().statusCode(200).body("id", contains(member, late));

        okta().delete("/api/v1/groups/" + groupId + "/users/" + late).then().statusCode(204);
        okta().get("/api/v1/apps/" + APP_ID + "/users/" + late).then().statusCode(404);
        okta().delete("/api/v1/apps/" + APP_ID + "/groups/" + groupId).then().statusCode(204);
        okta().get("/api/v1/apps/" + APP_ID + "/users/" + member).then().statusCode(404);
    }

    @Test
    void groupChangesAreLoggedButGroupDrivenAssignmentHasNoAppMembershipEvent() {
        String groupId = group();
        String member = activeUser(uniqueEmail("grpev"));
        okta().put("/api/v1/groups/" + groupId + "/users/" + member).then().statusCode(204);
        okta().put("/api/v1/apps/" + APP_ID + "/groups/" + groupId).then().statusCode(200);

        List<Map<String, Object>> events = okta().get("/api/v1/logs?limit=1000").then().statusCode(200)
                .extract().path("");
        List<Map<String, Object>> aboutGroup = events.stream().filter(e -> e.toString().contains(groupId)).toList();
        assertThat(aboutGroup).extracting(e -> e.get("eventType"))
                .containsExactly("group.user_membership.add", "group.application_assignment.add");
        Map<String, Object> assignment = aboutGroup.get(1);
        assertThat(targets(assignment)).containsEntry("UserGroup", groupId).containsEntry("AppInstance", APP_ID);
        assertThat(targets(aboutGroup.get(0))).containsEntry("UserGroup", groupId).containsEntry("User", member);
        assertThat(events).noneMatch(e -> "application.user_membership.add".equals(e.get("eventType"))
                && e.toString().contains(member));
    }

    @Test
    void unknownGroupsAndDuplicateNamesAreRefused() {
        okta().put("/api/v1/groups/00gunknown/users/00uunknown").then().statusCode(404).body("errorCode", is("E0000007"));
        okta().put("/api/v1/apps/" + APP_ID + "/groups/00gunknown").then().statusCode(404);
        okta().body(Map.of("profile", Map.of("description", "no name"))).post("/api/v1/groups").then().statusCode(400)
                .body("errorCode", is("E0000001"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> targets(Map<String, Object> event) {
        Map<String, String> byType = new java.util.HashMap<>();
        ((List<Map<String, Object>>) event.get("target")).forEach(t -> byType.put((String) t.get("type"), (String) t.get("id")));
        return byType;
    }
}
