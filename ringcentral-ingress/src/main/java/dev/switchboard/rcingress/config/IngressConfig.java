package dev.switchboard.rcingress.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

/** Configuration of ringcentral-ingress under {@code switchboard.*}. */
@ConfigMapping(prefix = "switchboard")
public interface IngressConfig {

    /** The RingCentral account we read and subscribe to. */
    RingCentral ringcentral();

    /** The webhook subscription kept in RingCentral. */
    Subscription subscription();

    /** The full import of every user extension ({@code switchboard.import.*}). */
    @WithName("import")
    Import importing();

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

        /** JWT credential of the service user, the JWT bearer grant's assertion; never logged (env SWITCHBOARD_RINGCENTRAL_JWT). */
        String jwt();

        /** The webhook endpoint RingCentral delivers to. */
        Webhook webhook();
    }

    interface Webhook {
        /** Secret RingCentral sends back in Verification-Token on every notification; never logged (env SWITCHBOARD_RINGCENTRAL_WEBHOOK_VERIFICATION_TOKEN). */
        String verificationToken();

        /** URL RingCentral reaches POST /hooks/ringcentral at; without it no subscription is kept (env SWITCHBOARD_RINGCENTRAL_WEBHOOK_PUBLIC_URL). */
        Optional<String> publicUrl();

        /** Largest notification body accepted; larger ones get 413. */
        @WithDefault("262144")
        long maxBodyBytes();

        /** How long a notification waits for Kafka's ack before 503; well below RingCentral's 3 s. */
        @WithDefault("PT2S")
        Duration ackTimeout();
    }

    interface Subscription {
        /** Whether the subscription is checked at start and on the interval (env SWITCHBOARD_SUBSCRIPTION_ENABLED). */
        @WithDefault("true")
        boolean enabled();

        /** How often the subscription is checked (env SWITCHBOARD_SUBSCRIPTION_CHECK_INTERVAL). */
        @WithDefault("5m")
        Duration checkInterval();

        /** Wait after start before the first check, so the handshake finds the endpoint listening. */
        @WithDefault("3s")
        Duration initialDelay();

        /** Lifetime asked for at create, in seconds (WebHook maximum 315360000; env SWITCHBOARD_SUBSCRIPTION_EXPIRES_IN). */
        @WithDefault("315360000")
        int expiresIn();

        /** Renew once less than this remains (env SWITCHBOARD_SUBSCRIPTION_RENEW_BEFORE). */
        @WithDefault("1d")
        Duration renewBefore();
    }

    interface Import {
        /** Whether the import runs on its schedule; on demand it always can (env SWITCHBOARD_IMPORT_ENABLED). */
        @WithDefault("true")
        boolean enabled();

        /** How often the full import runs (env SWITCHBOARD_IMPORT_INTERVAL). */
        @WithDefault("6h")
        Duration interval();

        /** Extensions per list page (RingCentral: at most 1000; env SWITCHBOARD_IMPORT_PER_PAGE). */
        @WithDefault("1000")
        int perPage();

        /** Most pages followed in one run, a guard against a nextPage that never ends. */
        @WithDefault("10000")
        int maxPages();

        /**
         * Whether each run reads the company directory for direct numbers and custom field values (ceil(users /
         * directory-per-page) extra Medium-group calls); off, import snapshots leave directNumber out ("not read"),
         * and an account with custom fields has each extension read singly (Light) (env SWITCHBOARD_IMPORT_DIRECTORY).
         */
        @WithDefault("true")
        boolean directory();

        /** Company directory entries per page (RingCentral: at most 2000; env SWITCHBOARD_IMPORT_DIRECTORY_PER_PAGE). */
        @WithDefault("2000")
        int directoryPerPage();
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
