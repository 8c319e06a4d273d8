package dev.switchboard.sandbox.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.client.NotificationDispatcher;
import dev.switchboard.sandbox.domain.okta.LogEventFactory;
import dev.switchboard.sandbox.domain.okta.OktaDirectory;
import dev.switchboard.sandbox.domain.ringcentral.CustomFields;
import dev.switchboard.sandbox.domain.ringcentral.NotificationLog;
import dev.switchboard.sandbox.domain.ringcentral.NotificationShape;
import dev.switchboard.sandbox.domain.ringcentral.RingCentralAccount;
import dev.switchboard.sandbox.domain.ringcentral.RingCentralApiException;
import dev.switchboard.sandbox.domain.ringcentral.Subscriptions;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Control API for import and mastery tests: RingCentral subscriptions and notifications, custom fields, admin
 * edits of extensions (they notify like any change), bulk seeding; Okta profile sources. Unprotected, like the
 * rest of the control API: test data only.
 */
@Path("/sandbox")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RingCentralControlResource {

    @Inject
    Subscriptions subscriptions;
    @Inject
    NotificationDispatcher dispatcher;
    @Inject
    NotificationLog notifications;
    @Inject
    CustomFields customFields;
    @Inject
    RingCentralAccount account;
    @Inject
    OktaDirectory directory;
    @Inject
    Clock clock;
    @Context
    UriInfo uriInfo;

    /** Every subscription (Active and Blacklisted) with its count of failed deliveries in a row. */
    @GET
    @Path("/ringcentral/subscriptions")
    public List<Map<String, Object>> subscriptions() {
        return subscriptions.list().stream().map(s -> {
            Map<String, Object> m = RingCentralSubscriptionsResource.view(s, OktaViews.base(uriInfo), clock);
            m.put("consecutiveFailures", s.consecutiveFailures());
            return m;
        }).toList();
    }

    /** Body (optional): {@code {reason}}. Blacklists at once, as RingCentral would after failed deliveries. */
    public record BlacklistBody(String reason) {
    }

    @POST
    @Path("/ringcentral/subscriptions/{id}/blacklist")
    public Map<String, Object> blacklist(@PathParam("id") String id, BlacklistBody body) {
        String reason = body == null || body.reason() == null
                ? "Webhook responses with code: [500], reason: [Internal Server Error]" : body.reason();
        return RingCentralSubscriptionsResource.view(subscriptions.blacklist(id, reason), OktaViews.base(uriInfo), clock);
    }

    /** The delivery log, oldest first. */
    @GET
    @Path("/ringcentral/notifications")
    public List<Map<String, Object>> notifications() {
        return notifications.all().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("subscriptionId", e.subscriptionId());
            m.put("uuid", e.uuid());
            m.put("address", e.address());
            m.put("extensionIds", e.extensionIds().stream().map(String::valueOf).toList());
            m.put("eventTypes", e.eventTypes());
            m.put("shape", e.shape().wireName());
            m.put("created", LogEventFactory.format(e.created()));
            m.put("firstAttemptAt", e.firstAttemptAt() == null ? null : e.firstAttemptAt().toString());
            m.put("attempts", e.attempts());
            m.put("lastStatus", e.lastStatus());
            m.put("lastError", e.lastError());
            m.put("status", e.outcome().name());
            m.put("finished", LogEventFactory.format(e.finished()));
            return m;
        }).toList();
    }

    /** Body (all optional): {@code {drop, shape: array|flat|mixed, blacklistAfter}}; left-out fields keep their value. */
    public record NotificationSettingsBody(Boolean drop, String shape, Integer blacklistAfter) {
    }

    @GET
    @Path("/ringcentral/notifications/settings")
    public Map<String, Object> notificationSettings() {
        return Map.of("drop", dispatcher.drop(), "shape", dispatcher.shape().wireName(),
                "blacklistAfter", subscriptions.blacklistAfter());
    }

    @PUT
    @Path("/ringcentral/notifications")
    public Map<String, Object> setNotifications(NotificationSettingsBody body) {
        if (body != null) {
            try {
                NotificationShape shape = body.shape() == null ? null : NotificationShape.fromWire(body.shape());
                if (body.blacklistAfter() != null) {
                    subscriptions.blacklistAfter(body.blacklistAfter());
                }
                dispatcher.update(body.drop(), shape);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(e.getMessage());
            }
        }
        return notificationSettings();
    }

    /** Body: {@code {displayName}} → the new User custom field {@code {id, category, displayName}}. */
    public record CustomFieldBody(String displayName) {
    }

    @POST
    @Path("/ringcentral/custom-fields")
    public Map<String, Object> addCustomField(CustomFieldBody body) {
        return RingCentralCustomFieldsResource.view(customFields.add("User", body == null ? null : body.displayName()));
    }

    /**
     * Body: {@code {count, emailDomain, seed, notify, directNumbers}} (seed default 1, notify and directNumbers
     * default false: seeded users get no direct number unless asked, so earlier benchmarks stay comparable).
     */
    public record SeedBody(Integer count, String emailDomain, Long seed,
                           @com.fasterxml.jackson.annotation.JsonProperty("notify") Boolean notifyChanges,
                           Boolean directNumbers) {
    }

    @POST
    @Path("/ringcentral/seed")
    public Map<String, Object> seed(SeedBody body) {
        if (body == null || body.count() == null) {
            throw new BadRequestException("count is required");
        }
        long started = System.nanoTime();
        RingCentralAccount.Seeded seeded = account.seed(body.count(),
                body.emailDomain() == null ? "seed.switchboard.local" : body.emailDomain(),
                body.seed() == null ? 1L : body.seed(), Boolean.TRUE.equals(body.notifyChanges()),
                Boolean.TRUE.equals(body.directNumbers()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("created", seeded.created());
        m.put("firstId", seeded.firstId() == null ? null : seeded.firstId().toString());
        m.put("lastId", seeded.lastId() == null ? null : seeded.lastId().toString());
        m.put("totalExtensions", account.size());
        m.put("millis", (System.nanoTime() - started) / 1_000_000);
        return m;
    }

    /**
     * Creates an extension as an admin would (ExtensionCreationRequest body); notifies like the API. An optional
     * {@code directNumber} (E.164) is assigned with it, in the same single Create notification.
     */
    @POST
    @Path("/ringcentral/extensions")
    public ObjectNode createExtension(JsonNode body) {
        if (body != null && body.isObject() && body.has("directNumber")) {
            ObjectNode request = ((ObjectNode) body).deepCopy();
            JsonNode number = request.remove("directNumber");
            return account.create(request, number.isNull() ? null : number.asText());
        }
        return account.create(body);
    }

    /** Body: {@code {phoneNumber}} in E.164. */
    public record DirectNumberBody(String phoneNumber) {
    }

    /**
     * Assigns a direct number to an extension, replacing the one it had (that one goes back to the inventory).
     * Notifies an Update with the {@code CompanyNumbers} hint (nothing when the number already was its own).
     * 400 when not E.164, 409 when another extension has it, 404 for an unknown extension.
     */
    @PUT
    @Path("/ringcentral/extensions/{id}/direct-number")
    public Map<String, Object> assignDirectNumber(@PathParam("id") String id, DirectNumberBody body) {
        long extensionId = RingCentralExtensionsResource.extensionId(id);
        boolean changed = account.assignDirectNumber(extensionId, body == null ? null : body.phoneNumber());
        return directNumberView(extensionId, changed);
    }

    /** Unassigns the extension's direct number (back to the inventory); notifies like an assignment. */
    @DELETE
    @Path("/ringcentral/extensions/{id}/direct-number")
    public Map<String, Object> unassignDirectNumber(@PathParam("id") String id) {
        long extensionId = RingCentralExtensionsResource.extensionId(id);
        boolean changed = account.unassignDirectNumber(extensionId);
        return directNumberView(extensionId, changed);
    }

    private Map<String, Object> directNumberView(long extensionId, boolean changed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("extensionId", Long.toString(extensionId));
        m.put("directNumber", account.directNumber(extensionId).orElse(null));
        m.put("changed", changed);
        return m;
    }

    /**
     * Edits an extension as an admin would in RingCentral (ExtensionUpdateRequest subset: contact, status,
     * extensionNumber, customFields, …); notifies subscribers.
     */
    @PUT
    @Path("/ringcentral/extensions/{id}")
    public ObjectNode editExtension(@PathParam("id") String id, JsonNode body) {
        return account.update(RingCentralExtensionsResource.extensionId(id), body);
    }

    @DELETE
    @Path("/ringcentral/extensions/{id}")
    public Response deleteExtension(@PathParam("id") String id) {
        if (!account.delete(RingCentralExtensionsResource.extensionId(id))) {
            throw RingCentralApiException.notFound("extensionId", id);
        }
        return Response.noContent().build();
    }

    /** Body: {@code {attributes: [...]}} — Okta user profile attributes sourced by another system. */
    public record ProfileSourcesBody(List<String> attributes) {
    }

    @GET
    @Path("/okta/profile-sources")
    public Map<String, Object> profileSources() {
        return Map.of("attributes", directory.sourcedElsewhere());
    }

    /** Replaces the list; POST /api/v1/users/{id} touching one of them then fails with 403 E0000023. */
    @PUT
    @Path("/okta/profile-sources")
    public Map<String, Object> setProfileSources(ProfileSourcesBody body) {
        if (body == null || body.attributes() == null || body.attributes().stream().anyMatch(a -> a == null || a.isBlank())) {
            throw new BadRequestException("attributes must be a list of attribute names");
        }
        directory.sourcedElsewhere(body.attributes());
        return profileSources();
    }
}
