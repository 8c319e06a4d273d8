package dev.switchboard.oktaingress.config;

import dev.switchboard.clients.okta.OktaAuth;
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

    /** The backstop reconciliation that catches what hooks missed. */
    Backstop backstop();

    interface Okta {
        /** Base URL of the Okta org, e.g. https://example.okta.com (env SWITCHBOARD_OKTA_BASE_URL). */
        String baseUrl();

        /** ssws (API token) or oauth (service app with private_key_jwt; env SWITCHBOARD_OKTA_AUTH). */
        @WithDefault("ssws")
        OktaAuth auth();

        /** SSWS API token sent as {@code Authorization: SSWS <token>}, needed when auth is ssws (env SWITCHBOARD_OKTA_API_TOKEN). */
        Optional<String> apiToken();

        /** Client id of the OAuth service app, needed when auth is oauth (env SWITCHBOARD_OKTA_CLIENT_ID). */
        Optional<String> clientId();

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

        /** Most Okta calls in flight at once, across hooks, backstop and admin (Okta's org-wide cap is 75). */
        @WithDefault("10")
        int maxConcurrency();

        /** Below this share of X-Rate-Limit-Limit remaining, calls of that endpoint family wait for X-Rate-Limit-Reset. */
        @WithDefault("0.1")
        double slowDownBelow();
    }

    interface Backstop {
        /** Whether the backstop runs on its schedule (on demand it always can). */
        @WithDefault("true")
        boolean enabled();

        /** How often the backstop runs; the System Log window is 2 × interval + margin. */
        @WithDefault("15m")
        Duration interval();

        /** Wait after start before the first scheduled run. */
        @WithDefault("1m")
        Duration firstDelay();

        /** Extra System Log window beyond two intervals, for late runs and Okta's own indexing lag. */
        @WithDefault("5m")
        Duration margin();

        /** System Log page size (Okta: at most 1000). */
        @WithDefault("1000")
        int logPageSize();

        /** App users page size (Okta: at most 500). */
        @WithDefault("500")
        int appUserPageSize();

        /** Most pages followed per listing in one run, a guard against a next link that never ends. */
        @WithDefault("1000")
        int maxPages();
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
