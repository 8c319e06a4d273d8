package dev.switchboard.reconciler.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.switchboard.contracts.DeadLetter;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.RingCentralAttributes;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.contracts.Topics;
import dev.switchboard.contracts.schema.ContractValidator;
import dev.switchboard.reconciler.fixtures.Snapshots;
import dev.switchboard.testing.KafkaAndPostgresResource;
import dev.switchboard.testing.TestTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The reconciler's part of the skeleton path, against the real in-JVM broker, PostgreSQL and the Debezium relay. */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, restrictToAnnotatedClass = false)
class SkeletonPathTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    String dbPassword;

    @Test
    void assignedUserGetsExactlyOneCreateCommandThenItsExtensionId() throws Exception {
        String userId = TestTopics.uniqueId("00u");
        OktaUserSnapshot snapshot = Snapshots.assigned(userId).profile("costCenter", "CC-7").build();
        Event<OktaUserSnapshot> first = Event.first(Topics.OKTA_USERS, userId, snapshot);

        try (KafkaConsumer<String, byte[]> commands = TestTopics.consumer(bootstrap, Topics.RINGCENTRAL_COMMANDS.name())) {
            List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
            send(first);
            ConsumerRecord<String, byte[]> record = awaitRecord(commands, seen, commandFor(userId));

            ContractValidator.assertConforms(Topics.RINGCENTRAL_COMMANDS, record.value());
            Event<RingCentralCommand> command = Json.readEvent(Topics.RINGCENTRAL_COMMANDS, record.value());
            assertThat(command.correlationId()).isEqualTo(first.correlationId());
            assertThat(command.causationId()).isEqualTo(first.id());
            assertThat(command.data().action()).isEqualTo(RingCentralCommand.Action.CREATE);
            assertThat(record.key()).isEqualTo(command.key()).isEqualTo(command.data().linkId());
            assertThat(new String(record.headers().lastHeader("id").value(), StandardCharsets.UTF_8))
                    .isEqualTo(command.id());
            assertThat(command.data().attributes())
                    .containsEntry(RingCentralAttributes.EMAIL, "ada.lovelace@example.com")
                    .containsEntry(RingCentralAttributes.JOB_TITLE, "Analyst")
                    .containsEntry(RingCentralAttributes.customField("42"), "CC-7") // %test mapping override
                    .doesNotContainKey(RingCentralAttributes.BUSINESS_PHONE);

            // the same event again, then a new event carrying the same state
            Event<OktaUserSnapshot> second = Event.first(Topics.OKTA_USERS, userId, snapshot);
            send(first);
            send(second);
            // same key, same partition: once the second is processed, the replay before it was too
            await().atMost(WAIT).until(() -> processed(second.id()));

            // a marker relayed after them: the relay keeps WAL order and waits for each ack, so once the marker is
            // on the topic, any command written before it is there as well
            String markerId = TestTopics.uniqueId("00u");
            send(Event.first(Topics.OKTA_USERS, markerId, Snapshots.assigned(markerId).build()));
            awaitRecord(commands, seen, commandFor(markerId));
            drainToEnd(commands, seen);

            assertThat(seen.stream().filter(commandFor(userId))).hasSize(1);
            assertThat(linkRows(userId)).isEqualTo(1);

            ProvisioningResult result = new ProvisioningResult(command.data().commandId(), command.data().linkId(),
                    ProvisioningResult.TargetSystem.RINGCENTRAL, "CREATE", ProvisioningResult.Outcome.APPLIED, userId,
                    "62000123004", Map.of(), null, 1, Instant.now());
            byte[] resultEvent = Json.write(Event.causedBy(command, Topics.PROVISIONING_RESULTS, command.key(), result));
            TestTopics.send(bootstrap, Topics.PROVISIONING_RESULTS.name(), command.key(), resultEvent);

            await().atMost(WAIT).untilAsserted(() -> given().get("/links/{oktaUserId}", userId).then()
                    .statusCode(200)
                    .body("id", equalTo(command.data().linkId()))
                    .body("extensionId", equalTo("62000123004"))
                    .body("state", equalTo("LINKED")));
        }
    }

    @Test
    void malformedSnapshotIsDeadLetteredAndTheConsumerKeepsGoing() {
        String badKey = TestTopics.uniqueId("00u");
        try (KafkaConsumer<String, byte[]> deadLetters = TestTopics.consumer(bootstrap, Topics.DEAD_LETTERS.name())) {
            TestTopics.send(bootstrap, Topics.OKTA_USERS.name(), badKey, "{not json".getBytes(StandardCharsets.UTF_8));

            ConsumerRecord<String, byte[]> record = awaitRecord(deadLetters, new ArrayList<>(),
                    r -> badKey.equals(r.key()));
            ContractValidator.assertConforms(Topics.DEAD_LETTERS, record.value());
            DeadLetter letter = Json.readEvent(Topics.DEAD_LETTERS, record.value()).data();
            assertThat(letter.sourceTopic()).isEqualTo(Topics.OKTA_USERS.name());
            assertThat(letter.recordKey()).isEqualTo(badKey);
            assertThat(letter.payload()).isEqualTo("{not json");
            assertThat(letter.error().code()).isEqualTo("UNREADABLE");
        }

        String nextUser = TestTopics.uniqueId("00u");
        send(Event.first(Topics.OKTA_USERS, nextUser, Snapshots.assigned(nextUser).build()));
        await().atMost(WAIT).untilAsserted(() -> given().get("/links/{oktaUserId}", nextUser).then()
                .statusCode(200)
                .body("state", equalTo("PENDING_CREATE")));
    }

    @Test
    void unknownUserHasNoLink() {
        given().get("/links/{oktaUserId}", "00unknown").then().statusCode(404);
    }

    private void send(Event<OktaUserSnapshot> event) {
        TestTopics.send(bootstrap, Topics.OKTA_USERS.name(), event.key(), Json.write(event));
    }

    private static Predicate<ConsumerRecord<String, byte[]>> commandFor(String oktaUserId) {
        return record -> oktaUserId.equals(Json.readEvent(Topics.RINGCENTRAL_COMMANDS, record.value()).data().oktaUserId());
    }

    private static ConsumerRecord<String, byte[]> awaitRecord(KafkaConsumer<String, byte[]> consumer,
                                                              List<ConsumerRecord<String, byte[]>> seen,
                                                              Predicate<ConsumerRecord<String, byte[]>> wanted) {
        return await().atMost(WAIT).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().filter(wanted).findFirst().orElse(null);
        }, found -> found != null);
    }

    private static void drainToEnd(KafkaConsumer<String, byte[]> consumer, List<ConsumerRecord<String, byte[]>> seen) {
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        await().atMost(WAIT).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
        });
    }

    private boolean processed(String eventId) throws SQLException {
        return count("select count(*) from processed_event where event_id = ?", eventId) == 1;
    }

    private int linkRows(String oktaUserId) throws SQLException {
        return count("select count(*) from link where okta_user_id = ?", oktaUserId);
    }

    private int count(String sql, String parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
