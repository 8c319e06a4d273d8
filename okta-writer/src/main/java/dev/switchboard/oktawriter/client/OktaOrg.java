package dev.switchboard.oktawriter.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.clients.okta.OktaException;
import dev.switchboard.clients.okta.OktaRequests;
import dev.switchboard.clients.okta.OktaRequests.Repeat;
import dev.switchboard.clients.okta.OktaRequests.Result;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The Okta org: users, app users and the app-user schema, authenticated, rate-limited and retried. */
@ApplicationScoped
public class OktaOrg {

    /** Okta counts rate limits per endpoint family; these are the ones the writer uses (spec §2.7). */
    static final String USERS = "/api/v1/users";
    static final String APPS = "/api/v1/apps";
    static final String SCHEMAS = "/api/v1/meta";

    private final OktaApi api;
    private final OktaRequests requests;
    private final ObjectMapper mapper = new ObjectMapper();

    @Inject
    OktaOrg(@RestClient OktaApi api, OktaRequests requests) {
        this.api = api;
        this.requests = requests;
    }

    /** The user by id or login, with its ETag; empty when Okta says it does not exist (404). */
    public Attempted<Optional<OktaUser>> user(String idOrLogin) {
        return orEmptyWhenNotFound(() -> {
            Result read = requests.send("GET /api/v1/users/{id}", USERS, Repeat.SAFE,
                    auth -> api.getUser(auth, idOrLogin));
            return new Attempted<>(Optional.of(user(read)), read.attempts());
        });
    }

    /**
     * Partially updates the profile (POST: attributes not in {@code body} stay) on condition that the user is still
     * the version {@code etag} names; a 412 fails with {@link dev.switchboard.clients.okta.OktaError#preconditionFailed()}.
     */
    public Attempted<OktaUser> updateProfile(String userId, String etag, ObjectNode body) {
        Result updated = requests.send("POST /api/v1/users/{id}", USERS, Repeat.SAFE,
                auth -> api.updateUser(auth, etag, userId, body));
        return new Attempted<>(user(updated), updated.attempts());
    }

    /**
     * Creates and activates a user. Never simply sent again: when its effect is unknown the exception says so and the
     * caller looks the login up first.
     */
    public Attempted<OktaUser> createUser(ObjectNode body) {
        Result created = requests.send("POST /api/v1/users?activate=true", USERS, Repeat.LOOK_FIRST,
                auth -> api.createUser(auth, true, body));
        return new Attempted<>(user(created), created.attempts());
    }

    /** Calls {@code /api/v1/users/{id}/lifecycle/<operation>} (suspend, unsuspend, deactivate). */
    public Attempted<Boolean> lifecycle(String userId, String operation) {
        Result done = requests.send("POST /api/v1/users/{id}/lifecycle/" + operation, USERS, Repeat.SAFE,
                auth -> api.lifecycle(auth, userId, operation, ""));
        return new Attempted<>(true, done.attempts());
    }

    /** The user's assignment to the app; empty when the user is not assigned (404). */
    public Attempted<Optional<JsonNode>> appUser(String appId, String userId) {
        return orEmptyWhenNotFound(() -> {
            Result read = requests.send("GET /api/v1/apps/{appId}/users/{userId}", APPS, Repeat.SAFE,
                    auth -> api.getApplicationUser(auth, appId, userId));
            return new Attempted<>(Optional.of(readJson(read.answer().body())), read.attempts());
        });
    }

    /** Assigns a user to the app; assigning an assigned user again changes nothing, so a retry is harmless. */
    public Attempted<JsonNode> assign(String appId, ObjectNode body) {
        return json(requests.send("POST /api/v1/apps/{appId}/users", APPS, Repeat.SAFE,
                auth -> api.assignUserToApplication(auth, appId, body)));
    }

    /** Partially updates an app user (Okta keeps no ETag for app users). */
    public Attempted<JsonNode> updateAppUser(String appId, String userId, ObjectNode body) {
        return json(requests.send("POST /api/v1/apps/{appId}/users/{userId}", APPS, Repeat.SAFE,
                auth -> api.updateApplicationUser(auth, appId, userId, body)));
    }

    /** The app-user schema of the app. */
    public Attempted<JsonNode> appUserSchema(String appId) {
        return json(requests.send("GET /api/v1/meta/schemas/apps/{appId}/default", SCHEMAS, Repeat.SAFE,
                auth -> api.getApplicationUserSchema(auth, appId)));
    }

    /** Partially updates the app-user schema; answers the whole schema. */
    public Attempted<JsonNode> updateAppUserSchema(String appId, ObjectNode body) {
        return json(requests.send("POST /api/v1/meta/schemas/apps/{appId}/default", SCHEMAS, Repeat.SAFE,
                auth -> api.updateApplicationUserSchema(auth, appId, body)));
    }

    /** Waits the backoff before retry {@code retry} (1-based) of a caller's own retry loop. */
    public void pause(String operation, int retry) {
        requests.pause(operation, retry);
    }

    private <T> Attempted<Optional<T>> orEmptyWhenNotFound(Supplier<Attempted<Optional<T>>> read) {
        try {
            return read.get();
        } catch (OktaException e) {
            if (e.error().notFound()) {
                return new Attempted<>(Optional.empty(), e.attempts());
            }
            throw e;
        }
    }

    private Attempted<JsonNode> json(Result result) {
        return new Attempted<>(readJson(result.answer().body()), result.attempts());
    }

    private OktaUser user(Result result) {
        return OktaUser.of(readJson(result.answer().body()), result.answer().header("ETag"));
    }

    private JsonNode readJson(String body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Okta answered with a body that is not JSON", e);
        }
    }
}
