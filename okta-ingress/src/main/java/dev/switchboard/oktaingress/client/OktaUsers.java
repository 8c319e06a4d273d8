package dev.switchboard.oktaingress.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.oktaingress.config.SwitchboardConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Reads an Okta user and its app user in the RingCentral app into a snapshot. */
@ApplicationScoped
public class OktaUsers {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final OktaApi api;
    private final OktaCalls calls;
    private final String appId;

    OktaUsers(@RestClient OktaApi api, OktaCalls calls, SwitchboardConfig config) {
        this.api = api;
        this.calls = calls;
        this.appId = config.okta().appId();
    }

    /**
     * The user as Okta has it now; {@code deleted} when the user is gone (404), without app user when not assigned.
     *
     * @param trigger what made us read (the Okta event type)
     * @throws OktaCallFailedException when Okta could not be read after the retries
     */
    public OktaUserSnapshot snapshot(String userId, String trigger) {
        OktaCalls.Answer user = calls.call("GET user " + userId, auth -> api.getUser(auth, userId));
        if (user.status() == 404) {
            return new OktaUserSnapshot(userId, null, null, Map.of(), null, true, trigger, Instant.now());
        }
        user.require("GET user " + userId);
        OktaCalls.Answer appUser = calls.call("GET app user " + userId,
                auth -> api.getApplicationUser(auth, appId, userId));
        OktaUserSnapshot.AppUser assignment = null;
        if (appUser.status() != 404) {
            appUser.require("GET app user " + userId);
            JsonNode a = appUser.body();
            assignment = new OktaUserSnapshot.AppUser(appId, text(a, "status"), text(a, "scope"),
                    text(a, "externalId"), instant(text(a, "lastUpdated")), map(a.path("profile")));
        }
        JsonNode u = user.body();
        return new OktaUserSnapshot(userId, text(u, "status"), instant(text(u, "lastUpdated")), map(u.path("profile")),
                assignment, false, trigger, Instant.now());
    }

    private static Map<String, Object> map(JsonNode node) {
        return node.isObject() ? Json.MAPPER.convertValue(node, MAP) : Map.of();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
