package dev.switchboard.rcwriter.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.rcwriter.domain.RateLimitGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** RingCentral's extension (user) API, authenticated, rate-limited and retried. */
@ApplicationScoped
public class RingCentralExtensions {

    private final RingCentralApi api;
    private final RingCentralCalls calls;
    private final RingCentralTokens tokens;
    private final ObjectMapper mapper = new ObjectMapper();

    @Inject
    RingCentralExtensions(@RestClient RingCentralApi api, RingCentralCalls calls, RingCentralTokens tokens) {
        this.api = api;
        this.calls = calls;
        this.tokens = tokens;
    }

    /**
     * The user extension with this email, if any. Email is unique in an account, so the first page answers it; the
     * comparison ignores case because RingCentral does.
     */
    public Attempted<Optional<JsonNode>> findUserByEmail(String email) {
        return calls.execute("GET /restapi/v1.0/account/~/extension?email", RateLimitGroup.MEDIUM, tokens,
                bearer -> api.listExtensions(bearer, email, "User"), body -> {
                    for (JsonNode record : readJson(body).path("records")) {
                        if (email.equalsIgnoreCase(record.path("contact").path("email").asText())) {
                            return Optional.of(record);
                        }
                    }
                    return Optional.empty();
                });
    }

    /** One extension by id. */
    public Attempted<JsonNode> read(String extensionId) {
        return calls.execute("GET /restapi/v1.0/account/~/extension/{id}", RateLimitGroup.LIGHT, tokens,
                bearer -> api.readExtension(bearer, extensionId), this::readJson);
    }

    /** Creates an extension; RingCentral answers 200 with the whole new extension. */
    public Attempted<JsonNode> create(ObjectNode body) {
        return calls.execute("POST /restapi/v1.0/account/~/extension", RateLimitGroup.MEDIUM, tokens,
                bearer -> api.createExtension(bearer, body), this::readJson);
    }

    private JsonNode readJson(String body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
