package dev.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Import and mastery: RingCentral users and RingCentral-mastered changes flow back to Okta, each change is written
 * exactly once each way, and the echo of our own write stops where it arrives.
 */
@Order(7)
class ImportIT {

    static LocalStack stack;
    static OktaOrg okta;
    static RingCentralAccount ringCentral;
    static SandboxControl sandbox;
    static Operator operator;

    @BeforeAll
    static void connect() {
        stack = LocalStack.get();
        okta = new OktaOrg(stack);
        ringCentral = new RingCentralAccount(stack);
        sandbox = new SandboxControl(stack);
        operator = Operator.operator(stack);
    }

    @Test
    void a_user_created_in_ringcentral_is_imported_matched_and_linked() {
        String email = Users.email("imported");
        String userId = okta.createUser(email, "Ida", "Imported"); // in Okta, not assigned to the app
        awaitKnown(userId);
        String extensionId = ringCentral.createUser(email, "Ida", "Imported");

        JsonNode appUser = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> okta.appUser(userId), a -> a != null && extensionId.equals(a.path("externalId").asText()));
        assertThat(appUser.path("scope").asText()).isEqualTo("USER");
        awaitLink(userId, extensionId);
        // the assignment Okta reports back must not make a second RingCentral user
        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> ringCentral.usersWithEmail(email).size() == 1);
    }

    @Test
    void a_disputed_match_waits_for_an_operator_and_resolves_by_their_call() {
        String email = Users.email("disputed");
        // same email, another login: a partial match, which Switchboard does not decide alone
        String userId = okta.createUserWithLogin(Users.email("other.login"), email, "Dee", "Sputed");
        awaitKnown(userId);
        String extensionId = ringCentral.createUser(email, "Dee", "Sputed");

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> operator.get(stack.reconciler() + "/admin/matches?status=DISPUTED").body(),
                        list -> contains(list, extensionId));
        assertThat(Http.send("GET", stack.reconciler() + "/links/" + userId, null, null).status()).isEqualTo(404);

        Http.Response confirmed = operator.post(stack.reconciler() + "/admin/matches/" + extensionId + "/confirm",
                Map.of("oktaUserId", userId));
        assertThat(confirmed.status()).as(confirmed.raw().body()).isEqualTo(200);
        awaitLink(userId, extensionId);
        assertThat(ringCentral.usersWithEmail(email)).hasSize(1);
    }

    @Test
    void a_ringcentral_mastered_change_reaches_okta_once_and_its_echo_stops_there() {
        // the extension number RingCentral gave the new user flows to Okta once; then nothing moves
        Pushed user = pushedAndSettled("rcmaster", "Ray", "Master");

        sandbox.editExtension(user.extensionId(), Map.of("extensionNumber", "7345"));
        awaitAppUserValue(user.oktaUserId(), "extensionNumber", "7345");

        // exactly one more write, in Okta; the echo of it (Okta's app-user update) writes nothing back to RingCentral
        assertThat(settledWrites(user.linkId())).isEqualTo(plus(user.writes(), "OKTA UPDATE_APP_USER"));
        assertThat(ringCentral.extension(user.extensionId()).path("extensionNumber").asText()).isEqualTo("7345");
    }

    @Test
    void a_direct_number_assigned_in_ringcentral_reaches_okta_once_and_a_full_import_changes_nothing() {
        Pushed user = pushedAndSettled("direct", "Dora", "Direct");
        String number = "+1650555" + String.format("%04d", Math.floorMod(user.extensionId().hashCode(), 10_000));

        sandbox.assignDirectNumber(user.extensionId(), number);
        awaitAppUserValue(user.oktaUserId(), "directNumber", number);
        List<String> afterAssignment = plus(user.writes(), "OKTA UPDATE_APP_USER");
        assertThat(settledWrites(user.linkId())).isEqualTo(afterAssignment);

        // the import reads direct numbers from the company directory: its snapshot agrees, so nothing is written
        operator.runImport(stack);
        assertThat(settledWrites(user.linkId())).isEqualTo(afterAssignment);
        // RingCentral assigns numbers in its inventory: Okta cannot be made their master
        Http.Response refused = operator.put(stack.reconciler() + "/admin/mastery/directNumber", Map.of("master", "okta"));
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
    }

    @Test
    void a_ringcentral_mastered_custom_field_reaches_the_okta_app_user_and_the_directory_import_agrees() {
        String field = "customFields.64017"; // the sandbox account's "Employee ID"
        Http.Response mastered = operator.put(stack.reconciler() + "/admin/mastery/" + field,
                Map.of("master", "ringcentral"));
        assertThat(mastered.status()).as(mastered.raw().body()).isEqualTo(200);
        try {
            Pushed user = pushedAndSettled("custom", "Cass", "Tom");

            sandbox.editExtension(user.extensionId(), Map.of("customFields",
                    List.of(Map.of("id", "64017", "value", "E-" + user.extensionId()))));
            awaitAppUserValue(user.oktaUserId(), "rc_64017", "E-" + user.extensionId());
            List<String> afterEdit = plus(user.writes(), "OKTA UPDATE_APP_USER");
            assertThat(settledWrites(user.linkId())).isEqualTo(afterEdit);

            // the import takes custom field values from the company directory, not a read per user: same value
            operator.runImport(stack);
            assertThat(settledWrites(user.linkId())).isEqualTo(afterEdit);
        } finally {
            operator.put(stack.reconciler() + "/admin/mastery/" + field, Map.of("master", "okta"));
        }
    }

    @Test
    void an_okta_mastered_change_reaches_ringcentral_once_and_its_echo_stops_there() {
        String email = Users.email("oktamaster");
        String userId = okta.createAndAssign(email, "Olga", "Master");
        String extensionId = ringCentral.awaitSingleUser(email, e -> true).path("id").asText();
        String linkId = awaitLink(userId, extensionId);
        List<String> before = settledWrites(linkId);

        okta.updateProfile(userId, Map.of("firstName", "Olivia"));
        ringCentral.awaitSingleUser(email, e -> Users.firstName(e).equals("Olivia"));

        // exactly one more write, in RingCentral; its echo (RingCentral's notification) writes nothing to Okta
        assertThat(settledWrites(linkId)).isEqualTo(plus(before, "RINGCENTRAL UPDATE"));
        assertThat(okta.user(userId).path("profile").path("firstName").asText()).isEqualTo("Olivia");
    }

    /** An Okta user assigned to the app, pushed to RingCentral and linked, with its writes once they settled. */
    private record Pushed(String oktaUserId, String extensionId, String linkId, List<String> writes) {
    }

    private static Pushed pushedAndSettled(String emailPrefix, String firstName, String lastName) {
        String email = Users.email(emailPrefix);
        String userId = okta.createAndAssign(email, firstName, lastName);
        String extensionId = ringCentral.awaitSingleUser(email, e -> true).path("id").asText();
        String linkId = awaitLink(userId, extensionId);
        return new Pushed(userId, extensionId, linkId, settledWrites(linkId));
    }

    private static void awaitAppUserValue(String userId, String attribute, String value) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> okta.appUser(userId).path("profile").path(attribute).asText().equals(value));
    }

    /** Waits until the reconciler has seen the Okta user (its hook made okta-ingress publish a snapshot). */
    private static void awaitKnown(String userId) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> operator.get(stack.reconciler() + "/admin/users/" + userId).status() == 200);
    }

    /** Waits until the reconciler links the Okta user to the extension; returns the link id. */
    private static String awaitLink(String userId, String extensionId) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> Http.send("GET", stack.reconciler() + "/links/" + userId, null, null),
                        r -> r.status() == 200 && extensionId.equals(r.body().path("extensionId").asText()))
                .body().path("id").asText();
    }

    /** The link's writes once they stopped changing for a few seconds. */
    private static List<String> settledWrites(String linkId) {
        java.util.concurrent.atomic.AtomicReference<List<String>> last = new java.util.concurrent.atomic.AtomicReference<>(List.of());
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    List<String> now = writes(linkId);
                    boolean stable = now.equals(last.get()) && !now.isEmpty();
                    last.set(now);
                    return stable;
                });
        Awaitility.await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(30)).until(() -> writes(linkId).equals(last.get()));
        return last.get();
    }

    private static List<String> plus(List<String> writes, String write) {
        List<String> more = new java.util.ArrayList<>(writes);
        more.add(write);
        return more;
    }

    /** Every write a writer performed for the link, in order, as "SYSTEM ACTION" (reads and skips left out). */
    private static List<String> writes(String linkId) {
        return StackFigures.readTopic(stack, "provisioning.results.v1", Duration.ofSeconds(2)).stream()
                .map(e -> e.path("data"))
                .filter(d -> linkId.equals(d.path("linkId").asText()))
                .filter(d -> List.of("APPLIED", "LINKED_EXISTING").contains(d.path("outcome").asText()))
                .map(d -> d.path("system").asText() + " " + d.path("action").asText())
                .toList();
    }

    private static boolean contains(JsonNode list, String extensionId) {
        for (JsonNode match : list) {
            if (extensionId.equals(match.path("extensionId").asText())) {
                return true;
            }
        }
        return false;
    }
}
