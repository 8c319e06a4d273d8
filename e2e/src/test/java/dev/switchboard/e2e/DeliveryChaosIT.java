package dev.switchboard.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Okta delivers hooks in batches, duplicates some and reorders them: the result is the same as one clean delivery,
 * because events only trigger a re-read of the state.
 */
@Order(4)
class DeliveryChaosIT {

    static OktaOrg okta;
    static RingCentralAccount ringCentral;
    static SandboxControl sandbox;

    @BeforeAll
    static void chaos() {
        LocalStack stack = LocalStack.get();
        okta = new OktaOrg(stack);
        ringCentral = new RingCentralAccount(stack);
        sandbox = new SandboxControl(stack);
        sandbox.chaoticDelivery(7);
    }

    @AfterAll
    static void calm() {
        sandbox.plainDelivery();
    }

    @Test
    void batched_duplicated_and_shuffled_deliveries_converge_to_one_user_each_with_the_last_values() {
        record User(String id, String email) {
        }
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String email = Users.email("chaos" + i);
            users.add(new User(okta.createAndAssign(email, "First" + i, "Chaos"), email));
        }
        for (int i = 0; i < users.size(); i++) {
            okta.updateProfile(users.get(i).id(), Map.of("firstName", "Second" + i));
            okta.updateProfile(users.get(i).id(), Map.of("firstName", "Third" + i, "department", "Chaos " + i));
        }
        for (int i = 0; i < users.size(); i++) {
            String expected = "Third" + i;
            String department = "Chaos " + i;
            ringCentral.awaitSingleUser(users.get(i).email(), e -> Users.firstName(e).equals(expected)
                    && e.path("contact").path("department").asText().equals(department));
        }
    }
}
