package dev.switchboard.contracts.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.DeadLetter;
import dev.switchboard.contracts.ErrorDetail;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.RingCentralAttributes;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.contracts.Topics;
import dev.switchboard.contracts.schema.ContractValidator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class DeadLetterEventsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:15:30.123Z");
    private static final ErrorDetail ERROR = new ErrorDetail("CMN-101", "Parameter [contact.email] value is invalid", 400);

    private final Event<RingCentralCommand> command = Event.inCorrelation("corr-1", "hook-1",
            Topics.RINGCENTRAL_COMMANDS, "l-1", new RingCentralCommand("c-1", "l-1", RingCentralCommand.Action.CREATE,
                    "00u1", null, Map.of(RingCentralAttributes.EMAIL, "zoë@example.com"), "assigned in Okta"));

    @Test
    void aReadRecordsDeadLetterIsKeyedAsTheRecordAndKeepsTheCorrelation() {
        byte[] value = Json.write(command);
        var record = new ConsumerRecord<>(Topics.RINGCENTRAL_COMMANDS.name(), 2, 17L, "l-1", value);

        Event<DeadLetter> event = DeadLetterEvents.of("ringcentral-writer/commands", record, command, ERROR, 3, NOW);

        assertThat(event.key()).isEqualTo("l-1");
        assertThat(event.type()).isEqualTo(Topics.DEAD_LETTERS.eventType());
        assertThat(event.correlationId()).isEqualTo("corr-1");
        assertThat(event.causationId()).isEqualTo(command.id());
        assertThat(event.id()).isNotEqualTo(command.id());
        assertThat(event.data()).isEqualTo(new DeadLetter("ringcentral-writer/commands",
                Topics.RINGCENTRAL_COMMANDS.name(), 2, 17L, "l-1", new String(value, StandardCharsets.UTF_8), ERROR, 3,
                NOW));
        assertThat(Json.readEvent(Topics.RINGCENTRAL_COMMANDS, event.data().payload())).isEqualTo(command);
        assertConformsAndSurvivesTheRoundTrip(event);
    }

    @Test
    void anUnreadableRecordWithoutAKeyIsKeyedByItsPositionInACorrelationOfItsOwn() {
        var record = new ConsumerRecord<String, byte[]>(Topics.OKTA_HOOKS.name(), 0, 42L, null,
                "Zoë {not json".getBytes(StandardCharsets.UTF_8));

        Event<DeadLetter> event = DeadLetterEvents.of("okta-ingress/enricher", record, null,
                new ErrorDetail("INVALID_EVENT", "not JSON", null), 0, NOW);

        assertThat(event.key()).isEqualTo("okta.hooks.v1-0@42");
        assertThat(event.correlationId()).isEqualTo(event.id());
        assertThat(event.causationId()).isNull();
        assertThat(event.data().recordKey()).isNull();
        assertThat(event.data().payload()).isEqualTo("Zoë {not json");
        assertThat(event.data().attempts()).isZero();
        assertConformsAndSurvivesTheRoundTrip(event);
    }

    @Test
    void aRecordWithoutAValueHasNoPayload() {
        var record = new ConsumerRecord<String, byte[]>(Topics.RINGCENTRAL_NOTIFICATIONS.name(), 1, 6L, "101", null);

        Event<DeadLetter> event = DeadLetterEvents.of("ringcentral-ingress/enricher", record, null,
                new ErrorDetail("INVALID_EVENT", "record without a value", null), 0, NOW);

        assertThat(event.key()).isEqualTo("101");
        assertThat(event.data().payload()).isNull();
        assertConformsAndSurvivesTheRoundTrip(event);
    }

    @Test
    void aPayloadGivenAsTextIsKeptAsGivenForARecordAlreadyDeserialized() {
        var record = new ConsumerRecord<String, Event<RingCentralCommand>>(Topics.RINGCENTRAL_COMMANDS.name(), 3, 9L,
                null, command);

        Event<DeadLetter> event = DeadLetterEvents.of("profile-reconciler/results", record, "{\"as\":\"received\"}",
                command, ERROR, 1, NOW);

        assertThat(event.key()).isEqualTo("ringcentral.commands.v1-3@9");
        assertThat(event.data().payload()).isEqualTo("{\"as\":\"received\"}");
        assertThat(event.data().failedAt()).isEqualTo(NOW);
        assertThat(event.correlationId()).isEqualTo("corr-1");
        assertConformsAndSurvivesTheRoundTrip(event);
    }

    private static void assertConformsAndSurvivesTheRoundTrip(Event<DeadLetter> event) {
        byte[] json = new EventSerializer().serialize(Topics.DEAD_LETTERS.name(), event);
        assertThat(ContractValidator.violations(Topics.DEAD_LETTERS, json)).isEmpty();
        assertThat(new DeadLetterDeserializer().deserialize(Topics.DEAD_LETTERS.name(), json)).isEqualTo(event);
    }
}
