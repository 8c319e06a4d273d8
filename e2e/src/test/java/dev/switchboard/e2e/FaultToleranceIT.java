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
    static SandboxControl sandbox;

    @BeforeAll
    static void connect() {
        LocalStack stack = LocalStack.get();
        okta = new OktaOrg(stack);
        sandbox = new SandboxControl(stack);
    }

    @AfterEach
    void heal() {
        sandbox.noRingCentralFaults();
    }

    @Test
    void creates_retried_after_lost_responses_make_one_user_each_not_two() {
        // a third of RingCentral's answers are lost after it did the work: creates that happened but look failed
        sandbox.ringCentralFaults(0.3, List.of("lost-response"), 3);
        List<String> emails = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String email = Users.email("lost" + i);
            emails.add(email);
            ids.add(okta.createAndAssign(email, "Lost" + i, "Response"));
        }
        for (int i = 0; i < emails.size(); i++) {
            String email = emails.get(i);
            String userId = ids.get(i);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90))
                    .pollInterval(java.time.Duration.ofMillis(500))
                    .until(() -> Http.send("GET", LocalStack.get().reconciler() + "/links/" + userId, null, null),
                            r -> r.status() == 200 && "LINKED".equals(r.body().path("state").asText()));
            assertThat(sandbox.extensionsWithEmail(email)).as(email).isEqualTo(1);
        }
        assertThat(sandbox.faultCounters().toString()).contains("lost-response");
    }

    @Test
    void a_twenty_percent_fault_rate_converges_with_nothing_lost_and_nothing_duplicated() {
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
            // read past the faults, through the sandbox's control API
            sandbox.awaitSingleExtension(emails.get(i), e -> Users.firstName(e).equals(expected));
        }
        assertThat(sandbox.faultCounters()).isNotEmpty();
    }
}
