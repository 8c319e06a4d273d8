package dev.switchboard.sandbox.domain.okta;

import java.time.Instant;

/** An Okta group (type OKTA_GROUP) as stored by the sandbox org. */
public record OktaGroup(String id, String name, String description, Instant created, Instant lastUpdated,
                        Instant lastMembershipUpdated) {

    OktaGroup membershipChanged(Instant now) {
        return new OktaGroup(id, name, description, created, lastUpdated, now);
    }
}
