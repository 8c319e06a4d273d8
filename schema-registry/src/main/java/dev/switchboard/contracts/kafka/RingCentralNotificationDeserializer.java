package dev.switchboard.contracts.kafka;

import dev.switchboard.contracts.RingCentralNotification;
import dev.switchboard.contracts.Topics;

/** Reads {@link Topics#RINGCENTRAL_NOTIFICATIONS}. */
public class RingCentralNotificationDeserializer extends EventDeserializer<RingCentralNotification> {
    public RingCentralNotificationDeserializer() {
        super(Topics.RINGCENTRAL_NOTIFICATIONS);
    }
}
