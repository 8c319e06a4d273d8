package dev.switchboard.reconciler.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.contracts.OktaCommand.Action;
import dev.switchboard.contracts.RingCentralAttributes;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.contracts.RingCentralExtensionSnapshot;
import dev.switchboard.contracts.RingCentralSchema;
import dev.switchboard.reconciler.admin.AdminTokens;
import dev.switchboard.reconciler.fixtures.Extensions;
import dev.switchboard.reconciler.fixtures.Snapshots;
import dev.switchboard.testing.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Import through the real broker, PostgreSQL and relay (the module's one app start; %test: confirm=auto,
 * assign-in-okta=true, schema push on): matching and linking, disputes resolved by an operator, RingCentral-mastered
 * changes to Okta and Okta-mastered ones to RingCentral, each echo stopping where it arrives.
 */
@QuarkusTest
class ImportTest {

    private static final Instant T0 = Instant.parse("2026-11-03T09:00:00Z");

    private Pipeline pipeline;

    @BeforeEach
    void openPipeline() {
        pipeline = Pipeline.ofTestApplication();
    }

    @AfterEach
    void closePipeline() {
        pipeline.close();
    }

    /** An Okta user the reconciler knows from a snapshot, not assigned to the app. */
    private String knownOktaUser(String email, String login) {
        String userId = TestTopics.uniqueId("00u");
        pipeline.awaitProcessed(pipeline.send(Snapshots.assigned(userId).unassigned().lastUpdated(T0)
                .profile("email", email).profile("login", login).build()).id());
        return userId;
    }

    private String matchStatus(String extensionId) throws Exception {
        return pipeline.text("select match_status from rc_app_user where extension_id = ?", extensionId);
    }

    @Test
    void aMatchingRingCentralUserIsLinkedAndAssignedAndBothEchoesStopWhereTheyArrive() throws Exception {
        String email = TestTopics.uniqueId("ada") + "@example.com";
        String userId = knownOktaUser(email, email);
        String extensionId = Extensions.newId();

        pipeline.awaitProcessed(pipeline.send(Extensions.user(extensionId).attribute(RingCentralAttributes.EMAIL, email)
                .build()).id());

        assertThat(matchStatus(extensionId)).isEqualTo("LINKED");
        String linkId = pipeline.text("select cast(id as text) from link where extension_id = ? and state = 'LINKED'",
                extensionId);
        assertThat(linkId).isNotNull();
        Event<OktaCommand> assign = pipeline.oktaCommand(c -> userId.equals(c.oktaUserId()), 0);
        assertThat(assign.data().action()).isEqualTo(Action.ASSIGN);
        assertThat(assign.key()).isEqualTo(linkId);
        assertThat(assign.data().attributes()).containsEntry("externalId", extensionId);
        Event<OktaCommand> extensionNumber = pipeline.oktaCommand(c -> userId.equals(c.oktaUserId()), 1);
        assertThat(extensionNumber.data().action()).isEqualTo(Action.UPDATE_APP_USER);
        assertThat(extensionNumber.data().attributes()).containsExactly(Map.entry("extensionNumber", "101"));
        pipeline.succeedOkta(assign);
        await().atMost(Pipeline.WAIT).until(() -> "CONFIRMED".equals(matchStatus(extensionId)));

        // Okta's snapshot after the assignment (our echo): RingCentral already holds Okta's values → no command
        pipeline.awaitProcessed(pipeline.send(Snapshots.assigned(userId).lastUpdated(T0.plusSeconds(10))
                .profile("email", email).profile("login", email).build()).id());

        // a RingCentral-mastered change → exactly one UPDATE_APP_USER; its echo and a replay → nothing more
        pipeline.awaitProcessed(pipeline.send(Extensions.user(extensionId).attribute(RingCentralAttributes.EMAIL, email)
                .attribute(RingCentralAttributes.EXTENSION_NUMBER, "202").build()).id());
        Event<OktaCommand> update = pipeline.oktaCommand(c -> userId.equals(c.oktaUserId()), 2);
        assertThat(update.data().action()).isEqualTo(Action.UPDATE_APP_USER);
        assertThat(update.data().attributes()).containsExactly(Map.entry("extensionNumber", "202"));
        pipeline.awaitProcessed(pipeline.send(Snapshots.assigned(userId).lastUpdated(T0.plusSeconds(20))
                .profile("email", email).profile("login", email).build()).id());
        pipeline.awaitProcessed(pipeline.send(Extensions.user(extensionId).attribute(RingCentralAttributes.EMAIL, email)
                .attribute(RingCentralAttributes.EXTENSION_NUMBER, "202").build()).id());

        // provenance on both sides: the extension number is RingCentral's, set in Okta's app user by us
        given().auth().oauth2(AdminTokens.viewer()).get("/admin/users/{id}", userId).then().statusCode(200)
                .body("attributes.find { it.attribute == 'extensionNumber' }.master", equalTo("ringcentral"))
                .body("attributes.find { it.attribute == 'extensionNumber' }.oktaAttribute",
                        equalTo("appuser.extensionNumber"))
                .body("attributes.find { it.attribute == 'extensionNumber' }.ringCentral.value", equalTo("202"))
                .body("attributes.find { it.attribute == 'extensionNumber' }.lastSetInOkta", equalTo("202"))
                .body("attributes.find { it.attribute == 'contact.email' }.ringCentral.value", equalTo(email));

        // an Okta-mastered change → exactly one RingCentral UPDATE; RingCentral's echo → no Okta command
        pipeline.awaitProcessed(pipeline.send(Snapshots.assigned(userId).lastUpdated(T0.plusSeconds(30))
                .profile("email", email).profile("login", email).profile("title", "CTO").build()).id());
        Event<RingCentralCommand> rcUpdate = pipeline.command(userId, 0);
        assertThat(rcUpdate.data().action()).isEqualTo(RingCentralCommand.Action.UPDATE);
        assertThat(rcUpdate.data().attributes()).containsExactly(Map.entry(RingCentralAttributes.JOB_TITLE, "CTO"));
        pipeline.awaitProcessed(pipeline.send(Extensions.user(extensionId).attribute(RingCentralAttributes.EMAIL, email)
                .attribute(RingCentralAttributes.EXTENSION_NUMBER, "202")
                .attribute(RingCentralAttributes.JOB_TITLE, "CTO").build()).id());

        assertThat(pipeline.oktaCommandsSoFar(c -> userId.equals(c.oktaUserId()))).extracting(OktaCommand::action)
                .containsExactly(Action.ASSIGN, Action.UPDATE_APP_USER, Action.UPDATE_APP_USER);
        assertThat(pipeline.commandsSoFar(userId)).hasSize(1);
    }

    @Test
    void anUnmatchedRingCentralUserIsLinkedWhenItsOktaUserArrivesAfterIt() throws Exception {
        String email = TestTopics.uniqueId("late") + "@example.com";
        String extensionId = Extensions.newId();
        pipeline.awaitProcessed(pipeline.send(Extensions.user(extensionId).attribute(RingCentralAttributes.EMAIL, email)
                .build()).id());
        assertThat(matchStatus(extensionId)).isEqualTo("UNMATCHED");

        // the Okta user's snapshot arrives moments later, with the email in another case
        String userId = knownOktaUser(email.toUpperCase(Locale.ROOT), email);

        assertThat(matchStatus(extensionId)).isEqualTo("LINKED");
        assertThat(pipeline.text("select okta_user_id from link where extension_id = ? and state = 'LINKED'",
                extensionId)).isEqualTo(userId);
        String linkId = pipeline.text("select cast(id as text) from link where extension_id = ? and state = 'LINKED'",
                extensionId);
        Event<OktaCommand> assign = pipeline.oktaCommand(c -> userId.equals(c.oktaUserId()), 0);
        assertThat(assign.data().action()).isEqualTo(Action.ASSIGN);
        assertThat(assign.key()).isEqualTo(linkId);
        assertThat(assign.data().attributes()).containsEntry("externalId", extensionId);
    }

    /** A linked user: known in Okta, assigned, linked by import (auto-confirm) with the ASSIGN done. */
    private String[] linkedUser() throws Exception {
        String email = TestTopics.uniqueId("lin") + "@example.com";
        String userId = knownOktaUser(email, email);
        String extensionId = Extensions.newId();
        pipeline.awaitProcessed(pipeline.send(Extensions.user(extensionId).attribute(RingCentralAttributes.EMAIL, email)
                .build()).id());
        assertThat(matchStatus(extensionId)).isEqualTo("LINKED");
        pipeline.awaitProcessed(pipeline.send(Snapshots.assigned(userId).lastUpdated(T0.plusSeconds(10))
                .profile("email", email).profile("login", email).build()).id());
        return new String[] {userId, extensionId, email};
    }

    @Test
    void withRingCentralAsProfileMasterItsLifecycleFlowsToOktaAndOktasEchoStaysThere() throws Exception {
        String[] user = linkedUser();
        String userId = user[0];
        String extensionId = user[1];
        String email = user[2];
        pipeline.execute("update breaker_decision set status = 'REJECTED', decided_by = 'test-reset' "
                + "where status = 'PENDING'");
        pipeline.execute("delete from breaker_passed");
        given().auth().oauth2(AdminTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("master", "ringcentral")).put("/admin/mastery/profile-master").then().statusCode(200);
        try {
            pipeline.awaitProcessed(pipeline.send(Extensions.user(extensionId)
                    .attribute(RingCentralAttributes.EMAIL, email).status("Disabled").build()).id());
            Event<OktaCommand> suspend = pipeline.oktaCommand(c -> userId.equals(c.oktaUserId())
                    && c.action() == Action.SUSPEND, 0);
            assertThat(suspend.data().reason()).contains("Disabled in RingCentral");
            // Okta's echo (SUSPENDED) sends no SUSPEND back; the disabled extension again sends no second SUSPEND
            pipeline.awaitProcessed(pipeline.send(Snapshots.assigned(userId).status("SUSPENDED")
                    .lastUpdated(T0.plusSeconds(40)).profile("email", email).profile("login", email).build()).id());
            pipeline.awaitProcessed(pipeline.send(Extensions.user(extensionId)
                    .attribute(RingCentralAttributes.EMAIL, email).status("Disabled").build()).id());

            pipeline.awaitProcessed(pipeline.send(Extensions.user(extensionId).removed().build()).id());
            Event<OktaCommand> deactivate = pipeline.oktaCommand(c -> userId.equals(c.oktaUserId())
                    && c.action() == Action.DEACTIVATE, 0);
            assertThat(deactivate.key()).isEqualTo(suspend.key());
            assertThat(pipeline.oktaCommandsSoFar(c -> userId.equals(c.oktaUserId()))).extracting(OktaCommand::action)
                    .containsExactly(Action.ASSIGN, Action.UPDATE_APP_USER, Action.SUSPEND, Action.DEACTIVATE);
            assertThat(pipeline.commandsSoFar(userId)).isEmpty();
            assertThat(pipeline.linkState(suspend.key())).isEqualTo("REMOVED");
        } finally {
            given().auth().oauth2(AdminTokens.operator()).contentType(ContentType.JSON)
                    .body(Map.of("master", "okta")).put("/admin/mastery/profile-master").then().statusCode(200);
        }
    }

    @Test
    void aFailedOktaWriteIsProposedAgainByTheNextSnapshot() throws Exception {
        String[] user = linkedUser();
        String userId = user[0];
        String extensionId = user[1];
        Extensions changed = Extensions.user(extensionId).attribute(RingCentralAttributes.EMAIL, user[2])
                .attribute(RingCentralAttributes.EXTENSION_NUMBER, "303");

        pipeline.awaitProcessed(pipeline.send(changed.build()).id());
        Event<OktaCommand> first = pipeline.oktaCommand(c -> userId.equals(c.oktaUserId())
                && c.attributes().containsValue("303"), 0);
        pipeline.failOkta(first, "SWB-NOT-ASSIGNED");
        await().atMost(Pipeline.WAIT).until(() -> pipeline.count("select count(*) from link where extension_id = ?"
                + " and okta_echo_ledger -> 'extensionNumber' ->> 'value' = '303'", extensionId) == 0);

        pipeline.awaitProcessed(pipeline.send(changed.build()).id());
        Event<OktaCommand> again = pipeline.oktaCommand(c -> userId.equals(c.oktaUserId())
                && c.attributes().containsValue("303"), 1);
        assertThat(again.data().action()).isEqualTo(Action.UPDATE_APP_USER);
        assertThat(again.data().commandId()).isNotEqualTo(first.data().commandId());
    }

    @Test
    void withRingCentralAsProfileMasterAnUnmatchedUserBecomesAnOktaUserAndIsLinked() throws Exception {
        String email = TestTopics.uniqueId("new") + "@example.com";
        String extensionId = Extensions.newId();
        given().auth().oauth2(AdminTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("master", "ringcentral")).put("/admin/mastery/profile-master").then().statusCode(200);
        try {
            pipeline.awaitProcessed(pipeline.send(Extensions.user(extensionId)
                    .attribute(RingCentralAttributes.EMAIL, email).build()).id());
            Event<OktaCommand> create = pipeline.oktaCommand(c -> c.action() == Action.CREATE_USER
                    && email.equals(c.attributes().get("login")), 0);
            assertThat(create.data().oktaUserId()).isNull();
            assertThat(create.data().attributes()).containsEntry("email", email).containsEntry("firstName", "Ada");
            assertThat(matchStatus(extensionId)).isEqualTo("UNMATCHED");

            String created = TestTopics.uniqueId("00u");
            pipeline.oktaResult(create, dev.switchboard.contracts.ProvisioningResult.Outcome.APPLIED, created, null);
            Event<OktaCommand> assign = pipeline.oktaCommand(c -> created.equals(c.oktaUserId()), 0);
            assertThat(assign.data().action()).isEqualTo(Action.ASSIGN);
            assertThat(assign.key()).isEqualTo(create.key());
            assertThat(matchStatus(extensionId)).isEqualTo("LINKED");
            assertThat(pipeline.text("select okta_user_id from link where id = cast(? as uuid)", create.key()))
                    .isEqualTo(created);
        } finally {
            given().auth().oauth2(AdminTokens.operator()).contentType(ContentType.JSON)
                    .body(Map.of("master", "okta")).put("/admin/mastery/profile-master").then().statusCode(200);
        }
    }

    @Test
    void aDirectNumberGoesToOktaOnceAndAnImportSnapshotReadBeforeTheWebhookCannotUndoIt() throws Exception {
        String email = TestTopics.uniqueId("direct") + "@example.com";
        String userId = knownOktaUser(email, email);
        String extensionId = Extensions.newId();
        Instant importStarted = Instant.now();
        pipeline.awaitProcessed(pipeline.send(Extensions.user(extensionId).attribute(RingCentralAttributes.EMAIL, email)
                .build()).id());
        pipeline.succeedOkta(pipeline.oktaCommand(c -> userId.equals(c.oktaUserId()), 0)); // ASSIGN

        // webhook: a number was assigned → one UPDATE_APP_USER directNumber
        pipeline.awaitProcessed(pipeline.send(Extensions.user(extensionId).attribute(RingCentralAttributes.EMAIL, email)
                .attribute(RingCentralAttributes.DIRECT_NUMBER, "+16505550142").build()).id());
        Event<OktaCommand> direct = pipeline.oktaCommand(c -> userId.equals(c.oktaUserId())
                && c.attributes().containsKey("directNumber"), 0);
        assertThat(direct.data().action()).isEqualTo(Action.UPDATE_APP_USER);
        assertThat(direct.data().attributes()).containsExactly(Map.entry("directNumber", "+16505550142"));

        // an import whose directory was read before that webhook still says "no number": dropped as stale
        pipeline.awaitProcessed(pipeline.send(Extensions.user(extensionId).attribute(RingCentralAttributes.EMAIL, email)
                .attribute(RingCentralAttributes.DIRECT_NUMBER, null).importedAt(importStarted).build()).id());
        // a later import that did not read numbers (attribute absent) keeps the known number: nothing to write
        Extensions withoutNumber = Extensions.user(extensionId).attribute(RingCentralAttributes.EMAIL, email)
                .importedAt(Instant.now());
        RingCentralExtensionSnapshot snapshot = withoutNumber.build();
        snapshot.attributes().remove(RingCentralAttributes.DIRECT_NUMBER);
        pipeline.awaitProcessed(pipeline.send(snapshot).id());

        assertThat(pipeline.oktaCommandsSoFar(c -> userId.equals(c.oktaUserId()))).extracting(OktaCommand::action)
                .containsExactly(Action.ASSIGN, Action.UPDATE_APP_USER, Action.UPDATE_APP_USER);
        assertThat(pipeline.text("select attributes ->> 'directNumber' from ringcentral_extension_state"
                + " where extension_id = ?", extensionId)).contains("+16505550142");
    }

    @Test
    void ourOwnCreateComingBackIsNotMatchedAndTheLinkTakesItsExtensionNumberToOkta() throws Exception {
        String email = TestTopics.uniqueId("push") + "@example.com";
        String userId = TestTopics.uniqueId("00u");
        pipeline.send(Snapshots.assigned(userId).lastUpdated(T0).profile("email", email).profile("login", email)
                .build());
        Event<RingCentralCommand> create = pipeline.command(userId, 0);
        assertThat(create.data().action()).isEqualTo(RingCentralCommand.Action.CREATE);
        String extensionId = Extensions.newId();

        // RingCentral's notification of the user we are creating arrives before the writer's result
        pipeline.awaitProcessed(pipeline.send(Extensions.user(extensionId).attribute(RingCentralAttributes.EMAIL, email)
                .build()).id());
        assertThat(pipeline.count("select count(*) from rc_app_user where extension_id = ?", extensionId)).isZero();

        // once linked, the recorded notification is imported: no further RingCentral change is needed
        pipeline.succeed(create, extensionId);
        pipeline.awaitLinkState(create.key(), "LINKED");
        Event<OktaCommand> extensionNumber = pipeline.oktaCommand(c -> userId.equals(c.oktaUserId()), 0);
        assertThat(extensionNumber.data().action()).isEqualTo(Action.UPDATE_APP_USER);
        assertThat(extensionNumber.data().attributes()).containsExactly(Map.entry("extensionNumber", "101"));
        assertThat(pipeline.commandsSoFar(userId)).hasSize(1);
    }

    @Test
    void aDisputedMatchWaitsForTheOperator() throws Exception {
        String email = TestTopics.uniqueId("dup") + "@example.com";
        String byEmailAndLogin = knownOktaUser(email, email);
        String byEmailOnly = knownOktaUser(" " + email.toUpperCase() + " ", TestTopics.uniqueId("other"));
        String extensionId = Extensions.newId();

        pipeline.awaitProcessed(pipeline.send(Extensions.user(extensionId).attribute(RingCentralAttributes.EMAIL, email)
                .build()).id());

        assertThat(matchStatus(extensionId)).isEqualTo("DISPUTED");
        assertThat(pipeline.count("select count(*) from link where extension_id = ?", extensionId)).isZero();
        List<Map<String, Object>> disputed = given().auth().oauth2(AdminTokens.viewer())
                .queryParam("status", "disputed").get("/admin/matches")
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> mine = disputed.stream().filter(m -> extensionId.equals(m.get("extensionId"))).findFirst()
                .orElseThrow();
        assertThat((List<?>) mine.get("candidates")).hasSize(2);
        assertThat(mine.get("reason").toString()).contains("2 Okta users match");

        given().auth().oauth2(AdminTokens.viewer()).contentType(ContentType.JSON)
                .body(Map.of("oktaUserId", byEmailAndLogin))
                .post("/admin/matches/{id}/confirm", extensionId).then().statusCode(403);
        given().auth().oauth2(AdminTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("oktaUserId", byEmailAndLogin))
                .post("/admin/matches/{id}/confirm", extensionId).then().statusCode(200)
                .body("status", equalTo("LINKED")).body("oktaUserId", equalTo(byEmailAndLogin));

        Event<OktaCommand> assign = pipeline.oktaCommand(c -> byEmailAndLogin.equals(c.oktaUserId()), 0);
        assertThat(assign.data().action()).isEqualTo(Action.ASSIGN);
        assertThat(assign.data().attributes()).containsEntry("externalId", extensionId);
        assertThat(pipeline.text("select okta_user_id from link where extension_id = ? and state = 'LINKED'",
                extensionId)).isEqualTo(byEmailAndLogin);
        given().auth().oauth2(AdminTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("oktaUserId", byEmailOnly))
                .post("/admin/matches/{id}/confirm", extensionId).then().statusCode(409);
        assertThat(pipeline.count("select count(*) from audit_log where action = 'MATCH_CONFIRM' and target = ?"
                + " and outcome = 'LINKED' and actor = 'switchboard-operator'", extensionId)).isOne();
        assertThat(pipeline.oktaCommandsSoFar(c -> byEmailOnly.equals(c.oktaUserId()))).isEmpty();
    }

    @Test
    void anUnknownUserIsUnmatchedAndCanBeIgnored() throws Exception {
        String extensionId = Extensions.newId();
        pipeline.awaitProcessed(pipeline.send(Extensions.user(extensionId)
                .attribute(RingCentralAttributes.EMAIL, TestTopics.uniqueId("nobody") + "@example.com").build()).id());
        assertThat(matchStatus(extensionId)).isEqualTo("UNMATCHED");

        given().auth().oauth2(AdminTokens.operator()).post("/admin/matches/{id}/ignore", extensionId).then()
                .statusCode(200).body("status", equalTo("IGNORED"));
        given().auth().oauth2(AdminTokens.operator()).post("/admin/matches/{id}/ignore", "not-an-id").then()
                .statusCode(400);
        given().auth().oauth2(AdminTokens.operator()).post("/admin/matches/{id}/ignore", "999999999999").then()
                .statusCode(404);
    }

    @Test
    void theSchemaIsListedWithItsMasteryAndNewAttributesGoToOkta() {
        String account = TestTopics.uniqueId("acct");
        String customId = String.valueOf(System.nanoTime() % 1_000_000_000L);
        RingCentralSchema schema = new RingCentralSchema(account, List.of(
                new RingCentralSchema.Attribute(RingCentralAttributes.EMAIL, "Email", "string", false, null),
                new RingCentralSchema.Attribute(RingCentralAttributes.EXTENSION_NUMBER, "Extension number", "string",
                        false, null),
                new RingCentralSchema.Attribute("customFields." + customId, "Badge", "string", true, customId)),
                Instant.now());
        pipeline.awaitProcessed(pipeline.send(schema).id());

        List<Map<String, Object>> listed = given().auth().oauth2(AdminTokens.viewer()).get("/admin/schema")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(listed).anySatisfy(a -> {
            assertThat(a.get("name")).isEqualTo("customFields." + customId);
            assertThat(a.get("master")).isEqualTo("okta");
            assertThat(a.get("oktaAttribute")).isEqualTo("appuser.rc_" + customId);
        });
        assertThat(listed).anySatisfy(a -> {
            assertThat(a.get("name")).isEqualTo(RingCentralAttributes.EMAIL);
            assertThat(a.get("oktaAttribute")).isEqualTo("profile.email");
        });
        Event<OktaCommand> push = pipeline.oktaCommand(c -> c.action() == Action.UPDATE_APP_USER_SCHEMA
                && c.attributes().containsKey("rc_" + customId), 0);
        assertThat(push.data().attributes()).containsEntry("rc_" + customId, "Badge")
                .doesNotContainKey("email");

        // the same schema again: nothing new to push
        pipeline.awaitProcessed(pipeline.send(schema).id());
        assertThat(pipeline.oktaCommandsSoFar(c -> c.action() == Action.UPDATE_APP_USER_SCHEMA
                && c.attributes().containsKey("rc_" + customId))).hasSize(1);
    }
}
