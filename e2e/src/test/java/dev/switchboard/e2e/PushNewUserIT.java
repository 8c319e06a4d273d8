package dev.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The skeleton path: a user assigned to the RingCentral app in Okta becomes a RingCentral user, through every service. */
@org.junit.jupiter.api.Order(1)
class PushNewUserIT {

    static LocalStack stack;
    static OktaOrg okta;
    static RingCentralAccount ringCentral;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.get();
        okta = new OktaOrg(stack);
        ringCentral = new RingCentralAccount(stack);
    }

    @Test
    void okta_ingress_registered_and_verified_its_event_hook_at_start() {
        JsonNode hooks = okta.eventHooks();
        assertThat(hooks).anySatisfy(hook -> {
            assertThat(hook.path("channel").path("config").path("uri").asText()).isEqualTo(stack.oktaIngress() + "/hooks/okta");
            assertThat(hook.path("verificationStatus").asText()).isEqualTo("VERIFIED");
            assertThat(hook.path("status").asText()).isEqualTo("ACTIVE");
        });
    }

    @Test
    void a_user_assigned_in_okta_becomes_a_ringcentral_user_and_is_linked() {
        String email = "ada." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String userId = okta.createUser(email, "Ada", "Lovelace");
        okta.assign(userId, email);

        JsonNode created = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> ringCentral.usersWithEmail(email), records -> records.size() > 0).get(0);
        assertThat(created.path("contact").path("firstName").asText()).isEqualTo("Ada");
        assertThat(created.path("contact").path("lastName").asText()).isEqualTo("Lovelace");
        assertThat(created.path("type").asText()).isEqualTo("User");
        String extensionId = created.path("id").asText();

        JsonNode link = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> Http.send("GET", stack.reconciler() + "/links/" + userId, null, null),
                        r -> r.status() == 200 && r.body().path("extensionId").asText().equals(extensionId)).body();
        assertThat(link.path("oktaUserId").asText()).isEqualTo(userId);

        // the same user, assigned once, has exactly one RingCentral user, also after everything settled
        assertThat(ringCentral.usersWithEmail(email)).hasSize(1);
        assertThat(ringCentral.extension(extensionId).path("contact").path("email").asText()).isEqualTo(email);
    }
}
