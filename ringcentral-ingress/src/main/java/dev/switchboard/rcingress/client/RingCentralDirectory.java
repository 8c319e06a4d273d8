package dev.switchboard.rcingress.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.clients.ringcentral.RateLimitGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** RingCentral's account, extension and custom-field reads, authenticated, rate-limited and retried. */
@ApplicationScoped
public class RingCentralDirectory {

    private final RingCentralApi api;
    private final RingCentralCalls calls;
    private final RingCentralTokens tokens;

    RingCentralDirectory(@RestClient RingCentralApi api, RingCentralCalls calls, RingCentralTokens tokens) {
        this.api = api;
        this.calls = calls;
        this.tokens = tokens;
    }

    /**
     * One page of the user extension list.
     *
     * @param records  the extensions on the page
     * @param nextPage whether RingCentral links a next page ({@code navigation.nextPage}); totals may be omitted
     */
    public record Page(List<JsonNode> records, boolean nextPage) {
    }

    /** Page {@code page} (1-based) of {@code GET …/extension?type=User}; a Medium-group call. */
    public Page userExtensions(int page, int perPage) {
        return calls.execute("GET /restapi/v1.0/account/~/extension?type=User", RateLimitGroup.MEDIUM, tokens,
                bearer -> api.listExtensions(bearer, "User", page, perPage), body -> {
                    JsonNode json = RingCentralTokens.readJson(body);
                    List<JsonNode> records = new ArrayList<>();
                    json.path("records").forEach(records::add);
                    return new Page(records, json.path("navigation").hasNonNull("nextPage"));
                });
    }

    /** One extension; empty when RingCentral says it does not exist (CMN-102 / 404). */
    public Optional<JsonNode> extension(String extensionId) {
        try {
            return Optional.of(calls.execute("GET /restapi/v1.0/account/~/extension/{id}", RateLimitGroup.LIGHT, tokens,
                    bearer -> api.readExtension(bearer, extensionId), RingCentralTokens::readJson));
        } catch (RingCentralException e) {
            if (e.error().extensionGone()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The account's custom field definitions ({@code records[{id, category, displayName}]}). */
    public List<JsonNode> customFields() {
        return calls.execute("GET /restapi/v1.0/account/~/custom-fields", RateLimitGroup.LIGHT, tokens,
                api::listCustomFields, body -> {
                    List<JsonNode> fields = new ArrayList<>();
                    RingCentralTokens.readJson(body).path("records").forEach(fields::add);
                    return fields;
                });
    }

    /** The id of the account the service user belongs to. */
    public String accountId() {
        return calls.execute("GET /restapi/v1.0/account/~", RateLimitGroup.LIGHT, tokens, api::readAccount,
                body -> RingCentralTokens.readJson(body).path("id").asText());
    }
}
