package dev.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** RingCentral failing 20 % of calls (5xx, timeouts, 429, lost responses): everything converges, nothing twice. */
@Order(5)
class FaultToleranceIT {

    static OktaOrg okta;
    static RingCentralAccount ringCentral;
    static SandboxControl sandbox;

    @BeforeAll
    static void connect() {
        LocalStack stack = LocalStack.get();
        okta = new OktaOrg(stack);
        ringCentral = new RingCentralAccount(stack);
        sandbox = new SandboxControl(stack);
    }

    @AfterEach
    void heal() {
        sandbox.noRingCentralFaults();
        sandbox.rateLimits(true);
    }

    @Test
    void a_create_retried_after_a_lost_response_makes_one_user_not_two() {
        sandbox.rateLimits(false);
        sandbox.ringCentralFaults(1.0, List.of("lost-response"), 3);
        String email = Users.email("lost");
        String userId = okta.createAndAssign(email, "Lost", "Response");
        // RingCentral performed the create but its answer never arrived; heal, and let the writer's retry find it
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> sandbox.extensionsWithEmail(email) > 0);
        sandbox.noRingCentralFaults();
        String extensionId = ringCentral.awaitSingleUser(email, e -> Users.firstName(e).equals("Lost")).path("id").asText();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> Http.send("GET", LocalStack.get().reconciler() + "/links/" + userId, null, null),
                        r -> r.status() == 200 && r.body().path("extensionId").asText().equals(extensionId));
        assertThat(sandbox.extensionsWithEmail(email)).isEqualTo(1);
    }

    @Test
    void a_twenty_percent_fault_rate_converges_with_nothing_lost_and_nothing_duplicated() {
        sandbox.rateLimits(false);
        sandbox.ringCentralFaults(0.2, List.of("5xx", "timeout", "429", "lost-response"), 11);
        List<String> emails = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            String email = Users.email("fault" + i);
            emails.add(email);
            ids.add(okta.createAndAssign(email, "Faulty" + i, "Net"));
        }
        for (int i = 0; i < 15; i += 3) {
            okta.updateProfile(ids.get(i), Map.of("firstName", "Fixed" + i));
        }
        for (int i = 0; i < 15; i++) {
            String expected = (i % 3 == 0 ? "Fixed" : "Faulty") + i;
            ringCentral.awaitSingleUser(emails.get(i), e -> Users.firstName(e).equals(expected));
        }
        assertThat(sandbox.faultCounters()).isNotEmpty();
    }
}
