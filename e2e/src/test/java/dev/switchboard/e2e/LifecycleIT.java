package dev.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Every Okta lifecycle transition reaches RingCentral: create, profile update, suspend, unsuspend, removal, re-assignment. */
@Order(2)
class LifecycleIT {

    static OktaOrg okta;
    static RingCentralAccount ringCentral;

    @BeforeAll
    static void connect() {
        LocalStack stack = LocalStack.get();
        okta = new OktaOrg(stack);
        ringCentral = new RingCentralAccount(stack);
    }

    @Test
    void a_user_follows_okta_through_its_whole_lifecycle() {
        String email = Users.email("lin");
        String userId = okta.createAndAssign(email, "Lin", "Yutang");
        String first = ringCentral.awaitSingleUser(email, e -> Users.firstName(e).equals("Lin")).path("id").asText();

        okta.updateProfile(userId, Map.of("firstName", "Linda", "title", "Engineer"));
        JsonNode updated = ringCentral.awaitSingleUser(email, e -> Users.firstName(e).equals("Linda")
                && e.path("contact").path("jobTitle").asText().equals("Engineer"));
        assertThat(updated.path("id").asText()).isEqualTo(first);
        assertThat(updated.path("contact").path("lastName").asText()).isEqualTo("Yutang");

        okta.lifecycle(userId, "suspend");
        JsonNode disabled = ringCentral.awaitSingleUser(email, e -> Users.status(e).equals("Disabled"));
        assertThat(ringCentral.extension(first).path("statusInfo").path("reason").asText()).isEqualTo("Involuntarily");
        assertThat(Users.firstName(disabled)).isEqualTo("Linda"); // suspension keeps the data

        okta.lifecycle(userId, "unsuspend");
        ringCentral.awaitSingleUser(email, e -> Users.status(e).equals("Enabled"));

        okta.unassign(userId);
        ringCentral.awaitNoUser(email);

        okta.assign(userId, email);
        String second = ringCentral.awaitSingleUser(email, e -> Users.firstName(e).equals("Linda")).path("id").asText();
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void deactivating_the_okta_user_removes_the_ringcentral_user() {
        String email = Users.email("bo");
        String userId = okta.createAndAssign(email, "Bo", "Ya");
        ringCentral.awaitSingleUser(email, e -> true);
        okta.lifecycle(userId, "deactivate");
        ringCentral.awaitNoUser(email);
    }

    @Test
    void an_existing_ringcentral_user_with_the_same_email_is_linked_not_duplicated() {
        String email = Users.email("mae");
        String existing = ringCentral.createUser(email, "Mae", "Jemison");
        String userId = okta.createAndAssign(email, "Mae", "Jemison");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> Http.send("GET", LocalStack.get().reconciler() + "/links/" + userId, null, null),
                        r -> r.status() == 200 && r.body().path("extensionId").asText().equals(existing));
        assertThat(ringCentral.usersWithEmail(email)).hasSize(1);
    }
}
