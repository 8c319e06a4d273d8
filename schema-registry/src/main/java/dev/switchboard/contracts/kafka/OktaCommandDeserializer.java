package dev.switchboard.contracts.kafka;

import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.contracts.Topics;

/** Reads {@link Topics#OKTA_COMMANDS}. */
public class OktaCommandDeserializer extends EventDeserializer<OktaCommand> {
    public OktaCommandDeserializer() {
        super(Topics.OKTA_COMMANDS);
    }
}
