package dev.switchboard.contracts.kafka;

import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.contracts.Topics;

/** Reads {@link Topics#OKTA_USERS}. */
public class OktaUserSnapshotDeserializer extends EventDeserializer<OktaUserSnapshot> {
    public OktaUserSnapshotDeserializer() {
        super(Topics.OKTA_USERS);
    }
}
