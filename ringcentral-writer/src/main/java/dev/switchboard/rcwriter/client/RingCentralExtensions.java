package dev.switchboard.rcwriter.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.rcwriter.domain.BulkDeleteItem;
import dev.switchboard.clients.ringcentral.RateLimitGroup;
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

    /** One extension by id; empty when RingCentral says it does not exist (CMN-102 / 404). */
    public Attempted<Optional<JsonNode>> find(String extensionId) {
        try {
            return calls.execute("GET /restapi/v1.0/account/~/extension/{id}", RateLimitGroup.LIGHT, tokens,
                    bearer -> api.readExtension(bearer, extensionId), body -> Optional.of(readJson(body)));
        } catch (RingCentralException e) {
            if (e.error().extensionGone()) {
                return new Attempted<>(Optional.empty(), e.attempts());
            }
            throw e;
        }
    }

    /**
     * Creates an extension; RingCentral answers 200 with the whole new extension. A create is never simply sent
     * again: when its effect is unknown the exception says so and the caller looks the email up first.
     */
    public Attempted<JsonNode> create(ObjectNode body) {
        return calls.execute("POST /restapi/v1.0/account/~/extension", RateLimitGroup.MEDIUM, tokens,
                RingCentralCalls.Repeat.LOOK_FIRST, bearer -> api.createExtension(bearer, body), this::readJson);
    }

    /** Sets what {@code body} names (a partial update); RingCentral answers with the whole extension. */
    public Attempted<JsonNode> update(String extensionId, ObjectNode body) {
        return calls.execute("PUT /restapi/v1.0/account/~/extension/{id}", RateLimitGroup.MEDIUM, tokens,
                bearer -> api.updateExtension(bearer, extensionId, body), this::readJson);
    }

    /**
     * Deletes one user with the v2 bulk delete, keeping its numbers and devices in the account's inventory. Sending
     * it again is harmless (the repeat answers CMN-102 for the item). Returns the per-item answer.
     */
    public Attempted<BulkDeleteItem> remove(String extensionId) {
        ObjectNode body = mapper.createObjectNode().put("keepAssetsInInventory", true);
        body.putArray("records").addObject().put("id", extensionId);
        return calls.execute("DELETE /restapi/v2/accounts/~/extensions", RateLimitGroup.HEAVY, tokens,
                bearer -> api.deleteExtensions(bearer, body), answer -> BulkDeleteItem.of(readJson(answer), extensionId));
    }

    private JsonNode readJson(String body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
