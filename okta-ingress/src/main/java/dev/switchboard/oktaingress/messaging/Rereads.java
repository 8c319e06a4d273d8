package dev.switchboard.oktaingress.messaging;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.OktaHookEvent;
import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.contracts.Topics;
import dev.switchboard.oktaingress.client.OktaCallFailedException;
import dev.switchboard.oktaingress.client.OktaUsers;
import dev.switchboard.oktaingress.config.SwitchboardConfig;
import dev.switchboard.oktaingress.domain.SnapshotTrigger;
import dev.switchboard.oktaingress.domain.Triage;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

/**
 * The one place that decides what an Okta event makes us read ({@link Triage}), reads it and publishes the
 * snapshots to okta.users.v1 — for hook events (the enricher), System Log events (the backstop) and on-demand syncs
 * alike. Every publication waits for Kafka's ack.
 */
@ApplicationScoped
public class Rereads {

    private static final Logger LOG = Logger.getLogger(Rereads.class);

    @Inject
    OktaUsers oktaUsers;

    @Inject
    SwitchboardConfig config;

    @Inject
    @Channel("okta-users-out")
    MutinyEmitter<Event<OktaUserSnapshot>> snapshots;

    /**
     * What one event led to.
     *
     * @param triage    the decision
     * @param published snapshots published
     * @param failures  users of a re-listing that could not be read (the others were published)
     */
    public record Outcome(Triage triage, int published, List<OktaCallFailedException> failures) {
    }

    /**
     * Reads and publishes what {@code event} asks for.
     *
     * @param cause the envelope the event came in, when it came through Kafka: snapshots follow its correlation
     * @throws OktaCallFailedException when the user, or a page of app users, could not be read
     */
    public Outcome reread(OktaHookEvent event, Event<?> cause) {
        Triage triage = Triage.of(event, config.okta().appId());
        SnapshotTrigger trigger = SnapshotTrigger.of(event);
        return switch (triage.action()) {
            case IGNORE -> new Outcome(triage, 0, List.of());
            case READ_USER -> {
                user(triage.userId(), trigger, cause);
                yield new Outcome(triage, 1, List.of());
            }
            case RELIST_APP_USERS -> {
                AppUsers listed = appUsers(trigger, cause);
                yield new Outcome(triage, listed.published(), listed.failures());
            }
        };
    }

    /** Reads one user and publishes its snapshot. */
    public OktaUserSnapshot user(String userId, SnapshotTrigger trigger, Event<?> cause) {
        OktaUserSnapshot snapshot = oktaUsers.snapshot(userId, trigger);
        publish(snapshot, cause);
        return snapshot;
    }

    /**
     * Every user assigned to the app.
     *
     * @param listed    app users Okta listed
     * @param published snapshots published
     * @param failures  users that could not be read
     */
    public record AppUsers(int listed, int published, List<OktaCallFailedException> failures) {
    }

    /** Lists the app's users and publishes a snapshot of each; a user that cannot be read does not stop the rest. */
    public AppUsers appUsers(SnapshotTrigger trigger, Event<?> cause) {
        int[] published = {0};
        List<OktaCallFailedException> failures = new ArrayList<>();
        int listed = oktaUsers.forEachAssigned(trigger, snapshot -> {
            publish(snapshot, cause);
            published[0]++;
        }, (userId, failure) -> {
            LOG.warnf("re-listing app users (%s): user %s could not be read: %s", trigger.name(), userId,
                    failure.getMessage());
            failures.add(failure);
        });
        return new AppUsers(listed, published[0], List.copyOf(failures));
    }

    private void publish(OktaUserSnapshot snapshot, Event<?> cause) {
        Event<OktaUserSnapshot> out = cause == null
                ? Event.first(Topics.OKTA_USERS, snapshot.userId(), snapshot)
                : Event.causedBy(cause, Topics.OKTA_USERS, snapshot.userId(), snapshot);
        snapshots.sendMessageAndAwait(KafkaRecord.of(out.key(), out));
        LOG.debugf("snapshot of %s after %s (correlation %s)", snapshot.userId(), snapshot.trigger(),
                out.correlationId());
    }
}
