package dev.switchboard.rcwriter.client;

import dev.switchboard.clients.Backoff;
import dev.switchboard.clients.ringcentral.Attempted;
import dev.switchboard.clients.ringcentral.JaxRsAnswers;
import dev.switchboard.clients.ringcentral.RateLimitGroup;
import dev.switchboard.clients.ringcentral.RingCentralCalls;
import dev.switchboard.clients.ringcentral.RingCentralTokens;
import dev.switchboard.rcwriter.config.WriterConfig;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The writer's REST client wired to client-support's {@link RingCentralCalls} (budget per group, retries,
 * Retry-After, 401 → one new token, creates never resent blindly) and {@link RingCentralTokens} (the ONE token the
 * writer's consumers share, its session revoked at shutdown).
 */
@ApplicationScoped
public class RingCentralClient {

    private final RingCentralApi api;
    private final RingCentralCalls calls;
    private final RingCentralTokens tokens;

    @Inject
    RingCentralClient(@RestClient RingCentralApi api, WriterConfig config) {
        this.api = api;
        WriterConfig.Retry retry = config.retry();
        WriterConfig.RingCentral account = config.ringcentral();
        calls = new RingCentralCalls(retry.maxAttempts(), new Backoff(retry.initialBackoff(), retry.maxBackoff()));
        tokens = new RingCentralTokens(calls, new RingCentralTokens.Credentials(account.clientId(), account.clientSecret(),
                account.jwt()), config.token().refreshAhead(), "ringcentral-writer",
                (basic, grantType, jwt) -> JaxRsAnswers.read(() -> api.token(basic, grantType, jwt)));
    }

    /**
     * Sends an authenticated request until it succeeds or fails for good, repeating it only as {@code repeat} allows.
     *
     * @param operation what is called, for logs and errors (no secrets)
     * @param send      sends one request, given the Authorization header value
     * @param onSuccess reads a 2xx body
     * @throws dev.switchboard.clients.ringcentral.RingCentralException when it failed for good, or (LOOK_FIRST) when
     *                                                                  its outcome is unknown
     */
    <T> Attempted<T> execute(String operation, RateLimitGroup group, RingCentralCalls.Repeat repeat,
                             Function<String, Response> send, Function<String, T> onSuccess) {
        return calls.execute(operation, group, tokens, repeat, JaxRsAnswers.exchange(send), onSuccess);
    }

    /** Waits the backoff before retry {@code retry} (1-based) of a caller's own retry loop (a create looked up again). */
    public void backoff(int retry) {
        calls.backoff(retry);
    }

    /** At shutdown: end the session, since RingCentral caps the parallel sessions of the service user. */
    void onStop(@Observes ShutdownEvent event) {
        revoke();
    }

    /**
     * Revokes the shared token's session ({@code POST /restapi/oauth/revoke}) and forgets the token; the next call
     * fetches a new one. One attempt, skipped without Auth budget, errors only logged.
     *
     * @return whether RingCentral confirmed the revoke
     */
    public boolean revoke() {
        return tokens.revoke((basic, token) -> JaxRsAnswers.read(() -> api.revoke(basic, token)));
    }
}
