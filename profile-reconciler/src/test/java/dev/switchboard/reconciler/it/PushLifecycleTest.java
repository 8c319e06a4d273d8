package dev.switchboard.reconciler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.contracts.RingCentralAttributes;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.contracts.RingCentralCommand.Action;
import dev.switchboard.reconciler.admin.BreakerDecisions;
import dev.switchboard.reconciler.admin.UserStates;
import dev.switchboard.reconciler.fixtures.Snapshots;
import dev.switchboard.testing.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The push lifecycle through the real broker, PostgreSQL and relay (the app started by SkeletonPathTest's
 * resources): diffing against the echo ledger, suspend / unsuspend / remove / re-assign, hook event dedupe and the
 * breaker. Each test starts with an empty breaker window, so destructive commands of other tests do not count.
 */
@QuarkusTest
class PushLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    String dbPassword;

    @Inject
    BreakerDecisions breaker;

    @Inject
    UserStates userStates;

    @Inject
    Vertx vertx;

    private Pipeline pipeline;

    @BeforeEach
    void openPipeline() throws Exception {
        pipeline = new Pipeline(bootstrap, jdbcUrl, dbUser, dbPassword);
        resetBreaker();
    }

    @AfterEach
    void closePipeline() throws Exception {
        resetBreaker();
        pipeline.close();
    }

    @Test
    void profileChangeUpdatesOnlyTheChangedAttributeAndOurEchoSendsNothing() throws Exception {
        String userId = TestTopics.uniqueId("00u");
        Event<RingCentralCommand> create = linked(userId);

        Event<OktaUserSnapshot> change = pipeline.send(user(userId, 1).profile("title", "Principal").build());
        Event<RingCentralCommand> update = pipeline.command(userId, 1);
        assertThat(update.data().action()).isEqualTo(Action.UPDATE);
        assertThat(update.data().attributes()).containsExactlyEntriesOf(Map.of(RingCentralAttributes.JOB_TITLE, "Principal"));
        assertThat(update.data().extensionId()).isEqualTo("ext-" + userId);
        assertThat(update.key()).isEqualTo(create.key());
        assertThat(update.correlationId()).isEqualTo(change.correlationId());
        pipeline.succeed(update, "ext-" + userId);

        // Okta echoes what we set (a newer snapshot with the same values): nothing to send
        Event<OktaUserSnapshot> echo = pipeline.send(user(userId, 2).profile("title", "Principal").build());
        pipeline.awaitProcessed(echo.id());
        // the next real change is the next command of the link: had the echo produced one, it would come first
        pipeline.send(user(userId, 3).profile("title", "Principal").profile("department", "Research").build());
        Event<RingCentralCommand> next = pipeline.command(userId, 2);
        assertThat(next.data().attributes()).containsExactlyEntriesOf(Map.of(RingCentralAttributes.DEPARTMENT, "Research"));

        UserStates.UserState state = onVertx(() -> userStates.of(userId)).orElseThrow();
        UserStates.AttributeState title = state.attributes().stream()
                .filter(a -> a.attribute().equals(RingCentralAttributes.JOB_TITLE)).findFirst().orElseThrow();
        assertThat(title.value()).isEqualTo("Principal");
        assertThat(title.sourceEventId()).isEqualTo(change.id());
        assertThat(title.master()).isEqualTo("okta");
        assertThat(title.lastSetByUs()).isEqualTo("Principal");
        assertThat(state.linkState()).isEqualTo("LINKED");
    }

    @Test
    void suspendUnsuspendUnassignThenReassignStartsANewLink() throws Exception {
        String userId = TestTopics.uniqueId("00u");
        Event<RingCentralCommand> create = linked(userId);
        String linkId = create.data().linkId();

        pipeline.send(user(userId, 1).status("SUSPENDED").build());
        Event<RingCentralCommand> suspend = pipeline.command(userId, 1);
        assertThat(suspend.data().action()).isEqualTo(Action.SUSPEND);
        assertThat(suspend.data().reason()).isEqualTo("Suspended in Okta");
        pipeline.succeed(suspend, "ext-" + userId);
        pipeline.awaitLinkState(linkId, "SUSPENDED");

        pipeline.send(user(userId, 2).build());
        Event<RingCentralCommand> unsuspend = pipeline.command(userId, 2);
        assertThat(unsuspend.data().action()).isEqualTo(Action.UNSUSPEND);
        pipeline.succeed(unsuspend, "ext-" + userId);
        pipeline.awaitLinkState(linkId, "LINKED");

        pipeline.send(user(userId, 3).unassigned().build());
        Event<RingCentralCommand> remove = pipeline.command(userId, 3);
        assertThat(remove.data().action()).isEqualTo(Action.REMOVE);
        assertThat(remove.data().extensionId()).isEqualTo("ext-" + userId);
        pipeline.awaitLinkState(linkId, "REMOVING");
        pipeline.succeed(remove, "ext-" + userId);
        pipeline.awaitLinkState(linkId, "REMOVED");

        // assignment changes leave Okta's lastUpdated alone: the later read orders it
        pipeline.send(user(userId, 3).readAt(T0.plusSeconds(7200)).build());
        Event<RingCentralCommand> recreate = pipeline.command(userId, 4);
        assertThat(recreate.data().action()).isEqualTo(Action.CREATE);
        assertThat(recreate.data().linkId()).isNotEqualTo(linkId);
        pipeline.awaitLinkState(recreate.data().linkId(), "PENDING_CREATE");
        assertThat(pipeline.linkState(linkId)).isEqualTo("REMOVED");
    }

    @Test
    void snapshotOfAnOktaEventAlreadyAppliedIsDropped() throws Exception {
        String userId = TestTopics.uniqueId("00u");
        linked(userId);
        String hookEvent = TestTopics.uniqueId("evt");

        pipeline.send(user(userId, 1).hookEvent(hookEvent).profile("title", "Principal").build());
        assertThat(pipeline.command(userId, 1).data().attributes()).containsOnlyKeys(RingCentralAttributes.JOB_TITLE);
        // Okta redelivered the hook; okta-ingress read the user again (newer state) — the event was handled already
        Event<OktaUserSnapshot> redelivered = pipeline.send(user(userId, 2).hookEvent(hookEvent)
                .profile("title", "Intern").build());
        pipeline.awaitProcessed(redelivered.id());

        pipeline.send(user(userId, 3).hookEvent(TestTopics.uniqueId("evt")).profile("title", "Principal")
                .profile("department", "Research").build());
        // had the redelivery been applied, the title would differ from what we last set and be in this update too
        assertThat(pipeline.command(userId, 2).data().attributes()).containsOnlyKeys(RingCentralAttributes.DEPARTMENT);
        assertThat(pipeline.count("select count(*) from seen_hook_event where event_uuid = ?", hookEvent)).isEqualTo(1);
    }

    @Test
    void burstOfRemovalsBeyondTheThresholdIsHeldWhileCreatesFlow() throws Exception {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            users.add(TestTopics.uniqueId("00u"));
            linked(users.get(i));
        }
        List<Event<OktaUserSnapshot>> removals = new ArrayList<>();
        for (String userId : users) {
            removals.add(pipeline.send(user(userId, 1).unassigned().build()));
        }
        removals.forEach(event -> pipeline.awaitProcessed(event.id()));

        // min-count 3 (%test): three removals pass, the other two wait for an operator
        List<BreakerDecisions.PendingDecision> held = onVertx(breaker::pending).stream()
                .filter(d -> users.contains(d.oktaUserId())).toList();
        assertThat(held).hasSize(2).allSatisfy(d -> {
            assertThat(d.action()).isEqualTo("REMOVE");
            assertThat(d.status()).isEqualTo("PENDING");
        });
        assertThat(onVertx(breaker::state).open()).isTrue();

        // creates keep flowing while the breaker holds removals
        String newcomer = TestTopics.uniqueId("00u");
        pipeline.send(user(newcomer, 0).build());
        assertThat(pipeline.command(newcomer, 0).data().action()).isEqualTo(Action.CREATE);
        long removesSent = users.stream().flatMap(u -> pipeline.commandsSoFar(u).stream())
                .filter(c -> c.data().action() == Action.REMOVE).count();
        assertThat(removesSent).isEqualTo(3);

        BreakerDecisions.PendingDecision first = held.get(0);
        assertThat(onVertx(() -> breaker.approve(first.id(), "test-operator"))).isPresent();
        Event<RingCentralCommand> released = pipeline.command(first.oktaUserId(), 1);
        assertThat(released.data().action()).isEqualTo(Action.REMOVE);
        assertThat(released.data().linkId()).isEqualTo(first.linkId().toString());
        Event<OktaUserSnapshot> cause = removals.get(users.indexOf(first.oktaUserId()));
        assertThat(released.correlationId()).isEqualTo(cause.correlationId());
        pipeline.awaitLinkState(first.linkId().toString(), "REMOVING");

        BreakerDecisions.PendingDecision second = held.get(1);
        assertThat(onVertx(() -> breaker.reject(second.id(), "test-operator"))).isPresent();
        assertThat(pipeline.linkState(second.linkId().toString())).isEqualTo("LINKED");
        assertThat(onVertx(() -> breaker.approve(second.id(), "test-operator"))).isEmpty();
        assertThat(pipeline.commandsSoFar(second.oktaUserId())).hasSize(1); // the CREATE only
    }

    /** An assigned user with a linked extension {@code ext-<userId>}; returns its CREATE command. */
    private Event<RingCentralCommand> linked(String userId) {
        pipeline.send(user(userId, 0).build());
        Event<RingCentralCommand> create = pipeline.command(userId, 0);
        assertThat(create.data().action()).isEqualTo(Action.CREATE);
        pipeline.succeed(create, "ext-" + userId);
        pipeline.awaitLinkState(create.data().linkId(), "LINKED");
        return create;
    }

    /** The user as Okta reports it at version {@code minute}. */
    private static Snapshots user(String userId, int minute) {
        return Snapshots.assigned(userId).lastUpdated(T0.plusSeconds(60L * minute));
    }

    /** Operators decide whatever is still held, and the window starts empty. */
    private void resetBreaker() throws Exception {
        pipeline.execute("update breaker_decision set status = 'REJECTED', decided_by = 'test-reset' "
                + "where status = 'PENDING'");
        pipeline.execute("delete from breaker_passed");
    }

    /** Runs reactive Hibernate work the way a request would: on a duplicated Vert.x context. */
    private <T> T onVertx(Supplier<Uni<T>> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> work.get().subscribe().with(done::complete, done::completeExceptionally));
        return done.get(Pipeline.WAIT.toSeconds(), TimeUnit.SECONDS);
    }
}
