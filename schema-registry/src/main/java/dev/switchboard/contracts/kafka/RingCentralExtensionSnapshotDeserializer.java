package dev.switchboard.contracts.kafka;

import dev.switchboard.contracts.RingCentralExtensionSnapshot;
import dev.switchboard.contracts.Topics;

/** Reads {@link Topics#RINGCENTRAL_EXTENSIONS}. */
public class RingCentralExtensionSnapshotDeserializer extends EventDeserializer<RingCentralExtensionSnapshot> {
    public RingCentralExtensionSnapshotDeserializer() {
        super(Topics.RINGCENTRAL_EXTENSIONS);
    }
}
