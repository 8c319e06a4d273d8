package dev.switchboard.contracts.kafka;

import dev.switchboard.contracts.RingCentralSchema;
import dev.switchboard.contracts.Topics;

/** Reads {@link Topics#RINGCENTRAL_SCHEMA}. */
public class RingCentralSchemaDeserializer extends EventDeserializer<RingCentralSchema> {
    public RingCentralSchemaDeserializer() {
        super(Topics.RINGCENTRAL_SCHEMA);
    }
}
