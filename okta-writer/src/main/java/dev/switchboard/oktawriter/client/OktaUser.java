package dev.switchboard.oktawriter.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An Okta user as read.
 *
 * @param id                    the user id
 * @param status                ACTIVE, SUSPENDED, DEPROVISIONED, …
 * @param transitioningToStatus the target of an asynchronous transition in progress, or null
 * @param profile               the profile object
 * @param etag                  the ETag of this version, for If-Match; null when Okta sent none
 */
public record OktaUser(String id, String status, String transitioningToStatus, JsonNode profile, String etag) {

    static OktaUser of(JsonNode user, String etag) {
        JsonNode transitioning = user.get("transitioningToStatus");
        return new OktaUser(user.path("id").asText(), user.path("status").asText(),
                transitioning == null || transitioning.isNull() ? null : transitioning.asText(), user.path("profile"), etag);
    }
}
