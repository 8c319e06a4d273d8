package dev.switchboard.contracts.kafka;

import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.contracts.Topics;

/** Reads {@link Topics#RINGCENTRAL_COMMANDS}. */
public class RingCentralCommandDeserializer extends EventDeserializer<RingCentralCommand> {
    public RingCentralCommandDeserializer() {
        super(Topics.RINGCENTRAL_COMMANDS);
    }
}
