package dev.switchboard.clients.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.clients.Backoff;
import dev.switchboard.clients.okta.OktaRequests.Repeat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OktaRequestsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final String USERS = "/api/v1/users";
    private static final String INSUFFICIENT_SCOPE = "Bearer authorization_uri=\"http://example.okta.com/oauth2/v1/authorize\","
            + " realm=\"IdpMyAccountAPI\", scope=\"okta.users.read\", error=\"insufficient_scope\","
            + " error_description=\"The access token provided does not contain the required scopes.\","
            + " resource=\"/api/v1/users\"";
    private static final String INVALID_TOKEN = "Bearer authorization_uri=\"http://example.okta.com/oauth2/v1/authorize\","
            + " realm=\"IdpMyAccountAPI\", scope=\"okta.users.read\", error=\"invalid_token\","
            + " error_description=\"The token has expired.\", resource=\"/api/v1/users\"";

    private final Hands clock = new Hands(NOW);
    private final List<Duration> slept = new ArrayList<>();
    private final OktaRequests.Limits limits = new OktaRequests.Limits(4, 2,
            new Backoff(Duration.ofMillis(200), Duration.ofSeconds(30)), false, Duration.ofSeconds(70), 0);
    /** Token endpoint of the bearer tests: tok-1, tok-2, …, each an hour long. */
    private int tokensIssued;
    private final AccessTokenCache tokens = new AccessTokenCache(clock, Duration.ofMinutes(1),
            () -> new AccessTokenCache.Issued("tok-" + ++tokensIssued, clock.now.plus(Duration.ofHours(1))));

    private OktaRequests requests(OktaAuthorization authorization) {
        return new OktaRequests(authorization, limits, clock, duration -> {
            slept.add(duration);
            clock.advance(duration);
        }, () -> 0.5);
    }

    /** Okta as a script: each call takes the next answer and records the Authorization it came with. */
    private static final class Script implements Function<String, OktaAnswer> {
        final Deque<OktaAnswer> answers;
        final List<String> authorizations = new ArrayList<>();

        Script(OktaAnswer... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public OktaAnswer apply(String authorization) {
            authorizations.add(authorization);
            OktaAnswer next = answers.poll();
            if (next == null) {
                throw new OktaRequests.Unreachable(new java.io.IOException("Connection refused"));
            }
            return next;
        }
    }

    private static OktaAnswer ok(String body) {
        return new OktaAnswer(200, body, Map.of("ETag", List.of("W/\"1\"")));
    }

    private static OktaAnswer error(int status, String code, String wwwAuthenticate) {
        String body = "{\"errorCode\":\"" + code + "\",\"errorSummary\":\"summary of " + code + "\",\"errorCauses\":[]}";
        return new OktaAnswer(status, body,
                wwwAuthenticate == null ? Map.of() : Map.of("WWW-Authenticate", List.of(wwwAuthenticate)));
    }

    @Test
    void temporaryFailuresAreRetriedWithBackoffUntilAnAnswerComes() {
        Script okta = new Script(error(503, "E0000009", null), error(500, "E0000009", null), ok("{\"id\":\"00u1\"}"));

        OktaRequests.Result result = requests(OktaAuthorization.ssws("secret")).exchange("GET user", USERS, Repeat.SAFE, okta);

        assertThat(result.answer().body()).isEqualTo("{\"id\":\"00u1\"}");
        assertThat(result.answer().header("etag")).isEqualTo("W/\"1\"");
        assertThat(result.attempts()).isEqualTo(3);
        // without jitter the whole ceiling: 200 ms, then 400 ms
        assertThat(slept).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(okta.authorizations).containsOnly("SSWS secret");
    }

    @Test
    void withJitterARetryWaitsAShareOfTheCeiling() {
        OktaRequests jittered = new OktaRequests(OktaAuthorization.ssws("secret"),
                new OktaRequests.Limits(4, 2, limits.backoff(), true, limits.maxRateLimitWait(), 0), clock,
                slept::add, () -> 0.5);

        jittered.exchange("GET user", USERS, Repeat.SAFE, new Script(error(502, "E0000009", null), ok("{}")));

        assertThat(slept).containsExactly(Duration.ofMillis(100));
    }

    @Test
    void givingUpReportsTheLastError() {
        Script okta = new Script(error(503, "E0000009", null), error(503, "E0000009", null),
                error(503, "E0000009", null), error(500, "E0000010", null));

        assertThatThrownBy(() -> requests(OktaAuthorization.ssws("secret")).exchange("GET user", USERS, Repeat.SAFE, okta))
                .isInstanceOfSatisfying(OktaException.class, e -> {
                    assertThat(e.attempts()).isEqualTo(4);
                    assertThat(e.error().code()).isEqualTo("E0000010");
                    assertThat(e.error().httpStatus()).isEqualTo(500);
                    assertThat(e.outcomeUnknown()).isFalse();
                });
        assertThat(slept).hasSize(3);
    }

    @Test
    void aPermanentErrorIsNotRetried() {
        Script okta = new Script(error(404, "E0000007", null));

        assertThatThrownBy(() -> requests(OktaAuthorization.ssws("secret")).exchange("GET user", USERS, Repeat.SAFE, okta))
                .isInstanceOfSatisfying(OktaException.class, e -> {
                    assertThat(e.error().notFound()).isTrue();
                    assertThat(e.attempts()).isEqualTo(1);
                });
        assertThat(slept).isEmpty();
    }

    @Test
    void stillActivatingIsWorthAnotherTry() {
        Script okta = new Script(error(409, "E0000112", null), ok("{}"));

        assertThat(requests(OktaAuthorization.ssws("secret")).exchange("POST lifecycle", USERS, Repeat.SAFE, okta)
                .attempts()).isEqualTo(2);
    }

    @Test
    void a429WaitsForTheResetAndHoldsBackTheFamilysNextRequest() {
        OktaAnswer tooMany = OktaRateLimitsTest.answer(429, "600", "0",
                List.of(String.valueOf(NOW.plusSeconds(9).getEpochSecond())), NOW);
        OktaRequests shared = requests(OktaAuthorization.ssws("secret"));

        shared.exchange("GET user", USERS, Repeat.SAFE, new Script(tooMany, ok("{}")));
        assertThat(slept).containsExactly(Duration.ofSeconds(10));

        // a caller that gives up after its 429 still leaves the family blocked: the next request waits before it is sent
        slept.clear();
        OktaRequests once = new OktaRequests(OktaAuthorization.ssws("secret"),
                new OktaRequests.Limits(1, 2, limits.backoff(), false, limits.maxRateLimitWait(), 0), clock,
                duration -> {
                    slept.add(duration);
                    clock.advance(duration);
                }, () -> 0.5);
        assertThatThrownBy(() -> once.exchange("GET user", USERS, Repeat.SAFE, new Script(tooMany)))
                .isInstanceOf(OktaException.class);
        assertThat(slept).isEmpty();
        Script next = new Script(ok("{}"));
        once.exchange("GET user", USERS, Repeat.SAFE, next);
        assertThat(slept).containsExactly(Duration.ofSeconds(10));
        once.exchange("GET app user", "/api/v1/apps", Repeat.SAFE, new Script(ok("{}")));
        assertThat(slept).hasSize(1);
    }

    @Test
    void aRefusedBearerTokenIsRenewedOnceAndTheRequestSentAgainAsAnExtraAttempt() {
        Script okta = new Script(error(401, "E0000011", INVALID_TOKEN), ok("{}"));

        OktaRequests.Result result = requests(OktaAuthorization.bearer(tokens))
                .exchange("POST user", USERS, Repeat.LOOK_FIRST, okta);

        assertThat(okta.authorizations).containsExactly("Bearer tok-1", "Bearer tok-2");
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(slept).isEmpty();
    }

    @Test
    void aTokenRefusedAgainAfterRenewalFailsWithoutLooping() {
        Script okta = new Script(error(401, "E0000011", INVALID_TOKEN), error(401, "E0000011", INVALID_TOKEN), ok("{}"));

        assertThatThrownBy(() -> requests(OktaAuthorization.bearer(tokens)).exchange("GET user", USERS, Repeat.SAFE, okta))
                .isInstanceOfSatisfying(OktaException.class, e -> {
                    assertThat(e.error().code()).isEqualTo("E0000011");
                    assertThat(e.error().httpStatus()).isEqualTo(401);
                    assertThat(e.error().toErrorDetail().message()).contains("invalid_token");
                    assertThat(e.attempts()).isEqualTo(2);
                });
        assertThat(tokensIssued).isEqualTo(2);
    }

    @Test
    void anApiTokenRefusedIsNotSentAgain() {
        Script okta = new Script(error(401, "E0000011", null), ok("{}"));

        assertThatThrownBy(() -> requests(OktaAuthorization.ssws("revoked")).exchange("GET user", USERS, Repeat.SAFE, okta))
                .isInstanceOfSatisfying(OktaException.class, e -> assertThat(e.attempts()).isEqualTo(1));
        assertThat(okta.authorizations).hasSize(1);
    }

    @Test
    void aMissingScopeFailsForGoodNamingTheScope() {
        Script okta = new Script(error(403, "E0000006", INSUFFICIENT_SCOPE), ok("{}"));

        assertThatThrownBy(() -> requests(OktaAuthorization.bearer(tokens)).exchange("GET user", USERS, Repeat.SAFE, okta))
                .isInstanceOfSatisfying(OktaException.class, e -> {
                    assertThat(e.error().insufficientScope()).isTrue();
                    assertThat(e.error().retryable()).isFalse();
                    assertThat(e.attempts()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("insufficient_scope", "the scope okta.users.read",
                            "grant it to the Okta service app");
                });
        assertThat(okta.authorizations).hasSize(1);
        assertThat(tokensIssued).isEqualTo(1);
    }

    @Test
    void aCreateIsNotSentAgainWhenItsOutcomeIsUnknown() {
        Script serverError = new Script(error(500, "E0000009", null), ok("{}"));
        Script noAnswer = new Script();
        Script tooMany = new Script(OktaRateLimitsTest.answer(429, "600", "0",
                List.of(String.valueOf(NOW.plusSeconds(1).getEpochSecond())), NOW), ok("{}"));
        OktaRequests requests = requests(OktaAuthorization.ssws("secret"));

        assertThatThrownBy(() -> requests.exchange("POST user", USERS, Repeat.LOOK_FIRST, serverError))
                .isInstanceOfSatisfying(OktaException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
        assertThatThrownBy(() -> requests.exchange("POST user", USERS, Repeat.LOOK_FIRST, noAnswer))
                .isInstanceOfSatisfying(OktaException.class, e -> {
                    assertThat(e.outcomeUnknown()).isTrue();
                    assertThat(e.error().code()).isEqualTo("SWB-TRANSPORT");
                });
        // a 429 is refused before anything happens
        assertThat(requests.exchange("POST user", "/api/v1/apps", Repeat.LOOK_FIRST, tooMany).attempts()).isEqualTo(2);
        assertThat(serverError.authorizations).hasSize(1);
    }

    @Test
    void noAnswerIsRetriedForASafeRequest() {
        Script okta = new Script();

        assertThatThrownBy(() -> requests(OktaAuthorization.ssws("secret")).exchange("GET user", USERS, Repeat.SAFE, okta))
                .isInstanceOfSatisfying(OktaException.class, e -> {
                    assertThat(e.error().code()).isEqualTo("SWB-TRANSPORT");
                    assertThat(e.error().summary()).contains("Connection refused");
                    assertThat(e.attempts()).isEqualTo(4);
                    assertThat(e.outcomeUnknown()).isFalse();
                });
    }

    @Test
    void aRefusedServiceAppSendsNothingAndAnUnreachableTokenEndpointIsRetried() {
        AccessTokenCache refusing = new AccessTokenCache(clock, Duration.ofMinutes(1), () -> {
            throw new IllegalStateException("{\"error\":\"invalid_client\",\"error_description\":\"bad key\"}");
        });
        Script okta = new Script(ok("{}"));
        assertThatThrownBy(() -> requests(OktaAuthorization.bearer(refusing)).exchange("GET user", USERS, Repeat.SAFE, okta))
                .isInstanceOfSatisfying(OktaException.class, e -> {
                    assertThat(e.error().code()).isEqualTo(OktaError.TOKEN_REFUSED);
                    assertThat(e.attempts()).isEqualTo(1);
                });
        assertThat(okta.authorizations).isEmpty();

        int[] fetches = {0};
        AccessTokenCache flaky = new AccessTokenCache(clock, Duration.ofMinutes(1), () -> {
            if (++fetches[0] == 1) {
                throw new IllegalStateException("connect timed out");
            }
            return new AccessTokenCache.Issued("tok-after-outage", null);
        });
        assertThat(requests(OktaAuthorization.bearer(flaky)).exchange("POST user", USERS, Repeat.LOOK_FIRST, okta)
                .attempts()).isEqualTo(2);
        assertThat(okta.authorizations).containsExactly("Bearer tok-after-outage");
    }

    @Test
    void anInterruptedWaitEndsTheRequest() {
        OktaRequests interrupted = new OktaRequests(OktaAuthorization.ssws("secret"), limits, clock, duration -> {
            throw new InterruptedException();
        }, () -> 0.5);

        assertThatThrownBy(() -> interrupted.exchange("GET user", USERS, Repeat.SAFE,
                new Script(error(503, "E0000009", null), ok("{}")))).isInstanceOf(OktaRequests.Interrupted.class);
        assertThat(Thread.interrupted()).isTrue();
    }
}
