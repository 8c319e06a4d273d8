package dev.switchboard.sandbox.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.sandbox.config.SandboxConfig;
import dev.switchboard.sandbox.domain.okta.EventHook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Calls event hook endpoints the way Okta does. Uses the JDK HTTP client rather than a REST client interface
 * because every hook has its own URI, registered at runtime.
 */
@ApplicationScoped
public class HookCaller {

    /** Result of one call: the status, or null with the error when no response came. */
    public record Attempt(Integer status, String body, String error) {
        boolean retryable() {
            return status == null || status >= 500;
        }
    }

    private final HttpClient http;
    private final Duration timeout;
    private final ObjectMapper mapper;

    @Inject
    public HookCaller(SandboxConfig config, ObjectMapper mapper) {
        this.timeout = config.okta().hookTimeout();
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * The one-time verification GET with {@code x-okta-verification-challenge}; true when the hook echoed the
     * challenge as {@code {"verification": "<challenge>"}} with 200. One retry on failure, like Okta.
     */
    public boolean verify(EventHook hook, String challenge) {
        for (int attempt = 0; attempt < 2; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hook.uri())).timeout(timeout).GET()
                    .header("x-okta-verification-challenge", challenge)
                    .header("Accept", "application/json");
            addHeaders(request, hook);
            Attempt result = send(request.build());
            if (result.status() != null && result.status() == 200 && echoes(result.body(), challenge)) {
                return true;
            }
        }
        return false;
    }

    /** One POST of an envelope to the hook, with the auth header and the configured extra headers. */
    public Attempt deliver(EventHook hook, Map<String, Object> envelope) {
        String body;
        try {
            body = mapper.writeValueAsString(envelope);
        } catch (IOException e) {
            throw new IllegalStateException("envelope not serialisable", e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hook.uri())).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
        addHeaders(request, hook);
        return send(request.build());
    }

    private static void addHeaders(HttpRequest.Builder request, EventHook hook) {
        for (Map.Entry<String, String> header : hook.headers()) {
            request.header(header.getKey(), header.getValue());
        }
        if (hook.authKey() != null && hook.authValue() != null) {
            request.header(hook.authKey(), hook.authValue());
        }
    }

    private Attempt send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Attempt(response.statusCode(), response.body(), null);
        } catch (IOException e) {
            return new Attempt(null, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(null, null, "interrupted");
        }
    }

    private boolean echoes(String body, String challenge) {
        try {
            JsonNode json = mapper.readTree(body == null ? "" : body);
            return json != null && challenge.equals(json.path("verification").asText(null));
        } catch (IOException e) {
            return false;
        }
    }
}
