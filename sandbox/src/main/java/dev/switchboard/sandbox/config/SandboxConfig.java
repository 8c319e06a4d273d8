package dev.switchboard.sandbox.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Configuration of the sandbox (prefix {@code sandbox}). Never point production at the sandbox. */
@ConfigMapping(prefix = "sandbox")
public interface SandboxConfig {

    /** The Okta org stand-in. */
    Okta okta();

    /** The RingCentral account stand-in. */
    RingCentral ringcentral();

    /** The OIDC issuer (custom authorization server "default") that signs admin-API tokens. */
    Oidc oidc();

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

        /** How event hooks are delivered (batching, duplicates, order). */
        Delivery delivery();

        /** Rate-limit buckets of the management API. */
        OktaRateLimits rateLimits();

        /** An API service app (private_key_jwt) registered at start, in addition to the control API. */
        ServiceApp serviceApp();
    }

    interface Delivery {
        /** How long events are collected into one delivery after the first of them; 0 sends at once. */
        @WithDefault("0ms")
        Duration batchWindow();

        /** Most events in one delivery's data.events. */
        @WithDefault("1")
        int batchMax();

        /** Probability that a delivery is sent again later with the same eventId (at-least-once). */
        @WithDefault("0")
        double duplicateRate();

        /** Whether events are shuffled within a batch and deliveries run concurrently (no order guarantee). */
        @WithDefault("false")
        boolean shuffle();

        /** Seed of the random choices (duplicates, shuffling); unset means a different run every start. */
        Optional<Long> seed();
    }

    interface OktaRateLimits {
        /** Whether requests over a bucket's limit are refused with 429 E0000047 (headers are always sent). */
        @WithDefault("true")
        boolean enabled();

        /** /api/v1/users bucket: requests per window. */
        @WithDefault("600")
        int users();

        /** /api/v1/apps bucket (app users, group assignments): requests per window. */
        @WithDefault("100")
        int apps();

        /** /api/v1/logs bucket: requests per window. */
        @WithDefault("60")
        int logs();

        /** /api/v1/groups bucket: requests per window. */
        @WithDefault("600")
        int groups();

        /** /api/v1/eventHooks bucket: requests per window. */
        @WithDefault("100")
        int eventHooks();

        /** Length of the window (Okta's buckets are per minute). */
        @WithDefault("60s")
        Duration window();
    }

    interface ServiceApp {
        /** Client id of the service app; with public-key, registered at start. */
        Optional<String> clientId();

        /** Its public key, PEM (SubjectPublicKeyInfo) or JWK JSON. */
        Optional<String> publicKey();

        /** Scopes granted to the service app (space separated). */
        @WithDefault("okta.users.read okta.users.manage okta.apps.read okta.apps.manage okta.groups.read okta.groups.manage okta.logs.read okta.eventHooks.read okta.eventHooks.manage okta.schemas.read okta.schemas.manage")
        String scopes();
    }

    interface Oidc {
        /** Secret of client switchboard-operator (scopes switchboard.read switchboard.operate); unset disables it. */
        Optional<String> operatorSecret();

        /** Secret of client switchboard-viewer (scope switchboard.read); unset disables it. */
        Optional<String> viewerSecret();

        /** Audience of the access tokens. */
        @WithDefault("api://switchboard")
        String audience();

        /** Lifetime of the access tokens. */
        @WithDefault("1h")
        Duration tokenTtl();
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

        /** Whether injected faults also hit the token endpoint (/restapi/oauth/token). */
        @WithDefault("false")
        boolean faultsIncludeToken();

        /** Body shape of extension notifications: array (body.extensions[]), flat (body.extensionId) or mixed. */
        @WithDefault("array")
        String notificationShape();

        /** Consecutive failed notification deliveries after which a subscription is Blacklisted. */
        @WithDefault("5")
        int blacklistAfter();

        /** Timeout of the Validation-Token handshake and of each notification POST (RingCentral: 3 s). */
        @WithDefault("3s")
        Duration webhookTimeout();
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
