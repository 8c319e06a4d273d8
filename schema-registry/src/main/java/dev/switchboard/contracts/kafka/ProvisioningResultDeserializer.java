package dev.switchboard.contracts.kafka;

import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.Topics;

/** Reads {@link Topics#PROVISIONING_RESULTS}. */
public class ProvisioningResultDeserializer extends EventDeserializer<ProvisioningResult> {
    public ProvisioningResultDeserializer() {
        super(Topics.PROVISIONING_RESULTS);
    }
}
