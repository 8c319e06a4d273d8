package dev.switchboard.sandbox.domain;

import dev.switchboard.sandbox.domain.ringcentral.RateGroups;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateGroupsTest {

    @Test
    void groupsFollowTheOpenApiThrottlingGroups() {
        assertThat(RateGroups.of("POST", "/restapi/oauth/token")).isEqualTo(RateGroup.AUTH);
        assertThat(RateGroups.of("GET", "/restapi/v1.0/account/~/extension")).isEqualTo(RateGroup.MEDIUM);
        assertThat(RateGroups.of("POST", "/restapi/v1.0/account/~/extension")).isEqualTo(RateGroup.MEDIUM);
        assertThat(RateGroups.of("GET", "/restapi/v1.0/account/~/extension/123")).isEqualTo(RateGroup.LIGHT);
        assertThat(RateGroups.of("PUT", "/restapi/v1.0/account/~/extension/123")).isEqualTo(RateGroup.MEDIUM);
        assertThat(RateGroups.of("DELETE", "/restapi/v2/accounts/~/extensions")).isEqualTo(RateGroup.HEAVY);
        assertThat(RateGroups.of("POST", "/restapi/v1.0/subscription")).isEqualTo(RateGroup.MEDIUM);
        assertThat(RateGroups.of("GET", "/restapi/v1.0/subscription/abc")).isEqualTo(RateGroup.LIGHT);
        assertThat(RateGroups.of("POST", "/restapi/v1.0/subscription/abc/renew")).isEqualTo(RateGroup.LIGHT);
        assertThat(RateGroups.of("GET", "/restapi/v1.0/account/~/custom-fields")).isEqualTo(RateGroup.LIGHT);
        assertThat(RateGroups.of("POST", "/restapi/v1.0/account/~/custom-fields")).isEqualTo(RateGroup.MEDIUM);
    }
}
