package dev.switchboard.clients.ringcentral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.clients.Backoff;
import dev.switchboard.clients.ringcentral.RingCentralCalls.Repeat;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RingCentralCallsTest {

    private static final String CMN_101 = """
            {"errors":[{"errorCode":"CMN-101","message":"Parameter [contact.email] value is invalid"}]}""";
    private static final String CMN_301 = """
            {"errors":[{"errorCode":"CMN-301","message":"Request rate exceeded"}]}""";

    private final ScriptedRingCentral rc = new ScriptedRingCentral();
    private final Tokens tokens = new Tokens();

    @Test
    void sendsTheBearerTokenAndReadsTheBody() {
        rc.answer(200, "{\"id\":\"42\"}");

        Attempted<String> read = execute(rc.calls(5), Repeat.SAFE);

        assertThat(read).isEqualTo(new Attempted<>("{\"id\":\"42\"}", 1));
        assertThat(rc.authorizations).containsExactly("Bearer token-1");
        assertThat(rc.waits).isEmpty();
    }

    @Test
    void withoutATokenSourceSendsNoAuthorization() {
        rc.answer(200, "{}");

        rc.calls(5).execute("POST /restapi/oauth/token", RateLimitGroup.AUTH, null, Repeat.SAFE, rc, Function.identity());

        assertThat(rc.authorizations).containsExactly((String) null);
    }

    @Test
    void retriesA5xxAfterABackoffWithFullJitter() {
        rc.answer(503, "").answer(503, "").answer(200, "ok");

        Attempted<String> read = execute(rc.calls(5), Repeat.SAFE);

        assertThat(read).isEqualTo(new Attempted<>("ok", 3));
        // ceilings 2 s and 4 s, times the jitter of 0.5
        assertThat(rc.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aRetryAfterInSecondsReplacesTheBackoff() {
        assertThat(waitsAfterA503With("7")).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aRetryAfterAsAnHttpDateIsWaitedUntil() {
        // the test clock stands on a whole second, so the date (whole seconds) loses nothing
        String inTwelveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(rc.clock.instant().plusSeconds(12).atOffset(ZoneOffset.UTC));

        assertThat(waitsAfterA503With(inTwelveSeconds)).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void anUnreadableRetryAfterFallsBackToTheBackoff() {
        assertThat(waitsAfterA503With("soon")).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void a429BlocksTheWholeGroupForItsRetryAfter() {
        RingCentralCalls calls = rc.calls(5);
        rc.answer(429, CMN_301, Map.of("Retry-After", "45")).answer(200, "ok");

        assertThat(execute(calls, Repeat.SAFE)).isEqualTo(new Attempted<>("ok", 2));
        assertThat(rc.waits).containsExactly(Duration.ofSeconds(45));
    }

    @Test
    void a429OnTheLastAttemptStillBlocksTheGroupForOtherCallers() {
        RingCentralCalls calls = rc.calls(1);
        rc.answer(429, CMN_301, Map.of("Retry-After", "45"));

        RingCentralException e = catchThrowableOfType(() -> execute(calls, Repeat.SAFE), RingCentralException.class);

        assertThat(e.retryable()).isTrue();
        assertThat(calls.tryAcquireNow(RateLimitGroup.MEDIUM)).isFalse();
        assertThat(calls.tryAcquireNow(RateLimitGroup.LIGHT)).isTrue();
        rc.clock.advance(45_000);
        assertThat(calls.tryAcquireNow(RateLimitGroup.MEDIUM)).isTrue();
    }

    @Test
    void a429WithoutRetryAfterWaitsThirtySeconds() {
        rc.answer(429, CMN_301).answer(200, "ok");

        execute(rc.calls(5), Repeat.SAFE);

        assertThat(rc.waits).containsExactly(RingCentralCalls.WAIT_AFTER_BARE_429);
    }

    @Test
    void aPermanentErrorIsNotRetried() {
        rc.answer(400, CMN_101);

        RingCentralException e = catchThrowableOfType(() -> execute(rc.calls(5), Repeat.SAFE), RingCentralException.class);

        assertThat(e.error().code()).isEqualTo("CMN-101");
        assertThat(e.error().httpStatus()).isEqualTo(400);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.retryable()).isFalse();
        assertThat(e.outcomeUnknown()).isFalse();
        assertThat(e).hasMessage("GET /restapi/v1.0/account/~/extension/{id} failed after 1 attempt(s): CMN-101 "
                + "Parameter [contact.email] value is invalid");
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastErrorAndNoWaitAfterTheLast() {
        rc.answer(503, "").answer(502, "").answer(500, "{\"errors\":[{\"errorCode\":\"CMN-201\",\"message\":\"later\"}]}");

        RingCentralException e = catchThrowableOfType(() -> execute(rc.calls(3), Repeat.SAFE), RingCentralException.class);

        assertThat(e.attempts()).isEqualTo(3);
        assertThat(e.error().code()).isEqualTo("CMN-201");
        assertThat(e.retryable()).isTrue();
        assertThat(e.outcomeUnknown()).isFalse();
        assertThat(rc.waits).hasSize(2);
    }

    @Test
    void atLeastOneAttemptIsMade() {
        rc.answer(503, "");

        RingCentralException e = catchThrowableOfType(() -> execute(rc.calls(0), Repeat.SAFE), RingCentralException.class);

        assertThat(e.attempts()).isEqualTo(1);
    }

    @Test
    void a401RenewsTheTokenOnceThenIsFinal() {
        rc.answer(401, "").answer(200, "ok");
        assertThat(execute(rc.calls(5), Repeat.SAFE)).isEqualTo(new Attempted<>("ok", 2));
        assertThat(rc.authorizations).containsExactly("Bearer token-1", "Bearer token-2");
        assertThat(tokens.invalidated).containsExactly("token-1");

        rc.answer(401, "").answer(401, "");
        RingCentralException e = catchThrowableOfType(() -> execute(rc.calls(5), Repeat.SAFE), RingCentralException.class);
        assertThat(e.error().httpStatus()).isEqualTo(401);
        assertThat(e.attempts()).isEqualTo(2);
    }

    @Test
    void noAnswerIsRetriedLikeA5xx() {
        rc.noAnswer().answer(200, "ok");

        assertThat(execute(rc.calls(5), Repeat.SAFE)).isEqualTo(new Attempted<>("ok", 2));
        assertThat(rc.waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void noAnswerEveryTimeEndsAsATransportError() {
        rc.noAnswer().noAnswer();

        RingCentralException e = catchThrowableOfType(() -> execute(rc.calls(2), Repeat.SAFE), RingCentralException.class);

        assertThat(e.error().code()).isEqualTo("SWB-TRANSPORT");
        assertThat(e.error().message()).isEqualTo("connect timed out");
        assertThat(e.error().httpStatus()).isNull();
    }

    @Test
    void otherExceptionsOfTheSendPropagate() {
        RingCentralCalls calls = rc.calls(5);

        assertThatThrownBy(() -> calls.execute("GET x", RateLimitGroup.LIGHT, tokens, Repeat.SAFE, bearer -> {
            throw new IllegalArgumentException("a bug");
        }, Function.identity())).isInstanceOf(IllegalArgumentException.class).hasMessage("a bug");
    }

    @Test
    void aCreateWithoutAnswerIsNotResentButEndsWithItsOutcomeUnknown() {
        rc.noAnswer();

        RingCentralException e = catchThrowableOfType(() -> execute(rc.calls(5), Repeat.LOOK_FIRST), RingCentralException.class);

        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(rc.calls()).isEqualTo(1);
    }

    @Test
    void aCreateAnswered5xxIsNotResentButEndsWithItsOutcomeUnknown() {
        rc.answer(503, "");

        RingCentralException e = catchThrowableOfType(() -> execute(rc.calls(5), Repeat.LOOK_FIRST), RingCentralException.class);

        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(e.error().httpStatus()).isEqualTo(503);
        assertThat(rc.calls()).isEqualTo(1);
    }

    @Test
    void aCreateRefusedWith429Or401IsResent() {
        rc.answer(429, CMN_301, Map.of("Retry-After", "2")).answer(401, "").answer(200, "created");

        assertThat(execute(rc.calls(5), Repeat.LOOK_FIRST)).isEqualTo(new Attempted<>("created", 3));
    }

    @Test
    void aCreateRefusedPermanentlyIsNotOfUnknownOutcome() {
        rc.answer(400, CMN_101);

        RingCentralException e = catchThrowableOfType(() -> execute(rc.calls(5), Repeat.LOOK_FIRST), RingCentralException.class);

        assertThat(e.outcomeUnknown()).isFalse();
    }

    @Test
    void remainingZeroMakesTheNextCallOfTheGroupWaitAWindow() {
        RingCentralCalls calls = rc.calls(5);
        rc.answer(200, "first", Map.of("X-Rate-Limit-Limit", "40", "X-Rate-Limit-Remaining", "0",
                "X-Rate-Limit-Window", "60")).answer(200, "second");

        execute(calls, Repeat.SAFE);
        assertThat(calls.tryAcquireNow(RateLimitGroup.LIGHT)).isTrue(); // other groups are not affected
        execute(calls, Repeat.SAFE);

        assertThat(rc.waits).containsExactly(Duration.ofSeconds(60));
    }

    @Test
    void theGroupTheServerReportsIsTheOneCharged() {
        RingCentralCalls calls = rc.calls(5);
        rc.answer(200, "ok", Map.of("X-Rate-Limit-Group", "heavy", "X-Rate-Limit-Remaining", "0"));

        execute(calls, Repeat.SAFE);

        assertThat(calls.tryAcquireNow(RateLimitGroup.HEAVY)).isFalse();
        assertThat(calls.tryAcquireNow(RateLimitGroup.MEDIUM)).isTrue();
    }

    @Test
    void observeTakesInAnswersObtainedOutsideExecute() {
        RingCentralCalls calls = rc.calls(5);

        calls.observe(RateLimitGroup.AUTH, new Answer(200, "", Map.of("X-Rate-Limit-Remaining", "0")));

        assertThat(calls.tryAcquireNow(RateLimitGroup.AUTH)).isFalse();
    }

    @Test
    void backoffOfTheCallersOwnLoopWaitsTheJitteredCeiling() {
        RingCentralCalls calls = rc.calls(5);

        calls.backoff(1);
        calls.backoff(3);

        assertThat(rc.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(4));
    }

    @Test
    void anInterruptedWaitStopsTheCallAndKeepsTheInterrupt() {
        RingCentralCalls calls = new RingCentralCalls(5, new Backoff(Duration.ofSeconds(2),
                Duration.ofSeconds(60)), rc.clock, wait -> {
                    throw new InterruptedException();
                }, () -> 0.5);
        rc.answer(503, "");
        try {
            assertThatThrownBy(() -> execute(calls, Repeat.SAFE)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    private List<Duration> waitsAfterA503With(String retryAfter) {
        rc.answer(503, "", Map.of("Retry-After", retryAfter)).answer(200, "ok");
        execute(rc.calls(5), Repeat.SAFE);
        return rc.waits;
    }

    private Attempted<String> execute(RingCentralCalls calls, Repeat repeat) {
        return calls.execute("GET /restapi/v1.0/account/~/extension/{id}", RateLimitGroup.MEDIUM, tokens, repeat, rc,
                Function.identity());
    }

    /** Hands out token-1, token-2, … : a new one after each invalidation. */
    private static final class Tokens implements RingCentralCalls.TokenSource {
        final List<String> invalidated = new ArrayList<>();
        private int issued = 1;

        @Override
        public String accessToken() {
            return "token-" + issued;
        }

        @Override
        public void invalidate(String accessToken) {
            invalidated.add(accessToken);
            issued++;
        }
    }
}
