package dev.switchboard.rcwriter.messaging;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.RingCentralAttributes;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.contracts.Topics;
import dev.switchboard.testing.InJvmKafka;
import dev.switchboard.testing.TestTopics;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds commands with unique ids and sends them to ringcentral.commands.v1. */
final class Commands {

    private Commands() {
    }

    static String uniqueEmail() {
        return TestTopics.uniqueId("ada.") + "@example.com";
    }

    static RingCentralCommand create(String email) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(RingCentralAttributes.FIRST_NAME, "Ada");
        attributes.put(RingCentralAttributes.LAST_NAME, "Lovelace");
        attributes.put(RingCentralAttributes.EMAIL, email);
        attributes.put(RingCentralAttributes.DEPARTMENT, "R&D");
        return command(RingCentralCommand.Action.CREATE, attributes);
    }

    static RingCentralCommand command(RingCentralCommand.Action action, Map<String, String> attributes) {
        return command(action, action == RingCentralCommand.Action.CREATE ? null : "62000123", attributes, "test");
    }

    /** A command for an existing extension. */
    static RingCentralCommand command(RingCentralCommand.Action action, String extensionId, Map<String, String> attributes,
                                      String reason) {
        return new RingCentralCommand(TestTopics.uniqueId("cmd-"), TestTopics.uniqueId("link-"), action,
                TestTopics.uniqueId("00u"), extensionId, attributes, reason);
    }

    /** A status or removal command for an existing extension, without attributes. */
    static RingCentralCommand command(RingCentralCommand.Action action, String extensionId, String reason) {
        return command(action, extensionId, Map.of(), reason);
    }

    /** Sends {@code command} keyed by its link id and returns the event as sent. */
    static Event<RingCentralCommand> send(RingCentralCommand command) {
        Event<RingCentralCommand> event = Event.first(Topics.RINGCENTRAL_COMMANDS, command.linkId(), command);
        sendRaw(command.linkId(), Json.write(event));
        return event;
    }

    /** Sends {@code command} and returns the writer's (first) result for it. */
    static ProvisioningResult execute(RingCentralCommand command) {
        send(command);
        return Produced.result(command.linkId()).data();
    }

    static void sendRaw(String key, byte[] value) {
        TestTopics.send(InJvmKafka.bootstrapServers(), Topics.RINGCENTRAL_COMMANDS.name(), key, value);
    }
}
