package dev.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A burst of deactivations trips the mass-deprovisioning breaker: removals wait for an operator while creates keep
 * flowing. Runs last: it opens the breaker on purpose.
 */
@Order(100)
class BreakerIT {

    static LocalStack stack;
    static OktaOrg okta;
    static RingCentralAccount ringCentral;
    static Operator operator;

    @BeforeAll
    static void connect() {
        stack = LocalStack.get();
        okta = new OktaOrg(stack);
        ringCentral = new RingCentralAccount(stack);
        operator = Operator.operator(stack);
    }

    @AfterAll
    static void restore() {
        operator.post(stack.reconciler() + "/admin/breaker/approve-all", null);
    }

    @Test
    void a_burst_of_deactivations_waits_for_an_operator_while_creates_keep_flowing() {
        List<String> ids = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            String email = Users.email("burst" + i);
            emails.add(email);
            ids.add(okta.createAndAssign(email, "Burst" + i, "User"));
        }
        emails.forEach(email -> ringCentral.awaitSingleUser(email, e -> true));

        ids.forEach(id -> okta.lifecycle(id, "deactivate"));

        JsonNode pending = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> operator.get(stack.reconciler() + "/admin/breaker").body(),
                        b -> b.path("pending").size() > 0 && remaining(emails) == b.path("pending").size());
        int held = pending.path("pending").size();
        assertThat(held).isBetween(1, 14);
        assertThat(pending.path("state").path("open").asBoolean()).isTrue();

        // creates keep flowing while removals are held
        String newcomer = Users.email("newcomer");
        okta.createAndAssign(newcomer, "New", "Comer");
        ringCentral.awaitSingleUser(newcomer, e -> true);
        assertThat(remaining(emails)).isEqualTo(held);

        // a viewer may look but not decide
        assertThat(Operator.viewer(stack).post(stack.reconciler() + "/admin/breaker/approve-all", null).status()).isEqualTo(403);

        Http.Response approved = operator.post(stack.reconciler() + "/admin/breaker/approve-all", null);
        assertThat(approved.status()).as(approved.raw().body()).isEqualTo(200);
        emails.forEach(ringCentral::awaitNoUser);
    }

    private static int remaining(List<String> emails) {
        return (int) emails.stream().filter(email -> ringCentral.usersWithEmail(email).size() > 0).count();
    }
}
