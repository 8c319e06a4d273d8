package dev.switchboard.clients.ringcentral;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One HTTP answer from RingCentral, error statuses included: what {@link RingCentralCalls} needs of it, read out of
 * whatever HTTP client the service uses so that the retry and rate-limit logic stays plain Java.
 *
 * @param status  the HTTP status
 * @param body    the body as text, {@code ""} when there was none
 * @param headers the headers the client acts on ({@link #HEADERS}), by those names; absent ones are left out
 */
public record Answer(int status, String body, Map<String, String> headers) {

    /** The rate-limit headers, Retry-After, and RCRequestId (logged so RingCentral support can trace a call). */
    public static final List<String> HEADERS = List.of("X-Rate-Limit-Group", "X-Rate-Limit-Limit",
            "X-Rate-Limit-Remaining", "X-Rate-Limit-Window", "Retry-After", "RCRequestId");

    public Answer {
        body = body == null ? "" : body;
        headers = Map.copyOf(headers);
    }

    /**
     * The answer with status {@code status} and body {@code body}, taking {@link #HEADERS} from {@code header} (a
     * case-insensitive lookup such as JAX-RS {@code Response::getHeaderString}) right away, before the response is
     * closed.
     */
    public static Answer of(int status, String body, UnaryOperator<String> header) {
        Map<String, String> headers = new HashMap<>();
        for (String name : HEADERS) {
            String value = header.apply(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return new Answer(status, body, headers);
    }

    /** The value of {@code name}, one of {@link #HEADERS}; {@code null} when absent. */
    public String header(String name) {
        return headers.get(name);
    }

    public boolean successful() {
        return status >= 200 && status < 300;
    }

    /** Reads a JSON body; an empty one reads as {@code {}}, so that paths into it find nothing rather than fail. */
    public static JsonNode readJson(String body) {
        try {
            return Json.MAPPER.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
