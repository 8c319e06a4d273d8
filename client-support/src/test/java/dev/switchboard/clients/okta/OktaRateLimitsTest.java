package dev.switchboard.clients.okta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OktaRateLimitsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final String USERS = "/api/v1/users";
    private static final Duration FALLBACK = Duration.ofMillis(700);
    private static final Duration MAX = Duration.ofSeconds(60);

    private final Hands clock = new Hands(NOW);
    private final OktaRateLimits pacing = new OktaRateLimits(clock, 0.1, MAX);
    private final OktaRateLimits onlyAfter429 = new OktaRateLimits(clock, 0, MAX);

    /** An answer with these rate-limit headers; a null date leaves Date out. */
    static OktaAnswer answer(int status, String limit, String remaining, List<String> reset, Instant date) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("x-rate-limit-limit", List.of(limit));
        headers.put("x-rate-limit-remaining", List.of(remaining));
        headers.put("x-rate-limit-reset", reset);
        if (date != null) {
            headers.put("Date", List.of(DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atOffset(ZoneOffset.UTC))));
        }
        return new OktaAnswer(status, "", headers);
    }

    private static List<String> resetAt(Instant reference, long inSeconds) {
        return List.of(String.valueOf(reference.plusSeconds(inSeconds).getEpochSecond()));
    }

    @Test
    void plentyLeftMeansNoWaitFewLeftMeansWaitingUntilTheResetPlusASecond() {
        pacing.observe(USERS, answer(200, "600", "60", resetAt(NOW, 30), null));
        assertThat(pacing.waitBefore(USERS)).isZero();

        pacing.observe(USERS, answer(200, "600", "59", resetAt(NOW, 30), null));
        assertThat(pacing.waitBefore(USERS)).isEqualTo(Duration.ofSeconds(31));
        assertThat(pacing.waitBefore("/api/v1/apps")).isZero();

        clock.advance(Duration.ofSeconds(30));
        assertThat(pacing.waitBefore(USERS)).isZero();
    }

    @Test
    void withoutASlowDownShareOnlyA429MakesAFamilyWait() {
        onlyAfter429.observe(USERS, answer(200, "600", "1", resetAt(NOW, 30), null));
        assertThat(onlyAfter429.waitBefore(USERS)).isZero();

        Duration wait = onlyAfter429.tooManyRequests(USERS, answer(429, "600", "0", resetAt(NOW, 20), null), FALLBACK);

        assertThat(wait).isEqualTo(Duration.ofSeconds(21));
        assertThat(onlyAfter429.waitBefore(USERS)).isEqualTo(Duration.ofSeconds(21));
        assertThat(onlyAfter429.waitBefore("/api/v1/apps")).isZero();
        clock.advance(wait);
        assertThat(onlyAfter429.waitBefore(USERS)).isZero();
    }

    @Test
    void theResetIsMeasuredAgainstOktasClock() {
        // Okta's clock is 100 s ahead of ours: the reset 20 s away for Okta is 20 s away for us too
        Instant oktaNow = NOW.plusSeconds(100);
        pacing.observe(USERS, answer(200, "600", "5", resetAt(oktaNow, 20), oktaNow));
        assertThat(pacing.waitBefore(USERS)).isEqualTo(Duration.ofSeconds(21));

        assertThat(onlyAfter429.tooManyRequests(USERS, answer(429, "600", "0", resetAt(oktaNow, 10), oktaNow), FALLBACK))
                .isEqualTo(Duration.ofSeconds(11));
    }

    @Test
    void theSmallestOfRepeatedResetHeadersCounts() {
        long reset = NOW.getEpochSecond();
        List<String> resets = List.of((reset + 40) + ", " + (reset + 10), String.valueOf(reset + 30));

        assertThat(onlyAfter429.tooManyRequests(USERS, answer(429, "600", "0", resets, NOW), FALLBACK))
                .isEqualTo(Duration.ofSeconds(11));
    }

    @Test
    void waitsAreAtLeastASecondAndAtMostTheCap() {
        assertThat(onlyAfter429.tooManyRequests(USERS, answer(429, "600", "0", resetAt(NOW, -5), NOW), FALLBACK))
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(onlyAfter429.tooManyRequests("/api/v1/apps", answer(429, "600", "0", resetAt(NOW, 3600), NOW),
                FALLBACK)).isEqualTo(MAX);
        pacing.observe(USERS, answer(200, "600", "5", resetAt(NOW, 3600), null));
        assertThat(pacing.waitBefore(USERS)).isEqualTo(MAX);
    }

    @Test
    void aConcurrency429OrMissingHeadersFallBackToTheBackoffAndLeaveTheWindowAlone() {
        pacing.observe(USERS, answer(200, "600", "5", resetAt(NOW, 30), null));
        OktaAnswer concurrency = answer(429, "0", "0", resetAt(NOW, 50), NOW);
        OktaAnswer bare = new OktaAnswer(429, "", Map.of());
        OktaAnswer unreadable = answer(429, "600", "0", List.of("soon"), NOW);

        pacing.observe(USERS, concurrency);
        pacing.observe(USERS, bare);
        assertThat(pacing.waitBefore(USERS)).isEqualTo(Duration.ofSeconds(31));
        assertThat(onlyAfter429.tooManyRequests(USERS, concurrency, FALLBACK)).isEqualTo(FALLBACK);
        assertThat(onlyAfter429.tooManyRequests(USERS, bare, FALLBACK)).isEqualTo(FALLBACK);
        assertThat(onlyAfter429.tooManyRequests(USERS, unreadable, FALLBACK)).isEqualTo(FALLBACK);
        pacing.observe(USERS, answer(200, "600", "500", resetAt(NOW, 30), null));
        assertThat(pacing.waitBefore(USERS)).isZero();
    }

    @Test
    void ofTwo429sTheLaterEndHolds() {
        onlyAfter429.tooManyRequests(USERS, answer(429, "600", "0", resetAt(NOW, 30), NOW), FALLBACK);
        onlyAfter429.tooManyRequests(USERS, answer(429, "600", "0", resetAt(NOW, 5), NOW), FALLBACK);

        assertThat(onlyAfter429.waitBefore(USERS)).isEqualTo(Duration.ofSeconds(31));
    }
}
