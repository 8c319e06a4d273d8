package dev.switchboard.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.contracts.kafka.EventSerializer;
import dev.switchboard.contracts.kafka.OktaUserSnapshotDeserializer;
import dev.switchboard.contracts.schema.ContractValidator;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ContractsTest {

    static java.util.List<Topic<?>> topics() {
        return Topics.ALL;
    }

    @ParameterizedTest
    @MethodSource("topics")
    void whatTheSerializerWritesConformsToTheTopicsSchema(Topic<?> topic) {
        byte[] json = new EventSerializer().serialize(topic.name(), SampleEvents.of(topic));
        assertThat(ContractValidator.violations(topic, json)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("topics")
    void eventsSurviveTheRoundTrip(Topic<?> topic) {
        Event<?> event = SampleEvents.of(topic);
        assertThat(Json.readEvent(topic, Json.write(event))).isEqualTo(event);
    }

    @Test
    void theSchemaRejectsAnEventWithoutItsRequiredFields() {
        byte[] json = "{\"id\":\"x\",\"type\":\"okta.user.snapshot\",\"schemaVersion\":1,\"time\":\"2026-11-28T10:00:00Z\",\"key\":\"k\",\"correlationId\":\"c\",\"data\":{\"userId\":\"00u1\"}}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(ContractValidator.violations(Topics.OKTA_USERS, json)).isNotEmpty();
    }

    @Test
    void aDeserializerRefusesAnEventOfAnotherTopic() {
        byte[] command = Json.write(SampleEvents.of(Topics.RINGCENTRAL_COMMANDS));
        assertThatThrownBy(() -> new OktaUserSnapshotDeserializer().deserialize(Topics.OKTA_USERS.name(), command))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("expected okta.user.snapshot");
    }

    @Test
    void aDeserializerRefusesWhatIsNotJson() {
        byte[] garbage = "not json".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new OktaUserSnapshotDeserializer().deserialize(Topics.OKTA_USERS.name(), garbage))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void unknownFieldsFromANewerCompatibleProducerAreIgnored() {
        String json = new String(Json.write(SampleEvents.of(Topics.OKTA_USERS)), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"addedLater\":true,");
        assertThat(Json.readEvent(Topics.OKTA_USERS, json).data().userId()).isEqualTo("00u1");
    }

    @Test
    void causedEventsKeepTheCorrelation() {
        Event<?> hook = SampleEvents.of(Topics.OKTA_HOOKS);
        Event<OktaUserSnapshot> snapshot = Event.causedBy(hook, Topics.OKTA_USERS, "00u1",
                (OktaUserSnapshot) SampleEvents.of(Topics.OKTA_USERS).data());
        assertThat(snapshot.correlationId()).isEqualTo(hook.correlationId());
        assertThat(snapshot.causationId()).isEqualTo(hook.id());
        assertThat(snapshot.id()).isNotEqualTo(hook.id());
    }
}
