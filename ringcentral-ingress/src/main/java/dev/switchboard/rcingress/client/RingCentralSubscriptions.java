package dev.switchboard.rcingress.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.contracts.Json;
import dev.switchboard.clients.ringcentral.Answer;
import dev.switchboard.clients.ringcentral.RateLimitGroup;
import dev.switchboard.clients.ringcentral.RingCentralException;
import dev.switchboard.rcingress.domain.SubscriptionView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** RingCentral's subscription API (WebHook transport), authenticated, rate-limited and retried. */
@ApplicationScoped
public class RingCentralSubscriptions {

    private final RingCentralApi api;
    private final RingCentralClient client;

    RingCentralSubscriptions(@RestClient RingCentralApi api, RingCentralClient client) {
        this.api = api;
        this.client = client;
    }

    /** The subscriptions of our service user and app. */
    public List<SubscriptionView> list() {
        return client.execute("GET /restapi/v1.0/subscription", RateLimitGroup.LIGHT,
                api::listSubscriptions, body -> SubscriptionView.listOf(Answer.readJson(body)));
    }

    /**
     * Creates a WebHook subscription. {@code expiresIn} sits at the top level: inside deliveryMode RingCentral
     * ignores it and applies its short default TTL. RingCentral calls {@code address} with the Validation-Token
     * handshake before it answers.
     */
    public SubscriptionView create(List<String> eventFilters, String address, String verificationToken, int expiresIn) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        eventFilters.forEach(body.putArray("eventFilters")::add);
        body.putObject("deliveryMode").put("transportType", "WebHook").put("address", address)
                .put("verificationToken", verificationToken);
        body.put("expiresIn", expiresIn);
        return client.execute("POST /restapi/v1.0/subscription", RateLimitGroup.MEDIUM,
                bearer -> api.createSubscription(bearer, body), this::view);
    }

    /** One subscription; empty when RingCentral no longer has it (404, SUB-507, CMN-102). */
    public Optional<SubscriptionView> read(String id) {
        try {
            return Optional.of(client.execute("GET /restapi/v1.0/subscription/{id}", RateLimitGroup.LIGHT,
                    bearer -> api.readSubscription(bearer, id), this::view));
        } catch (RingCentralException e) {
            if (gone(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Renews it for its original lifetime; empty when it is gone. */
    public Optional<SubscriptionView> renew(String id) {
        try {
            return Optional.of(client.execute("POST /restapi/v1.0/subscription/{id}/renew", RateLimitGroup.LIGHT,
                    bearer -> api.renewSubscription(bearer, id), this::view));
        } catch (RingCentralException e) {
            if (gone(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Deletes it; one that is gone already counts as deleted. */
    public void delete(String id) {
        try {
            client.execute("DELETE /restapi/v1.0/subscription/{id}", RateLimitGroup.MEDIUM,
                    bearer -> api.deleteSubscription(bearer, id), body -> null);
        } catch (RingCentralException e) {
            if (!gone(e)) {
                throw e;
            }
        }
    }

    /** 404 with SUB-507 (expired and purged) or CMN-102: the same "resource in the path is gone" rule as extensions. */
    private static boolean gone(RingCentralException e) {
        return e.error().extensionGone();
    }

    private SubscriptionView view(String body) {
        JsonNode json = Answer.readJson(body);
        return SubscriptionView.of(json);
    }
}
