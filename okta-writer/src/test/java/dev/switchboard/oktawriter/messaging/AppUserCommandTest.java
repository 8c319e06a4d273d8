package dev.switchboard.oktawriter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.OktaCommand.Action;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** UPDATE_APP_USER, ASSIGN and CREATE_USER: read first, write only what differs, never a second user. */
@QuarkusTest
class AppUserCommandTest {

    private static final String APP = Commands.APP_ID;

    @Inject
    FakeOkta okta;

    @Test
    void updatesOnlyTheDifferingAppUserAttributes() {
        String userId = okta.seedUser(Commands.uniqueLogin(), "Ada", "Lovelace");
        okta.seedAssignment(APP, userId, "62000123", Map.of("extensionNumber", "101", "department", "R&D"));

        ProvisioningResult result = Commands.execute(Commands.command(Action.UPDATE_APP_USER, userId,
                Map.of("extensionNumber", "102", "department", "R&D")));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.appliedAttributes()).containsEntry("extensionNumber", "102").containsEntry("department", "R&D");
        List<FakeOkta.Recorded> posts = okta.requestsAbout(userId).stream().filter(r -> r.method().equals("POST")).toList();
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).path()).isEqualTo("/api/v1/apps/" + APP + "/users/" + userId);
        assertThat(posts.get(0).json().path("profile").size()).isEqualTo(1);
        assertThat(posts.get(0).json().path("profile").path("extensionNumber").asText()).isEqualTo("102");
    }

    @Test
    void anAppUserThatHoldsTheTargetIsUnchangedAndAMissingOneFails() {
        String userId = okta.seedUser(Commands.uniqueLogin(), "Ada", "Lovelace");
        okta.seedAssignment(APP, userId, null, Map.of("extensionNumber", "101"));
        String unassigned = okta.seedUser(Commands.uniqueLogin(), "Ada", "Byron");

        assertThat(Commands.execute(Commands.command(Action.UPDATE_APP_USER, userId, Map.of("extensionNumber", "101")))
                .outcome()).isEqualTo(Outcome.UNCHANGED);
        ProvisioningResult missing = Commands.execute(Commands.command(Action.UPDATE_APP_USER, unassigned,
                Map.of("extensionNumber", "101")));
        assertThat(missing.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(missing.error().code()).isEqualTo(CommandHandler.NOT_ASSIGNED);
        assertThat(okta.count("POST", userId) + okta.count("POST", unassigned)).isZero();
    }

    @Test
    void assignsWithTheLoginAsUserNameThenSetsTheExternalId() {
        String login = Commands.uniqueLogin();
        String userId = okta.seedUser(login, "Ada", "Lovelace");
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("externalId", "62000777");
        attributes.put("extensionNumber", "105");

        ProvisioningResult result = Commands.execute(Commands.command(Action.ASSIGN, userId, attributes));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.appliedAttributes()).containsEntry("externalId", "62000777").containsEntry("extensionNumber", "105");
        JsonNode assigned = okta.appUser(APP, userId);
        assertThat(assigned.path("externalId").asText()).isEqualTo("62000777");
        assertThat(assigned.path("credentials").path("userName").asText()).isEqualTo(login);
        List<FakeOkta.Recorded> posts = okta.requestsAbout(APP + "/users").stream().filter(r -> r.method().equals("POST")
                && (r.path().endsWith("/users") ? r.body().contains(userId) : r.path().endsWith(userId))).toList();
        assertThat(posts).hasSize(2);
        JsonNode assign = posts.get(0).json();
        assertThat(assign.path("id").asText()).isEqualTo(userId);
        assertThat(assign.path("scope").asText()).isEqualTo("USER");
        assertThat(assign.has("externalId")).isFalse();
        assertThat(posts.get(1).json().path("externalId").asText()).isEqualTo("62000777");

        // assigned as wanted: a second ASSIGN changes nothing
        ProvisioningResult again = Commands.execute(Commands.command(Action.ASSIGN, userId, attributes));
        assertThat(again.outcome()).isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void createsAnActiveUserWhenNoneHasTheLogin() {
        String login = Commands.uniqueLogin();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("email", login);
        attributes.put("firstName", "Grace");
        attributes.put("lastName", "Hopper");

        ProvisioningResult result = Commands.execute(Commands.command(Action.CREATE_USER, null, attributes));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.oktaUserId()).isNotBlank();
        assertThat(okta.user(result.oktaUserId()).path("profile").path("login").asText()).isEqualTo(login);
        FakeOkta.Recorded create = okta.requests().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/api/v1/users") && r.body().contains(login))
                .findFirst().orElseThrow();
        assertThat(create.query()).containsEntry("activate", List.of("true"));
    }

    @Test
    void aCreateWhoseAnswerWasLostIsLookedUpNotSentAgain() {
        String login = Commands.uniqueLogin();
        okta.loseNextCreateAnswer(login);

        ProvisioningResult result = Commands.execute(Commands.command(Action.CREATE_USER, null,
                Map.of("email", login, "firstName", "Grace", "lastName", "Hopper")));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(okta.user(result.oktaUserId()).path("profile").path("login").asText()).isEqualTo(login);
        assertThat(okta.requests().stream().filter(r -> r.method().equals("POST") && r.path().equals("/api/v1/users")
                && r.body().contains(login))).hasSize(1);
        assertThat(okta.count("GET", login)).isEqualTo(2); // look-up, create (answer lost), look-up finds it
        assertThat(result.attempts()).isEqualTo(3);
    }

    @Test
    void linksToTheUserThatHasTheLoginInsteadOfCreatingOne() {
        String login = Commands.uniqueLogin();
        String existing = okta.seedUser(login, "Grace", "Hopper");

        ProvisioningResult result = Commands.execute(Commands.command(Action.CREATE_USER, null,
                Map.of("email", login, "firstName", "Grace", "lastName", "Hopper")));

        assertThat(result.outcome()).isEqualTo(Outcome.LINKED_EXISTING);
        assertThat(result.oktaUserId()).isEqualTo(existing);
        assertThat(okta.requests().stream().filter(r -> r.path().equals("/api/v1/users") && r.body() != null
                && r.body().contains(login))).isEmpty();
    }
}
