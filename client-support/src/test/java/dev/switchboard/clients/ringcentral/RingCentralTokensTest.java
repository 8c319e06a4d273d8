package dev.switchboard.clients.ringcentral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.clients.ringcentral.RingCentralTokens.Credentials;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RingCentralTokensTest {

    private static final Credentials CREDENTIALS = new Credentials("client-id", "client-secret", "the-jwt");
    private static final String INVALID_GRANT = """
            {"error":"invalid_grant","error_description":"Invalid JWT"}""";

    private final ScriptedRingCentral rc = new ScriptedRingCentral();
    private final List<String> tokenRequests = new ArrayList<>();
    private final RingCentralCalls calls = rc.calls(3);
    private final RingCentralTokens tokens = new RingCentralTokens(calls, CREDENTIALS, 0.8, "test-service",
            (basic, grantType, assertion) -> {
                tokenRequests.add(basic + " " + grantType + " " + assertion);
                return rc.send(null);
            }, rc.clock);

    @Test
    void fetchesWithTheJwtBearerGrantAndClientBasicAuthOnce() {
        rc.answer(200, token("t1", 3600));

        assertThat(tokens.accessToken()).isEqualTo("t1");
        assertThat(tokens.accessToken()).isEqualTo("t1");

        String basic = "Basic " + Base64.getEncoder().encodeToString("client-id:client-secret".getBytes(StandardCharsets.UTF_8));
        assertThat(tokenRequests).containsExactly(basic + " urn:ietf:params:oauth:grant-type:jwt-bearer the-jwt");
    }

    @Test
    void refreshesAfterTheGivenShareOfItsLifetime() {
        rc.answer(200, token("t1", 3600)).answer(200, token("t2", 3600));
        tokens.accessToken();

        rc.clock.advance(2_879_999); // just before 80 % of an hour
        assertThat(tokens.accessToken()).isEqualTo("t1");
        rc.clock.advance(1);
        assertThat(tokens.accessToken()).isEqualTo("t2");
        assertThat(tokenRequests).hasSize(2);
    }

    @Test
    void aFailedEarlyRefreshKeepsTheValidTokenAndAnExpiredOneFails() {
        rc.answer(200, token("t1", 100)).answer(400, INVALID_GRANT).answer(400, INVALID_GRANT);
        tokens.accessToken();

        rc.clock.advance(90_000);
        assertThat(tokens.accessToken()).isEqualTo("t1");

        rc.clock.advance(10_000);
        RingCentralException e = catchThrowableOfType(tokens::accessToken, RingCentralException.class);
        assertThat(e.error().code()).isEqualTo("invalid_grant");
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void invalidateForgetsOnlyTheTokenNamed() {
        rc.answer(200, token("t1", 3600)).answer(200, token("t2", 3600));
        tokens.accessToken();

        tokens.invalidate("someone-elses");
        assertThat(tokens.accessToken()).isEqualTo("t1");
        tokens.invalidate("t1");
        assertThat(tokens.accessToken()).isEqualTo("t2");
    }

    @Test
    void aTokenAnswerWithoutTokenOrLifetimeIsRefused() {
        rc.answer(200, "{\"access_token\":\"t1\"}");

        RingCentralException e = catchThrowableOfType(tokens::accessToken, RingCentralException.class);

        assertThat(e.error().code()).isEqualTo("SWB-BAD-TOKEN");
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void theTokenCallIsRetriedLikeAnyOther() {
        rc.answer(503, "").answer(200, token("t1", 3600));

        assertThat(tokens.accessToken()).isEqualTo("t1");
        assertThat(tokenRequests).hasSize(2);
    }

    @Test
    void whileOneCallerRefreshesAheadOfExpiryTheOthersKeepTheValidToken() throws Exception {
        CountDownLatch refreshing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger fetches = new AtomicInteger();
        RingCentralTokens slow = new RingCentralTokens(calls, CREDENTIALS, 0.8, "test-service", (basic, grant, jwt) -> {
            if (fetches.incrementAndGet() == 1) {
                return new Answer(200, token("t1", 100), Map.of());
            }
            refreshing.countDown();
            await(release);
            return new Answer(200, token("t2", 100), Map.of());
        }, rc.clock);
        assertThat(slow.accessToken()).isEqualTo("t1");
        rc.clock.advance(90_000); // due for refresh, still valid

        CompletableFuture<String> refresher = CompletableFuture.supplyAsync(slow::accessToken);
        assertThat(refreshing.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(slow.accessToken()).isEqualTo("t1");
        release.countDown();
        assertThat(refresher.get(10, TimeUnit.SECONDS)).isEqualTo("t2");
        assertThat(slow.accessToken()).isEqualTo("t2");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void revokeSendsTheTokenWithClientAuthAndForgetsIt() {
        rc.answer(200, token("t1", 3600)).answer(200, "").answer(200, token("t2", 3600));
        tokens.accessToken();
        List<String> revoked = new ArrayList<>();

        assertThat(tokens.revoke((basic, token) -> {
            revoked.add(basic + " " + token);
            return rc.send(null);
        })).isTrue();

        assertThat(revoked).containsExactly(CREDENTIALS.basicAuth() + " t1");
        assertThat(tokens.revoke((basic, token) -> rc.send(null))).isFalse(); // nothing left to revoke
        assertThat(tokens.accessToken()).isEqualTo("t2");
    }

    @Test
    void revokeReportsARefusalOrAFailureAndStillForgetsTheToken() {
        rc.answer(200, token("t1", 3600)).answer(400, INVALID_GRANT).answer(200, token("t2", 3600))
                .answer(200, token("t3", 3600));
        tokens.accessToken();
        assertThat(tokens.revoke((basic, token) -> rc.send(null))).isFalse();
        assertThat(tokens.accessToken()).isEqualTo("t2");

        assertThat(tokens.revoke((basic, token) -> {
            throw new RingCentralCalls.NoAnswer(new SocketException("connection reset"));
        })).isFalse();
        assertThat(tokens.accessToken()).isEqualTo("t3");
    }

    @Test
    void revokeNeitherWaitsForAuthBudgetNorSendsAnExpiredToken() {
        rc.answer(200, token("t1", 3600)).answer(200, token("t2", 60));
        tokens.accessToken();
        calls.observe(RateLimitGroup.AUTH, new Answer(200, "", Map.of("X-Rate-Limit-Remaining", "0")));
        List<String> revoked = new ArrayList<>();

        assertThat(tokens.revoke((basic, token) -> {
            revoked.add(token);
            return rc.send(null);
        })).isFalse();

        rc.clock.advance(60_000); // the Remaining 0 block ends
        tokens.accessToken();
        rc.clock.advance(60_000); // t2 expired
        assertThat(tokens.revoke((basic, token) -> {
            revoked.add(token);
            return rc.send(null);
        })).isFalse();
        assertThat(revoked).isEmpty();
    }

    @Test
    void credentialsNeverShowTheirSecrets() {
        assertThat(CREDENTIALS.toString()).contains("client-id").doesNotContain("client-secret").doesNotContain("the-jwt");
    }

    private static String token(String value, long expiresIn) {
        return "{\"access_token\":\"" + value + "\",\"token_type\":\"bearer\",\"expires_in\":" + expiresIn + "}";
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
