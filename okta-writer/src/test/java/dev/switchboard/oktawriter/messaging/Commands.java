package dev.switchboard.oktawriter.messaging;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.contracts.OktaCommand.Action;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.Topics;
import dev.switchboard.testing.InJvmKafka;
import dev.switchboard.testing.TestTopics;
import java.util.Map;

/** Builds Okta commands with unique ids and sends them to okta.commands.v1. */
final class Commands {

    /** The app id the tests' commands name (the writer's %test default is another one). */
    static final String APP_ID = "0oatestringcentral";

    private Commands() {
    }

    static String uniqueLogin() {
        return TestTopics.uniqueId("ada.") + "@example.com";
    }

    static OktaCommand command(Action action, String oktaUserId, Map<String, String> attributes) {
        return new OktaCommand(TestTopics.uniqueId("cmd-"), TestTopics.uniqueId("link-"), action, oktaUserId, APP_ID,
                attributes, "test");
    }

    /** Sends {@code command} keyed by its link id and returns the event as sent. */
    static Event<OktaCommand> send(OktaCommand command) {
        Event<OktaCommand> event = Event.first(Topics.OKTA_COMMANDS, command.linkId(), command);
        sendRaw(command.linkId(), Json.write(event));
        return event;
    }

    /** Sends {@code command} and returns the writer's (first) result for it. */
    static ProvisioningResult execute(OktaCommand command) {
        send(command);
        return Produced.result(command.linkId()).data();
    }

    static void sendRaw(String key, byte[] value) {
        TestTopics.send(InJvmKafka.bootstrapServers(), Topics.OKTA_COMMANDS.name(), key, value);
    }
}
