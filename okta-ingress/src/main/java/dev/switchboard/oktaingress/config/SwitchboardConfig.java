package dev.switchboard.oktaingress.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Everything okta-ingress is configured with, under {@code switchboard.*}. */
@ConfigMapping(prefix = "switchboard")
public interface SwitchboardConfig {

    /** The Okta org we read users from. */
    Okta okta();

    /** The event hook endpoint Okta delivers to. */
    Hook hook();

    interface Okta {
        /** Base URL of the Okta org, e.g. https://example.okta.com (env SWITCHBOARD_OKTA_BASE_URL). */
        String baseUrl();

        /** SSWS API token sent as {@code Authorization: SSWS <token>} (env SWITCHBOARD_OKTA_API_TOKEN). */
        String apiToken();

        /** Id of the RingCentral app instance in Okta, {@code 0oa…} (env SWITCHBOARD_OKTA_APP_ID). */
        String appId();

        /** How often one Okta call is tried before the enricher gives up (429, 5xx, timeouts). */
        @WithDefault("4")
        int maxAttempts();

        /** First backoff after a 5xx or timeout; doubled on every further attempt. */
        @WithDefault("PT0.2S")
        Duration initialBackoff();

        /** Longest a single wait may be, for backoff and for a 429's X-Rate-Limit-Reset alike. */
        @WithDefault("PT60S")
        Duration maxWait();
    }

    interface Hook {
        /** The shared secret Okta sends in the auth header of every delivery (env SWITCHBOARD_HOOK_SECRET). */
        String secret();

        /** The secret before the last rotation, still accepted while Okta switches over. */
        Optional<String> previousSecret();

        /** Name of the header Okta puts the secret in (the hook's authScheme.key). */
        @WithDefault("Authorization")
        String authHeader();

        /** Largest delivery body accepted; larger ones get 413. */
        @WithDefault("1048576")
        long maxBodyBytes();

        /** How long a delivery waits for Kafka to acknowledge its events before answering 503 (Okta gives up at 3 s). */
        @WithDefault("PT2.5S")
        Duration ackTimeout();

        /** Registration of the hook in Okta at start. */
        Registration registration();

        /** Public HTTPS URL Okta reaches this endpoint at, e.g. https://switchboard.example.com/hooks/okta. */
        Optional<String> publicUrl();
    }

    interface Registration {
        /** Whether to create, verify and activate the event hook in Okta at start. */
        @WithDefault("false")
        boolean enabled();

        /** Display name of the hook in Okta. */
        @WithDefault("Switchboard okta-ingress")
        String name();

        /** Delay after start before registering, so that the verification GET finds the server up. */
        @WithDefault("PT2S")
        Duration delay();

        /** How often registration is tried before giving up (logged). */
        @WithDefault("5")
        int attempts();
    }
}
