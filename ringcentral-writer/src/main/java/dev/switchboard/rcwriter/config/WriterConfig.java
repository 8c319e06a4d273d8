package dev.switchboard.rcwriter.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Configuration of ringcentral-writer under {@code switchboard.*}. */
@ConfigMapping(prefix = "switchboard")
public interface WriterConfig {

    /** The RingCentral account the writer acts on. */
    RingCentral ringcentral();

    /** Retries of failed RingCentral calls. */
    Retry retry();

    /** The shared OAuth access token. */
    Token token();

    interface RingCentral {
        /** Base URL of the RingCentral platform, e.g. https://platform.ringcentral.com (env SWITCHBOARD_RINGCENTRAL_BASE_URL). */
        String baseUrl();

        /** OAuth client id of the RingCentral app (env SWITCHBOARD_RINGCENTRAL_CLIENT_ID). */
        String clientId();

        /** OAuth client secret of the RingCentral app; never logged (env SWITCHBOARD_RINGCENTRAL_CLIENT_SECRET). */
        String clientSecret();

        /** JWT credential of the service user, sent as the JWT bearer grant's assertion; never logged (env SWITCHBOARD_RINGCENTRAL_JWT). */
        String jwt();
    }

    interface Retry {
        /** Most calls made for one request before giving up, first call included. */
        @WithDefault("5")
        int maxAttempts();

        /** Ceiling of the first backoff; it doubles per retry (full jitter). */
        @WithDefault("2s")
        Duration initialBackoff();

        /** Ceiling no backoff exceeds. */
        @WithDefault("60s")
        Duration maxBackoff();
    }

    interface Token {
        /** Fraction of the token's expires_in after which it is refreshed ahead of expiry (0 < f < 1). */
        @WithDefault("0.8")
        double refreshAhead();
    }
}
