package dev.switchboard.rcwriter.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.clients.ringcentral.Answer;
import dev.switchboard.clients.ringcentral.Attempted;
import dev.switchboard.clients.ringcentral.RateLimitGroup;
import dev.switchboard.clients.ringcentral.RingCentralCalls.Repeat;
import dev.switchboard.clients.ringcentral.RingCentralException;
import dev.switchboard.contracts.Json;
import dev.switchboard.rcwriter.domain.BulkDeleteItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** RingCentral's extension (user) API, authenticated, rate-limited and retried. */
@ApplicationScoped
public class RingCentralExtensions {

    private final RingCentralApi api;
    private final RingCentralClient client;

    @Inject
    RingCentralExtensions(@RestClient RingCentralApi api, RingCentralClient client) {
        this.api = api;
        this.client = client;
    }

    /**
     * The user extension with this email, if any. Email is unique in an account, so the first page answers it; the
     * comparison ignores case because RingCentral does.
     */
    public Attempted<Optional<JsonNode>> findUserByEmail(String email) {
        return client.execute("GET /restapi/v1.0/account/~/extension?email", RateLimitGroup.MEDIUM, Repeat.SAFE,
                bearer -> api.listExtensions(bearer, email, "User"), body -> {
                    for (JsonNode record : Answer.readJson(body).path("records")) {
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
            return client.execute("GET /restapi/v1.0/account/~/extension/{id}", RateLimitGroup.LIGHT, Repeat.SAFE,
                    bearer -> api.readExtension(bearer, extensionId), body -> Optional.of(Answer.readJson(body)));
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
        return client.execute("POST /restapi/v1.0/account/~/extension", RateLimitGroup.MEDIUM, Repeat.LOOK_FIRST,
                bearer -> api.createExtension(bearer, body), Answer::readJson);
    }

    /** Sets what {@code body} names (a partial update); RingCentral answers with the whole extension. */
    public Attempted<JsonNode> update(String extensionId, ObjectNode body) {
        return client.execute("PUT /restapi/v1.0/account/~/extension/{id}", RateLimitGroup.MEDIUM, Repeat.SAFE,
                bearer -> api.updateExtension(bearer, extensionId, body), Answer::readJson);
    }

    /**
     * Deletes one user with the v2 bulk delete, keeping its numbers and devices in the account's inventory. Sending
     * it again is harmless (the repeat answers CMN-102 for the item). Returns the per-item answer.
     */
    public Attempted<BulkDeleteItem> remove(String extensionId) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("keepAssetsInInventory", true);
        body.putArray("records").addObject().put("id", extensionId);
        return client.execute("DELETE /restapi/v2/accounts/~/extensions", RateLimitGroup.HEAVY, Repeat.SAFE,
                bearer -> api.deleteExtensions(bearer, body), answer -> BulkDeleteItem.of(Answer.readJson(answer), extensionId));
    }
}
