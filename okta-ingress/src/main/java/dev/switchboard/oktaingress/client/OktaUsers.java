package dev.switchboard.oktaingress.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.oktaingress.config.SwitchboardConfig;
import dev.switchboard.oktaingress.domain.LinkHeader;
import dev.switchboard.oktaingress.domain.SnapshotTrigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Reads Okta users and their app users in the RingCentral app into snapshots. */
@ApplicationScoped
public class OktaUsers {

    static final String USERS = "/api/v1/users";
    static final String APPS = "/api/v1/apps";

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final OktaApi api;
    private final OktaCalls calls;
    private final String appId;
    private final SwitchboardConfig.Backstop backstop;

    OktaUsers(@RestClient OktaApi api, OktaCalls calls, SwitchboardConfig config) {
        this.api = api;
        this.calls = calls;
        this.appId = config.okta().appId();
        this.backstop = config.backstop();
    }

    /**
     * The user as Okta has it now; {@code deleted} when the user is gone (404), without app user when not assigned.
     *
     * @throws OktaCallFailedException when Okta could not be read after the retries
     */
    public OktaUserSnapshot snapshot(String userId, SnapshotTrigger trigger) {
        Optional<OktaCalls.Answer> user = calls.callOrNotFound(USERS, "GET user " + userId,
                auth -> api.getUser(auth, userId));
        if (user.isEmpty()) {
            return new OktaUserSnapshot(userId, null, null, Map.of(), null, true, trigger.name(), Instant.now(),
                    trigger.hookDeliveryId(), trigger.hookEventUuid());
        }
        JsonNode found = user.get().require("GET user " + userId).body();
        JsonNode assignment = calls.callOrNotFound(APPS, "GET app user " + userId,
                        auth -> api.getApplicationUser(auth, appId, userId))
                .map(appUser -> appUser.require("GET app user " + userId).body())
                .orElse(null);
        return snapshot(userId, found, assignment, trigger);
    }

    /**
     * Every user assigned to the app, page by page (Link rel="next"), as snapshots. The listing asks for the user
     * embedded ({@code expand=user}); an app user that comes without it is read on its own like any other user.
     *
     * @param each   gets every snapshot
     * @param failed gets the user id and the failure of a user that could not be read; the listing goes on
     * @return how many app users were listed
     * @throws OktaCallFailedException when a page could not be read
     */
    public int forEachAssigned(SnapshotTrigger trigger, Consumer<OktaUserSnapshot> each,
                               BiConsumer<String, OktaCallFailedException> failed) {
        Map<String, String> first = new LinkedHashMap<>();
        first.put("limit", String.valueOf(backstop.appUserPageSize()));
        first.put("expand", "user");
        int[] listed = {0};
        pages(APPS, "list app users of " + appId, first, (auth, query) -> api.listApplicationUsers(auth, appId, query),
                page -> page.forEach(appUser -> {
                    listed[0]++;
                    String userId = appUser.path("id").asText();
                    JsonNode embedded = appUser.path("_embedded").path("user");
                    if (embedded.isObject() && embedded.hasNonNull("status")) {
                        each.accept(snapshot(userId, embedded, appUser, trigger));
                        return;
                    }
                    try {
                        each.accept(snapshot(userId, trigger));
                    } catch (OktaCallFailedException e) {
                        failed.accept(userId, e);
                    }
                }));
        return listed[0];
    }

    /** System Log events since {@code since} matching {@code filter}, page by page while pages hold events. */
    public void forEachLogEvent(Instant since, String filter, Consumer<JsonNode> each) {
        Map<String, String> first = new LinkedHashMap<>();
        first.put("since", since.toString());
        first.put("filter", filter);
        first.put("limit", String.valueOf(backstop.logPageSize()));
        pages("/api/v1/logs", "list System Log events", first, api::listLogEvents, page -> page.forEach(each));
    }

    /**
     * Follows {@code Link: rel="next"} from the first page: each next page is asked for on the same endpoint with
     * the link's own query parameters. Stops at an empty page (the System Log always has a next link), at the last
     * page, or after {@code switchboard.backstop.max-pages}.
     */
    private void pages(String family, String what, Map<String, String> first,
                       BiFunction<String, Map<String, String>, Response> call,
                       Consumer<JsonNode> page) {
        Map<String, String> query = first;
        for (int n = 1; n <= backstop.maxPages(); n++) {
            Map<String, String> current = query;
            String described = what + " (page " + n + ")";
            OktaCalls.Answer answer = calls.call(family, described, auth -> call.apply(auth, current)).require(described);
            if (!answer.body().isArray()) {
                throw new OktaCallFailedException(described + " did not answer a list", "OKTA_UNEXPECTED_BODY",
                        answer.status(), 1, null);
            }
            if (answer.body().isEmpty()) {
                return;
            }
            page.accept(answer.body());
            Optional<URI> next = LinkHeader.next(answer.links());
            if (next.isEmpty()) {
                return;
            }
            query = LinkHeader.query(next.get());
        }
    }

    private OktaUserSnapshot snapshot(String userId, JsonNode user, JsonNode appUser, SnapshotTrigger trigger) {
        OktaUserSnapshot.AppUser assignment = appUser == null ? null
                : new OktaUserSnapshot.AppUser(appId, text(appUser, "status"), text(appUser, "scope"),
                        text(appUser, "externalId"), instant(text(appUser, "lastUpdated")), map(appUser.path("profile")));
        return new OktaUserSnapshot(userId, text(user, "status"), instant(text(user, "lastUpdated")),
                map(user.path("profile")), assignment, false, trigger.name(), Instant.now(), trigger.hookDeliveryId(),
                trigger.hookEventUuid());
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
