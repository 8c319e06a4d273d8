package dev.switchboard.oktawriter.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.contracts.Json;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileDiffTest {

    private static ObjectNode profile() {
        ObjectNode profile = Json.MAPPER.createObjectNode();
        profile.put("login", "ada@example.com");
        profile.put("email", "ada@example.com");
        profile.put("firstName", "Ada");
        profile.put("lastName", "Lovelace");
        profile.putNull("mobilePhone");
        profile.put("title", "");
        profile.put("employeeNumber", 42);
        profile.putArray("groupsCustom").add("a").add("b");
        return profile;
    }

    @Test
    void sendsOnlyTheAttributesThatDiffer() {
        Map<String, String> target = new LinkedHashMap<>();
        target.put("firstName", "Ada");
        target.put("lastName", "King");
        target.put("department", "Analytics");

        assertThat(ProfileDiff.changes(profile(), target))
                .containsExactly(Map.entry("lastName", "King"), Map.entry("department", "Analytics"));
    }

    @Test
    void nothingDiffersWhenEveryTargetIsHeld() {
        assertThat(ProfileDiff.changes(profile(), Map.of("firstName", "Ada", "employeeNumber", "42"))).isEmpty();
    }

    @Test
    void absentNullAndEmptyAreTheSame() {
        Map<String, String> target = new HashMap<>();
        target.put("mobilePhone", "");
        target.put("title", null);
        target.put("nickName", "");
        assertThat(ProfileDiff.changes(profile(), target)).isEmpty();
    }

    @Test
    void clearingSendsNull() {
        Map<String, String> target = new HashMap<>();
        target.put("firstName", "");
        target.put("lastName", null);
        Map<String, String> changes = ProfileDiff.changes(profile(), target);
        assertThat(changes).containsOnlyKeys("firstName", "lastName").containsValues((String) null);
        JsonNode body = ProfileDiff.body(changes);
        assertThat(body.path("profile").get("firstName").isNull()).isTrue();
        assertThat(body.path("profile").size()).isEqualTo(2);
    }

    @Test
    void loginAndEmailIgnoreCaseOtherAttributesDoNot() {
        assertThat(ProfileDiff.changes(profile(), Map.of("email", "Ada@Example.COM", "login", "ADA@example.com"))).isEmpty();
        assertThat(ProfileDiff.changes(profile(), Map.of("firstName", "ada"))).containsEntry("firstName", "ada");
    }

    @Test
    void nonStringValuesCompareByTheirJsonText() {
        assertThat(ProfileDiff.changes(profile(), Map.of("groupsCustom", "[\"a\",\"b\"]"))).isEmpty();
        assertThat(ProfileDiff.changes(profile(), Map.of("employeeNumber", "43"))).containsEntry("employeeNumber", "43");
    }

    @Test
    void heldReportsWhatTheProfileHoldsForTheNamedAttributes() {
        assertThat(ProfileDiff.held(profile(), java.util.List.of("firstName", "mobilePhone", "missing")))
                .containsEntry("firstName", "Ada").containsEntry("mobilePhone", null).containsEntry("missing", null)
                .hasSize(3);
    }
}
