package dev.switchboard.contracts.kafka;

import dev.switchboard.contracts.OktaHookEvent;
import dev.switchboard.contracts.Topics;

/** Reads {@link Topics#OKTA_HOOKS}. */
public class OktaHookEventDeserializer extends EventDeserializer<OktaHookEvent> {
    public OktaHookEventDeserializer() {
        super(Topics.OKTA_HOOKS);
    }
}
