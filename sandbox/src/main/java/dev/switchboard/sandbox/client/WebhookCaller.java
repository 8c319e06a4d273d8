package dev.switchboard.sandbox.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.sandbox.config.SandboxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Calls RingCentral webhook addresses the way RingCentral does: the Validation-Token handshake while a
 * subscription is created, and notification POSTs. JDK HTTP client, because every address is registered at
 * runtime; one timeout for both (RingCentral's 3 s).
 */
@ApplicationScoped
public class WebhookCaller {

    /** Result of one POST: the status, or null with the error when no response came. */
    public record Attempt(Integer status, String error) {
        public boolean ok() {
            // RingCentral documents 200; anything else counts against the subscription.
            return status != null && status == 200;
        }

        /** The reason RingCentral puts into blacklistedData (its wording for both kinds of failure). */
        public String failureReason() {
            return status != null
                    ? "Webhook responses with code: [" + status + "], reason: [" + reasonPhrase(status) + "]"
                    : "I/O operation is failed. Details: [" + error + "]";
        }
    }

    private final HttpClient http;
    private final Duration timeout;
    private final ObjectMapper mapper;

    @Inject
    public WebhookCaller(SandboxConfig config, ObjectMapper mapper) {
        this.timeout = config.ringcentral().webhookTimeout();
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * The handshake: POST with header {@code Validation-Token} and an empty body; true only for 200 with the same
     * header echoed, within the timeout.
     */
    public boolean validate(String address) {
        String token = UUID.randomUUID().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(address)).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("Validation-Token", token)
                .header("Content-Type", "application/json")
                .header("User-Agent", "RingCentral-Webhook/8.3")
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200
                    && token.equals(response.headers().firstValue("Validation-Token").orElse(null));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One notification POST with the subscription's verification token (when it has one). */
    public Attempt notify(String address, String verificationToken, Map<String, Object> envelope) {
        String body;
        try {
            body = mapper.writeValueAsString(envelope);
        } catch (IOException e) {
            throw new IllegalStateException("notification not serialisable", e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address)).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Accept", "application/json")
                .header("User-Agent", "RingCentral-Webhook/8.3");
        if (verificationToken != null) {
            request.header("Verification-Token", verificationToken);
        }
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return new Attempt(response.statusCode(), null);
        } catch (HttpTimeoutException e) {
            return new Attempt(null, "Read timed out");
        } catch (IOException e) {
            return new Attempt(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(null, "interrupted");
        }
    }

    private static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "HTTP " + status;
        };
    }
}
