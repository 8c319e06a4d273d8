package dev.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Hooks that never arrive (Okta's daily cap, an outage) are caught by the backstop reconciliation. */
@Order(6)
class BackstopIT {

    static LocalStack stack;
    static OktaOrg okta;
    static RingCentralAccount ringCentral;
    static SandboxControl sandbox;

    @BeforeAll
    static void connect() {
        stack = LocalStack.get();
        okta = new OktaOrg(stack);
        ringCentral = new RingCentralAccount(stack);
        sandbox = new SandboxControl(stack);
    }

    @AfterAll
    static void deliverAgain() {
        sandbox.dropDeliveries(false);
    }

    @Test
    void changes_whose_hooks_were_lost_are_converged_by_an_on_demand_backstop_run() {
        String kept = Users.email("kept");
        String keptId = okta.createAndAssign(kept, "Kept", "Before");
        ringCentral.awaitSingleUser(kept, e -> true);

        sandbox.dropDeliveries(true);
        String missed = Users.email("missed");
        okta.createAndAssign(missed, "Missed", "Hook");
        okta.lifecycle(keptId, "deactivate");

        Http.Response run = Operator.operator(stack).post(stack.oktaIngress() + "/admin/backstop", null);
        assertThat(run.status()).as(run.raw().body()).isIn(200, 202);

        ringCentral.awaitSingleUser(missed, e -> Users.firstName(e).equals("Missed"));
        ringCentral.awaitNoUser(kept);
    }

    @Test
    void the_backstop_needs_an_operator() {
        assertThat(Http.send("POST", stack.oktaIngress() + "/admin/backstop", null, null).status()).isEqualTo(401);
        assertThat(Operator.viewer(stack).post(stack.oktaIngress() + "/admin/backstop", null).status()).isEqualTo(403);
    }
}
