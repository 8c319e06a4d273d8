package dev.switchboard.oktawriter.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.contracts.Json;
import dev.switchboard.testing.TestTopics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A stand-in for the Okta management API, served by the test application itself (the writer's base URL points at it).
 * Speaks Okta's shapes: users with ETags (a stale If-Match answers 412), partial profile updates, lifecycle
 * transitions that refuse the wrong starting status, app users, the app-user schema, E0000023 for attributes mastered
 * elsewhere, E0000007 for what does not exist. Faults are injected per user: the next calls answer 503 or 429
 * (with X-Rate-Limit-Reset), or someone else changes the user right before our next update. Every request is
 * recorded, for counting and for checking against Okta's OpenAPI.
 */
@ApplicationScoped
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class FakeOkta {

    /** One request as it reached the fake. */
    public record Recorded(String method, String path, Map<String, List<String>> query,
                           Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final ConcurrentLinkedQueue<Recorded> requests = new ConcurrentLinkedQueue<>();
    private final Map<String, ObjectNode> users = new ConcurrentHashMap<>();
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> appUsers = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> schemas = new ConcurrentHashMap<>();
    private final Set<String> masteredElsewhere = ConcurrentHashMap.newKeySet();
    /** "METHOD userId" → statuses the next such calls answer. */
    private final Map<String, Deque<Integer>> faults = new ConcurrentHashMap<>();
    /** Logins whose next create is executed but answered 503, as when the answer is lost on the way back. */
    private final Set<String> loseCreateAnswer = ConcurrentHashMap.newKeySet();
    /** userId → profile changes someone else makes right before our next update. */
    private final Map<String, Map<String, String>> changeBeforeNextUpdate = new ConcurrentHashMap<>();

    // ---- arranging -------------------------------------------------------------------------------------------------

    /** Adds an ACTIVE user with a small profile; returns its id. */
    public synchronized String seedUser(String login, String firstName, String lastName) {
        String id = TestTopics.uniqueId("00u");
        ObjectNode user = Json.MAPPER.createObjectNode();
        user.put("id", id);
        user.put("status", "ACTIVE");
        user.put("created", "2026-11-01T09:00:00.000Z");
        user.put("lastUpdated", "2026-11-01T09:00:00.000Z");
        ObjectNode profile = user.putObject("profile");
        profile.put("login", login);
        profile.put("email", login);
        profile.put("firstName", firstName);
        profile.put("lastName", lastName);
        profile.putNull("mobilePhone");
        users.put(id, user);
        versions.put(id, 1);
        return id;
    }

    public void setStatus(String userId, String status) {
        users.get(userId).put("status", status);
        bump(userId);
    }

    /** Assigns the user to the app with this app-user profile. */
    public void seedAssignment(String appId, String userId, String externalId, Map<String, String> profile) {
        ObjectNode appUser = newAppUser(userId, users.get(userId).path("profile").path("login").asText());
        if (externalId != null) {
            appUser.put("externalId", externalId);
        }
        profile.forEach(((ObjectNode) appUser.get("profile"))::put);
        appUsers.put(appId + "/" + userId, appUser);
    }

    /** Writes to this profile attribute answer 403 E0000023, as for an attribute another system masters. */
    public void masteredElsewhere(String attribute) {
        masteredElsewhere.add(attribute);
    }

    /** The next {@code method} calls about this user answer these statuses, in order, before answering normally. */
    public void failNext(String method, String userId, Integer... statuses) {
        faults.put(method + " " + userId, new ArrayDeque<>(List.of(statuses)));
    }

    /** Right before the next update of this user arrives, someone else sets these attributes (a new version). */
    public void changeBeforeNextUpdate(String userId, Map<String, String> changes) {
        changeBeforeNextUpdate.put(userId, changes);
    }

    /** The next create of a user with this login creates it but answers 503. */
    public void loseNextCreateAnswer(String login) {
        loseCreateAnswer.add(login.toLowerCase(Locale.ROOT));
    }

    // ---- observing -------------------------------------------------------------------------------------------------

    public ObjectNode user(String userId) {
        return users.get(userId);
    }

    public String etag(String userId) {
        return "W/\"" + versions.get(userId) + "\"";
    }

    public ObjectNode appUser(String appId, String userId) {
        return appUsers.get(appId + "/" + userId);
    }

    public ObjectNode schema(String appId) {
        return schemas.computeIfAbsent(appId, FakeOkta::defaultSchema);
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** The requests whose path contains {@code part} (a user id, a login, an app id), in order. */
    public List<Recorded> requestsAbout(String part) {
        return requests.stream().filter(r -> r.path().contains(part)).toList();
    }

    public long count(String method, String part) {
        return requestsAbout(part).stream().filter(r -> r.method().equals(method)).count();
    }

    // ---- Users API -------------------------------------------------------------------------------------------------

    @GET
    @Path("/users/{idOrLogin}")
    public synchronized Response getUser(@PathParam("idOrLogin") String idOrLogin, @Context UriInfo uri,
                                         @Context HttpHeaders headers) {
        record("GET", uri, headers, null);
        ObjectNode user = find(idOrLogin);
        if (user == null) {
            return notFound(idOrLogin, "User");
        }
        String id = user.get("id").asText();
        Response fault = fault("GET", id);
        return fault != null ? fault : Response.ok(user).header("ETag", etag(id)).build();
    }

    @POST
    @Path("/users/{id}")
    public synchronized Response updateUser(@PathParam("id") String id, String body, @Context UriInfo uri,
                                            @Context HttpHeaders headers) {
        record("POST", uri, headers, body);
        ObjectNode user = users.get(id);
        if (user == null) {
            return notFound(id, "User");
        }
        Response fault = fault("POST", id);
        if (fault != null) {
            return fault;
        }
        Map<String, String> interference = changeBeforeNextUpdate.remove(id);
        if (interference != null) {
            interference.forEach(((ObjectNode) user.get("profile"))::put);
            bump(id);
        }
        String ifMatch = headers.getHeaderString("If-Match");
        if (ifMatch != null && !ifMatch.equals(etag(id))) {
            return error(412, "E0000001", "Precondition failed: the user changed since the ETag was read");
        }
        JsonNode profile = read(body).path("profile");
        for (String name : (Iterable<String>) profile::fieldNames) {
            if (masteredElsewhere.contains(name)) {
                return error(403, "E0000023", "Operation failed because user profile is mastered under another system");
            }
        }
        ((ObjectNode) user.get("profile")).setAll((ObjectNode) profile);
        bump(id);
        return Response.ok(user).header("ETag", etag(id)).build();
    }

    @POST
    @Path("/users")
    public synchronized Response createUser(@QueryParam("activate") Boolean activate, String body, @Context UriInfo uri,
                                            @Context HttpHeaders headers) {
        record("POST", uri, headers, body);
        ObjectNode profile = (ObjectNode) read(body).path("profile");
        String login = profile.path("login").asText();
        if (find(login) != null) {
            return error(400, "E0000001", "Api validation failed: login",
                    "login: An object with this field already exists in the current organization");
        }
        String id = seedUser(login, profile.path("firstName").asText(), profile.path("lastName").asText());
        ObjectNode user = users.get(id);
        ((ObjectNode) user.get("profile")).setAll(profile);
        user.put("status", Boolean.FALSE.equals(activate) ? "STAGED" : "PROVISIONED");
        if (loseCreateAnswer.remove(login.toLowerCase(Locale.ROOT))) {
            return error(503, "E0000009", "Internal Server Error");
        }
        return Response.ok(user).build();
    }

    @POST
    @Path("/users/{id}/lifecycle/{operation}")
    public synchronized Response lifecycle(@PathParam("id") String id, @PathParam("operation") String operation,
                                           String body, @Context UriInfo uri, @Context HttpHeaders headers) {
        record("POST", uri, headers, body);
        ObjectNode user = users.get(id);
        if (user == null) {
            return notFound(id, "User");
        }
        String status = user.path("status").asText();
        String next = switch (operation) {
            case "suspend" -> "ACTIVE".equals(status) ? "SUSPENDED" : null;
            case "unsuspend" -> "SUSPENDED".equals(status) ? "ACTIVE" : null;
            case "deactivate" -> "DEPROVISIONED";
            default -> null;
        };
        if (next == null) {
            return error(400, "E0000001", "Api validation failed", "status: cannot " + operation + " a " + status + " user");
        }
        setStatus(id, next);
        if ("DEPROVISIONED".equals(next)) {
            appUsers.keySet().removeIf(key -> key.endsWith("/" + id));
        }
        return Response.ok("{}").build();
    }

    // ---- App users -------------------------------------------------------------------------------------------------

    @GET
    @Path("/apps/{appId}/users/{userId}")
    public synchronized Response getAppUser(@PathParam("appId") String appId, @PathParam("userId") String userId,
                                            @Context UriInfo uri, @Context HttpHeaders headers) {
        record("GET", uri, headers, null);
        ObjectNode appUser = appUser(appId, userId);
        return appUser == null ? notFound(userId, "AppUser") : Response.ok(appUser).build();
    }

    @POST
    @Path("/apps/{appId}/users")
    public synchronized Response assign(@PathParam("appId") String appId, String body, @Context UriInfo uri,
                                        @Context HttpHeaders headers) {
        record("POST", uri, headers, body);
        JsonNode request = read(body);
        String userId = request.path("id").asText();
        if (!users.containsKey(userId)) {
            return notFound(userId, "User");
        }
        ObjectNode appUser = appUsers.computeIfAbsent(appId + "/" + userId, k -> newAppUser(userId,
                request.path("credentials").path("userName").asText(null)));
        if (request.path("profile").isObject()) {
            ((ObjectNode) appUser.get("profile")).setAll((ObjectNode) request.get("profile"));
        }
        return Response.ok(appUser).build();
    }

    @POST
    @Path("/apps/{appId}/users/{userId}")
    public synchronized Response updateAppUser(@PathParam("appId") String appId, @PathParam("userId") String userId,
                                               String body, @Context UriInfo uri, @Context HttpHeaders headers) {
        record("POST", uri, headers, body);
        ObjectNode appUser = appUser(appId, userId);
        if (appUser == null) {
            return notFound(userId, "AppUser");
        }
        JsonNode request = read(body);
        if (request.path("profile").isObject()) {
            for (String name : (Iterable<String>) request.get("profile")::fieldNames) {
                if (masteredElsewhere.contains(name)) {
                    return error(405, "E0000076", "Cannot modify the app user because it is mastered by an external app");
                }
            }
            ((ObjectNode) appUser.get("profile")).setAll((ObjectNode) request.get("profile"));
        }
        if (request.hasNonNull("externalId")) {
            appUser.put("externalId", request.get("externalId").asText());
        }
        appUser.put("lastUpdated", Instant.now().toString());
        return Response.ok(appUser).build();
    }

    // ---- App-user schema -------------------------------------------------------------------------------------------

    @GET
    @Path("/meta/schemas/apps/{appId}/default")
    public synchronized Response getSchema(@PathParam("appId") String appId, @Context UriInfo uri,
                                           @Context HttpHeaders headers) {
        record("GET", uri, headers, null);
        return Response.ok(schema(appId)).build();
    }

    @POST
    @Path("/meta/schemas/apps/{appId}/default")
    public synchronized Response updateSchema(@PathParam("appId") String appId, String body, @Context UriInfo uri,
                                              @Context HttpHeaders headers) {
        record("POST", uri, headers, body);
        ObjectNode properties = (ObjectNode) schema(appId).path("definitions").path("custom").path("properties");
        JsonNode added = read(body).path("definitions").path("custom").path("properties");
        for (Map.Entry<String, JsonNode> property : added.properties()) {
            if (property.getValue().isNull()) {
                properties.remove(property.getKey());
            } else {
                ObjectNode definition = property.getValue().deepCopy();
                definition.putObject("master").put("type", "PROFILE_MASTER");
                properties.set(property.getKey(), definition);
            }
        }
        return Response.ok(schema(appId)).build();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private void record(String method, UriInfo uri, HttpHeaders headers, String body) {
        Map<String, List<String>> query = new LinkedHashMap<>(uri.getQueryParameters());
        Map<String, List<String>> copied = new LinkedHashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> copied.put(name, List.copyOf(values)));
        requests.add(new Recorded(method, uri.getRequestUri().getRawPath(), query, copied, body));
    }

    private ObjectNode find(String idOrLogin) {
        ObjectNode byId = users.get(idOrLogin);
        if (byId != null) {
            return byId;
        }
        String wanted = idOrLogin.toLowerCase(Locale.ROOT);
        return users.values().stream()
                .filter(u -> u.path("profile").path("login").asText().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst().orElse(null);
    }

    private Response fault(String method, String userId) {
        Deque<Integer> next = faults.get(method + " " + userId);
        Integer status = next == null ? null : next.poll();
        if (status == null) {
            return null;
        }
        if (status == 429) {
            return Response.status(429).type(MediaType.APPLICATION_JSON)
                    .header("X-Rate-Limit-Limit", "600").header("X-Rate-Limit-Remaining", "0")
                    .header("X-Rate-Limit-Reset", String.valueOf(Instant.now().getEpochSecond()))
                    .entity(errorBody("E0000047", "API call exceeded rate limit due to too many requests.")).build();
        }
        return error(status, "E0000009", "Internal Server Error");
    }

    private void bump(String userId) {
        versions.merge(userId, 1, Integer::sum);
        users.get(userId).put("lastUpdated", Instant.now().toString());
    }

    private static ObjectNode newAppUser(String userId, String userName) {
        ObjectNode appUser = Json.MAPPER.createObjectNode();
        appUser.put("id", userId);
        appUser.putNull("externalId");
        appUser.put("scope", "USER");
        appUser.put("status", "PROVISIONED");
        appUser.put("syncState", "SYNCHRONIZED");
        appUser.put("created", Instant.now().toString());
        appUser.put("lastUpdated", Instant.now().toString());
        appUser.putObject("credentials").put("userName", userName);
        appUser.putObject("profile");
        return appUser;
    }

    private static ObjectNode defaultSchema(String appId) {
        ObjectNode schema = Json.MAPPER.createObjectNode();
        schema.put("id", "https://example.okta.com/meta/schemas/apps/" + appId + "/default");
        schema.put("name", "ringcentral");
        schema.put("type", "object");
        ObjectNode definitions = schema.putObject("definitions");
        ObjectNode base = definitions.putObject("base");
        base.put("id", "#base");
        base.putObject("properties").putObject("userName").put("title", "Username").put("type", "string");
        ObjectNode custom = definitions.putObject("custom");
        custom.put("id", "#custom");
        custom.put("type", "object");
        custom.putObject("properties");
        return schema;
    }

    private static JsonNode read(String body) {
        try {
            return body == null || body.isBlank() ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response notFound(String id, String type) {
        return error(404, "E0000007", "Not found: Resource not found: " + id + " (" + type + ")");
    }

    private static Response error(int status, String code, String summary, String... causes) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(errorBody(code, summary, causes)).build();
    }

    private static ObjectNode errorBody(String code, String summary, String... causes) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("errorCode", code);
        body.put("errorSummary", summary);
        body.put("errorLink", code);
        body.put("errorId", "oae" + TestTopics.uniqueId(""));
        var list = body.putArray("errorCauses");
        for (String cause : causes) {
            list.addObject().put("errorSummary", cause);
        }
        return body;
    }
}
