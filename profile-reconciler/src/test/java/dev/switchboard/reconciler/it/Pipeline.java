package dev.switchboard.reconciler.it;

import static org.awaitility.Awaitility.await;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.contracts.RingCentralExtensionSnapshot;
import dev.switchboard.contracts.RingCentralSchema;
import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.contracts.Topics;
import dev.switchboard.contracts.schema.ContractValidator;
import dev.switchboard.testing.TestTopics;
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

/**
 * The reconciler's Kafka and database surroundings for integration tests: sends snapshots and results, reads the
 * commands the outbox relay produced (each checked against the contract), and queries tables.
 */
final class Pipeline implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(60);

    private final String bootstrap;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final KafkaConsumer<String, byte[]> commands;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
    private KafkaConsumer<String, byte[]> oktaCommands;
    private final List<ConsumerRecord<String, byte[]>> oktaSeen = new ArrayList<>();

    Pipeline(String bootstrap, String jdbcUrl, String user, String password) {
        this.bootstrap = bootstrap;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.commands = TestTopics.consumer(bootstrap, Topics.RINGCENTRAL_COMMANDS.name());
    }

    /** A pipeline on the running test application's broker and database. */
    static Pipeline ofTestApplication() {
        org.eclipse.microprofile.config.Config config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        return new Pipeline(config.getValue("kafka.bootstrap.servers", String.class),
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    Event<OktaUserSnapshot> send(OktaUserSnapshot snapshot) {
        Event<OktaUserSnapshot> event = Event.first(Topics.OKTA_USERS, snapshot.userId(), snapshot);
        TestTopics.send(bootstrap, Topics.OKTA_USERS.name(), event.key(), Json.write(event));
        return event;
    }

    /** Reports a successful execution of {@code command}, as ringcentral-writer would. */
    void succeed(Event<RingCentralCommand> command, String extensionId) {
        RingCentralCommand c = command.data();
        ProvisioningResult result = new ProvisioningResult(c.commandId(), c.linkId(),
                ProvisioningResult.TargetSystem.RINGCENTRAL, c.action().name(), ProvisioningResult.Outcome.APPLIED,
                c.oktaUserId(), extensionId, c.attributes(), null, 1, Instant.now());
        TestTopics.send(bootstrap, Topics.PROVISIONING_RESULTS.name(), command.key(),
                Json.write(Event.causedBy(command, Topics.PROVISIONING_RESULTS, command.key(), result)));
    }

    /** The next command for the Okta user after the {@code skip} earlier ones, validated against the contract. */
    Event<RingCentralCommand> command(String oktaUserId, int index) {
        ConsumerRecord<String, byte[]> record = await().atMost(WAIT).until(() -> {
            commands.poll(Duration.ofMillis(200)).forEach(seen::add);
            List<ConsumerRecord<String, byte[]>> mine = seen.stream().filter(forUser(oktaUserId)).toList();
            return mine.size() > index ? mine.get(index) : null;
        }, found -> found != null);
        ContractValidator.assertConforms(Topics.RINGCENTRAL_COMMANDS, record.value());
        return Json.readEvent(Topics.RINGCENTRAL_COMMANDS, record.value());
    }

    /** Every command relayed so far for the Okta user, once everything on the topic now has been read. */
    List<Event<RingCentralCommand>> commandsSoFar(String oktaUserId) {
        Map<TopicPartition, Long> end = commands.endOffsets(commands.assignment());
        await().atMost(WAIT).until(() -> {
            commands.poll(Duration.ofMillis(200)).forEach(seen::add);
            return end.entrySet().stream().allMatch(e -> commands.position(e.getKey()) >= e.getValue());
        });
        return seen.stream().filter(forUser(oktaUserId))
                .map(r -> Json.readEvent(Topics.RINGCENTRAL_COMMANDS, r.value())).toList();
    }

    Event<RingCentralExtensionSnapshot> send(RingCentralExtensionSnapshot snapshot) {
        Event<RingCentralExtensionSnapshot> event = Event.first(Topics.RINGCENTRAL_EXTENSIONS, snapshot.extensionId(),
                snapshot);
        TestTopics.send(bootstrap, Topics.RINGCENTRAL_EXTENSIONS.name(), event.key(), Json.write(event));
        return event;
    }

    Event<RingCentralSchema> send(RingCentralSchema schema) {
        Event<RingCentralSchema> event = Event.first(Topics.RINGCENTRAL_SCHEMA, schema.accountId(), schema);
        TestTopics.send(bootstrap, Topics.RINGCENTRAL_SCHEMA.name(), event.key(), Json.write(event));
        return event;
    }

    /** The {@code index}-th Okta command matching {@code which}, validated against the contract. */
    Event<OktaCommand> oktaCommand(Predicate<OktaCommand> which, int index) {
        KafkaConsumer<String, byte[]> consumer = oktaConsumer();
        ConsumerRecord<String, byte[]> record = await().atMost(WAIT).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(oktaSeen::add);
            List<ConsumerRecord<String, byte[]>> mine = oktaSeen.stream()
                    .filter(r -> which.test(Json.readEvent(Topics.OKTA_COMMANDS, r.value()).data())).toList();
            return mine.size() > index ? mine.get(index) : null;
        }, found -> found != null);
        ContractValidator.assertConforms(Topics.OKTA_COMMANDS, record.value());
        return Json.readEvent(Topics.OKTA_COMMANDS, record.value());
    }

    /** Every Okta command matching {@code which} relayed so far, once everything on the topic now has been read. */
    List<OktaCommand> oktaCommandsSoFar(Predicate<OktaCommand> which) {
        KafkaConsumer<String, byte[]> consumer = oktaConsumer();
        await().atMost(WAIT).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(oktaSeen::add);
            return !consumer.assignment().isEmpty();
        });
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        await().atMost(WAIT).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(oktaSeen::add);
            return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
        });
        return oktaSeen.stream().map(r -> Json.readEvent(Topics.OKTA_COMMANDS, r.value()).data()).filter(which).toList();
    }

    /** Reports a successful execution of an Okta command, as okta-writer would. */
    void succeedOkta(Event<OktaCommand> command) {
        oktaResult(command, ProvisioningResult.Outcome.APPLIED, command.data().oktaUserId(), null);
    }

    /** Reports a permanent failure of an Okta command. */
    void failOkta(Event<OktaCommand> command, String code) {
        oktaResult(command, ProvisioningResult.Outcome.FAILED, command.data().oktaUserId(),
                new dev.switchboard.contracts.ErrorDetail(code, "failed in the test", null));
    }

    /** Reports an Okta command's result with the given Okta user (CREATE_USER reports the user it created). */
    void oktaResult(Event<OktaCommand> command, ProvisioningResult.Outcome outcome, String oktaUserId,
                    dev.switchboard.contracts.ErrorDetail error) {
        OktaCommand c = command.data();
        ProvisioningResult result = new ProvisioningResult(c.commandId(), c.linkId(),
                ProvisioningResult.TargetSystem.OKTA, c.action().name(), outcome,
                oktaUserId, null, outcome == ProvisioningResult.Outcome.FAILED ? Map.of() : c.attributes(), error, 1,
                Instant.now());
        TestTopics.send(bootstrap, Topics.PROVISIONING_RESULTS.name(), command.key(),
                Json.write(Event.causedBy(command, Topics.PROVISIONING_RESULTS, command.key(), result)));
    }

    private KafkaConsumer<String, byte[]> oktaConsumer() {
        if (oktaCommands == null) {
            oktaCommands = TestTopics.consumer(bootstrap, Topics.OKTA_COMMANDS.name());
        }
        return oktaCommands;
    }

    void awaitProcessed(String eventId) {
        await().atMost(WAIT).until(() -> count("select count(*) from processed_event where event_id = ?", eventId) == 1);
    }

    String linkState(String linkId) throws SQLException {
        return text("select state from link where id = cast(? as uuid)", linkId);
    }

    void awaitLinkState(String linkId, String state) {
        await().atMost(WAIT).until(() -> state.equals(linkState(linkId)));
    }

    int count(String sql, String parameter) throws SQLException {
        return Integer.parseInt(text(sql, parameter));
    }

    String text(String sql, String parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private static Predicate<ConsumerRecord<String, byte[]>> forUser(String oktaUserId) {
        return record -> oktaUserId.equals(Json.readEvent(Topics.RINGCENTRAL_COMMANDS, record.value()).data().oktaUserId());
    }

    @Override
    public void close() {
        commands.close();
        if (oktaCommands != null) {
            oktaCommands.close();
        }
    }
}
