package dev.switchboard.rcingress.client;

import dev.switchboard.clients.Backoff;
import dev.switchboard.clients.ringcentral.JaxRsAnswers;
import dev.switchboard.clients.ringcentral.RateLimitGroup;
import dev.switchboard.clients.ringcentral.RingCentralCalls;
import dev.switchboard.clients.ringcentral.RingCentralTokens;
import dev.switchboard.rcingress.config.IngressConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * ringcentral-ingress's REST client wired to client-support's {@link RingCentralCalls} (budget per group, retries,
 * Retry-After, 401 → one new token) and {@link RingCentralTokens} (the one token shared by webhook enrichment, import,
 * schema discovery and subscription checks). Every call ringcentral-ingress makes is safe to repeat.
 */
@ApplicationScoped
public class RingCentralClient {

    private final RingCentralCalls calls;
    private final RingCentralTokens tokens;

    RingCentralClient(@RestClient RingCentralApi api, IngressConfig config) {
        IngressConfig.Retry retry = config.retry();
        IngressConfig.RingCentral account = config.ringcentral();
        calls = new RingCentralCalls(retry.maxAttempts(), new Backoff(retry.initialBackoff(), retry.maxBackoff()));
        tokens = new RingCentralTokens(calls, new RingCentralTokens.Credentials(account.clientId(), account.clientSecret(),
                account.jwt()), config.token().refreshAhead(), "ringcentral-ingress",
                (basic, grantType, jwt) -> JaxRsAnswers.read(() -> api.token(basic, grantType, jwt)));
    }

    /**
     * Sends an authenticated request until it succeeds or fails for good.
     *
     * @param operation what is called, for logs and errors (no secrets)
     * @param send      sends one request, given the Authorization header value
     * @param onSuccess reads a 2xx body
     * @throws dev.switchboard.clients.ringcentral.RingCentralException when it failed for good
     */
    <T> T execute(String operation, RateLimitGroup group, Function<String, Response> send, Function<String, T> onSuccess) {
        return calls.execute(operation, group, tokens, RingCentralCalls.Repeat.SAFE, JaxRsAnswers.exchange(send),
                onSuccess).value();
    }
}
