package dev.switchboard.sandbox.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Configuration of the sandbox (prefix {@code sandbox}). Never point production at the sandbox. */
@ConfigMapping(prefix = "sandbox")
public interface SandboxConfig {

    /** The Okta org stand-in. */
    Okta okta();

    /** The RingCentral account stand-in. */
    RingCentral ringcentral();

    interface Okta {
        /** SSWS API token callers must send as {@code Authorization: SSWS <token>}. */
        String apiToken();

        /** Id of the one app instance (the RingCentral app). */
        @WithDefault("0oasandboxringcentral")
        String appId();

        /** Label of the app instance (alternateId of the AppInstance target in events). */
        @WithDefault("RingCentral")
        String appLabel();

        /** Timeout of every call to an event hook (verification and delivery); Okta uses 3 s. */
        @WithDefault("3s")
        Duration hookTimeout();

        /** Id of the admin who owns the API token; the actor of the events the API causes. */
        @WithDefault("00usandboxadmin00001")
        String adminId();

        /** Login of that admin. */
        @WithDefault("admin@sandbox.switchboard.local")
        String adminLogin();
    }

    interface RingCentral {
        /** OAuth client id expected in the Basic client authentication of the token call. */
        String clientId();

        /** OAuth client secret expected in the Basic client authentication of the token call. */
        String clientSecret();

        /** The JWT credential accepted as {@code assertion} of the JWT bearer grant. */
        String jwt();

        /** Account id ({@code ~} in paths resolves to it). */
        @WithDefault("400123456")
        long accountId();

        /** Extension id of the admin user the JWT belongs to (token owner_id; pre-seeded extension 101). */
        @WithDefault("400123457")
        long ownerExtensionId();

        /** Email of that admin extension. */
        @WithDefault("admin@sandbox.switchboard.local")
        String ownerEmail();

        /** Rate limits per RingCentral usage-plan group. */
        RateLimits rateLimits();
    }

    interface RateLimits {
        /** Whether requests over a group's limit are refused with 429 (headers are always sent). */
        @WithDefault("true")
        boolean enabled();

        /** Light group: requests per window. */
        @WithDefault("50")
        int light();

        /** Medium group: requests per window. */
        @WithDefault("40")
        int medium();

        /** Heavy group: requests per window. */
        @WithDefault("10")
        int heavy();

        /** Auth group (token endpoint): requests per window. */
        @WithDefault("5")
        int auth();

        /** Length of the sliding window. */
        @WithDefault("60s")
        Duration window();

        /** Penalty after the limit is hit; every request during the penalty restarts it. */
        @WithDefault("60s")
        Duration penalty();
    }
}
