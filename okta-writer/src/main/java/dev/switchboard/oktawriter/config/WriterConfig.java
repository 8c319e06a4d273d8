package dev.switchboard.oktawriter.config;

import dev.switchboard.clients.okta.OktaAuth;
import dev.switchboard.oktawriter.domain.UnsupportedCharacters;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Configuration of okta-writer under {@code switchboard.*}. */
@ConfigMapping(prefix = "switchboard")
public interface WriterConfig {

    /** The Okta org the writer acts on. */
    Okta okta();

    /** Retries of failed Okta calls. */
    Retry retry();

    interface Okta {
        /** Base URL of the Okta org, e.g. https://example.okta.com (env SWITCHBOARD_OKTA_BASE_URL). */
        String baseUrl();

        /** ssws (API token) or oauth (service app with private_key_jwt; env SWITCHBOARD_OKTA_AUTH). */
        @WithDefault("ssws")
        OktaAuth auth();

        /** SSWS API token sent as {@code Authorization: SSWS <token>}, needed when auth is ssws; never logged (env SWITCHBOARD_OKTA_API_TOKEN). */
        Optional<String> apiToken();

        /** Client id of the OAuth service app, needed when auth is oauth (env SWITCHBOARD_OKTA_CLIENT_ID). */
        Optional<String> clientId();

        /** Id of the RingCentral app instance in Okta, used when a command names none (env SWITCHBOARD_OKTA_APP_ID). */
        String appId();

        /** Most Okta calls in flight at once; Okta's org-wide cap is 75, shared with okta-ingress (env SWITCHBOARD_OKTA_MAX_CONCURRENCY). */
        @WithDefault("4")
        int maxConcurrency();

        /** What to do with 4-byte UTF-8 characters (emoji), which Okta does not accept (env SWITCHBOARD_OKTA_FOUR_BYTE_CHARACTERS). */
        @WithDefault("reject")
        UnsupportedCharacters.Policy fourByteCharacters();
    }

    interface Retry {
        /** Most calls made for one request before giving up, first call included (env SWITCHBOARD_RETRY_MAX_ATTEMPTS). */
        @WithDefault("5")
        int maxAttempts();

        /** Ceiling of the first backoff; it doubles per retry, full jitter (env SWITCHBOARD_RETRY_INITIAL_BACKOFF). */
        @WithDefault("1s")
        Duration initialBackoff();

        /** Ceiling no backoff exceeds (env SWITCHBOARD_RETRY_MAX_BACKOFF). */
        @WithDefault("30s")
        Duration maxBackoff();

        /** Longest wait for X-Rate-Limit-Reset after a 429 (env SWITCHBOARD_RETRY_MAX_RATE_LIMIT_WAIT). */
        @WithDefault("70s")
        Duration maxRateLimitWait();
    }
}
