package dev.switchboard.oktaingress.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.contracts.Json;
import dev.switchboard.oktaingress.config.SwitchboardConfig;
import dev.switchboard.oktaingress.domain.Triage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Makes sure Okta delivers our event types to our endpoint: an ACTIVE, VERIFIED event hook whose channel URI is
 * the public URL, sending the shared secret in the configured header.
 */
@ApplicationScoped
public class OktaEventHooks {

    private static final Logger LOG = Logger.getLogger(OktaEventHooks.class);
    private static final String FAMILY = "/api/v1/eventHooks";

    private final OktaApi api;
    private final OktaCalls calls;
    private final SwitchboardConfig config;

    OktaEventHooks(@RestClient OktaApi api, OktaCalls calls, SwitchboardConfig config) {
        this.api = api;
        this.calls = calls;
        this.config = config;
    }

    /**
     * Finds the hook for {@code uri} (or creates it), verifies it when unverified and activates it when inactive.
     *
     * @return the hook's id
     */
    public String ensure(String uri) {
        JsonNode hook = find(uri).map(found -> subscribed(found, uri)).orElseGet(() -> create(uri));
        String id = hook.path("id").asText();
        if (!"VERIFIED".equals(hook.path("verificationStatus").asText())) {
            // Okta calls our GET /hooks/okta back now; it answers 400 when that failed
            OktaCalls.Answer verified = calls.call(FAMILY, "verify event hook " + id,
                    auth -> api.verifyEventHook(auth, id, ""));
            verified.require("verify event hook " + id);
            LOG.infof("event hook %s verified", id);
        }
        if ("INACTIVE".equals(hook.path("status").asText())) {
            OktaCalls.Answer activated = calls.call(FAMILY, "activate event hook " + id,
                    auth -> api.activateEventHook(auth, id, ""));
            activated.require("activate event hook " + id);
            LOG.infof("event hook %s activated", id);
        }
        return id;
    }

    private Optional<JsonNode> find(String uri) {
        OktaCalls.Answer hooks = calls.call(FAMILY, "list event hooks", api::listEventHooks);
        hooks.require("list event hooks");
        for (JsonNode hook : hooks.body()) {
            if (uri.equals(hook.path("channel").path("config").path("uri").asText())) {
                return Optional.of(hook);
            }
        }
        return Optional.empty();
    }

    /**
     * The hook as it is when it subscribes to exactly our event types; otherwise replaced (PUT) with our types and
     * channel. Okta returns no secret, so the replacement carries ours, and Okta may want it verified again.
     */
    private JsonNode subscribed(JsonNode hook, String uri) {
        String id = hook.path("id").asText();
        TreeSet<String> subscribed = new TreeSet<>();
        hook.path("events").path("items").forEach(item -> subscribed.add(item.asText()));
        if (subscribed.equals(new TreeSet<>(Triage.HANDLED_TYPES))) {
            return hook;
        }
        ObjectNode replacement = definition(uri, hook.path("name").asText(config.hook().registration().name()));
        OktaCalls.Answer replaced = calls.call(FAMILY, "replace event hook " + id,
                auth -> api.replaceEventHook(auth, id, replacement));
        replaced.require("replace event hook " + id);
        LOG.infof("event hook %s now subscribes to %s (was %s)", id, new TreeSet<>(Triage.HANDLED_TYPES), subscribed);
        return replaced.body();
    }

    private JsonNode create(String uri) {
        ObjectNode hook = definition(uri, config.hook().registration().name());
        OktaCalls.Answer created = calls.call(FAMILY, "create event hook", auth -> api.createEventHook(auth, hook));
        created.require("create event hook");
        LOG.infof("event hook %s created for %s", created.body().path("id").asText(), uri);
        return created.body();
    }

    /** Our hook: exactly the handled event types, delivered to {@code uri} with the shared secret in our header. */
    private ObjectNode definition(String uri, String name) {
        ObjectNode hook = Json.MAPPER.createObjectNode();
        hook.put("name", name);
        ObjectNode events = hook.putObject("events");
        events.put("type", "EVENT_TYPE");
        ArrayNode items = events.putArray("items");
        new TreeSet<>(Triage.HANDLED_TYPES).forEach(items::add);
        ObjectNode channel = hook.putObject("channel");
        channel.put("type", "HTTP");
        channel.put("version", "1.0.0");
        ObjectNode channelConfig = channel.putObject("config");
        channelConfig.put("uri", uri);
        ObjectNode authScheme = channelConfig.putObject("authScheme");
        authScheme.put("type", "HEADER");
        authScheme.put("key", config.hook().authHeader());
        authScheme.put("value", config.hook().secret());
        return hook;
    }
}
