package dev.switchboard.rcwriter.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.contracts.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A RingCentral account inside the test app, in RingCentral's real shapes: token and revoke, list by email, create,
 * read, update (PUT) and the v2 bulk delete. Counts calls, records what the writer sent, and fails on request: the
 * next N calls of an operation fail, or take effect and lose their answer, or a bulk-delete item is refused.
 * Operations: token, revoke, list, create, read, update, delete.
 */
@Path("/restapi")
@ApplicationScoped
public class FakeRingCentral {

    static final String CLIENT_ID = "test-client";
    static final String CLIENT_SECRET = "test-secret";
    static final String JWT = "test-jwt";

    /** One request as the writer sent it. */
    public record Recorded(String operation, String method, String path, Map<String, String> query, String contentType,
                           String authorization, String body) {
    }

    private record Failure(int status, String body, Map<String, String> headers) {
    }

    private final Map<String, ObjectNode> extensionsById = new ConcurrentHashMap<>();
    private final Map<String, Queue<Failure>> failures = new ConcurrentHashMap<>();
    private final Map<String, Queue<Failure>> lostAnswers = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> itemErrors = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> createsByEmail = new ConcurrentHashMap<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final AtomicLong nextId = new AtomicLong(62_000_001);
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final Map<String, Boolean> validTokens = new ConcurrentHashMap<>();

    // ---- control, used by tests

    public void failNext(String operation, int times, int status, String body, Map<String, String> headers) {
        Queue<Failure> queue = failures.computeIfAbsent(operation, o -> new ConcurrentLinkedQueue<>());
        for (int i = 0; i < times; i++) {
            queue.add(new Failure(status, body, headers));
        }
    }

    /**
     * The next {@code times} calls of {@code operation} are executed, but answered with {@code status} as if the
     * answer had been lost on the way (the writer cannot know the call took effect).
     */
    public void loseNextAnswer(String operation, int times, int status) {
        Queue<Failure> queue = lostAnswers.computeIfAbsent(operation, o -> new ConcurrentLinkedQueue<>());
        for (int i = 0; i < times; i++) {
            queue.add(new Failure(status, "{\"errors\":[{\"errorCode\":\"CMN-211\",\"message\":\"lost\"}]}", Map.of()));
        }
    }

    /** The bulk delete refuses {@code extensionId} with this per-item error (HTTP 200 all the same). */
    public void refuseDeleteOf(String extensionId, String code, String message) {
        itemErrors.put(extensionId, Json.MAPPER.createObjectNode().put("errorCode", code).put("message", message));
    }

    /** An existing enabled user with this email; returns its extension id. */
    public String seedUser(String email, String firstName, String lastName) {
        return seedUser(email, firstName, lastName, "Enabled");
    }

    /** An existing user with this email and status; returns its extension id. */
    public String seedUser(String email, String firstName, String lastName, String status) {
        ObjectNode contact = Json.MAPPER.createObjectNode().put("firstName", firstName).put("lastName", lastName)
                .put("email", email).put("company", "Analytical Engines").put("emailAsLoginName", true);
        contact.putObject("pronouncedName").put("type", "Default");
        ObjectNode extension = store(contact, status);
        if ("Disabled".equals(status)) {
            extension.putObject("statusInfo").put("reason", "Voluntarily").put("comment", "on leave");
        }
        return extension.path("id").asText();
    }

    /** The extension as stored now, or null when there is none. */
    public JsonNode extension(String extensionId) {
        ObjectNode extension = extensionsById.get(extensionId);
        return extension == null ? null : extension.deepCopy();
    }

    /** The requests of {@code operation} that named {@code extensionId} (in the path or in the body). */
    public List<Recorded> requests(String operation, String extensionId) {
        return requests.stream().filter(r -> r.operation().equals(operation))
                .filter(r -> r.path().endsWith("/" + extensionId)
                        || (r.body() != null && r.body().contains("\"id\":\"" + extensionId + "\"")))
                .toList();
    }

    public int calls(String operation) {
        return calls.computeIfAbsent(operation, o -> new AtomicInteger()).get();
    }

    public int createsFor(String email) {
        return createsByEmail.computeIfAbsent(email.toLowerCase(), e -> new AtomicInteger()).get();
    }

    public String extensionIdOf(String email) {
        ObjectNode extension = byEmail(email);
        return extension == null ? null : extension.path("id").asText();
    }

    /** How many extensions hold this email (RingCentral allows one; the fake counts to catch duplicates). */
    public long extensionsWithEmail(String email) {
        return extensionsById.values().stream()
                .filter(e -> email.equalsIgnoreCase(e.path("contact").path("email").asText())).count();
    }

    /** Like an admin ending the session: every token issued so far is refused with 401 from now on. */
    public void revokeTokens() {
        validTokens.clear();
    }

    public long tokenRequests() {
        return requests.stream().filter(r -> r.operation().equals("token")).count();
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    // ---- RingCentral API

    @POST
    @Path("/oauth/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@HeaderParam("Authorization") String authorization, @HeaderParam("Content-Type") String type,
                          String body) {
        requests.add(new Recorded("token", "POST", "/restapi/oauth/token", Map.of(), type, authorization, body));
        Response failure = failure("token", "Auth");
        if (failure != null) {
            return failure;
        }
        Map<String, String> form = form(body);
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!basic.equals(authorization)) {
            return error(401, "OAU-123", "Invalid client", "Auth");
        }
        if (!"urn:ietf:params:oauth:grant-type:jwt-bearer".equals(form.get("grant_type")) || !JWT.equals(form.get("assertion"))) {
            return limited(Response.status(400).entity("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid assertion\","
                    + "\"errors\":[{\"errorCode\":\"OAU-140\",\"message\":\"Invalid assertion\"}]}"), "Auth");
        }
        String token = "fake-token-" + tokensIssued.incrementAndGet();
        validTokens.put(token, true);
        ObjectNode info = Json.MAPPER.createObjectNode().put("access_token", token).put("token_type", "bearer")
                .put("expires_in", 3600).put("scope", "ReadAccounts EditAccounts EditExtensions")
                .put("owner_id", "62000000").put("endpoint_id", "ep1").put("session_id", "s-" + token);
        return limited(Response.ok(info.toString()), "Auth");
    }

    @POST
    @Path("/oauth/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@HeaderParam("Authorization") String authorization, @HeaderParam("Content-Type") String type,
                           String body) {
        requests.add(new Recorded("revoke", "POST", "/restapi/oauth/revoke", Map.of(), type, authorization, body));
        calls.computeIfAbsent("revoke", o -> new AtomicInteger()).incrementAndGet();
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!basic.equals(authorization)) {
            return error(401, "OAU-123", "Invalid client", "Auth");
        }
        String token = form(body).get("token");
        if (token != null) {
            validTokens.remove(token);
        }
        return limited(Response.ok(), "Auth");
    }

    @GET
    @Path("/v1.0/account/~/extension")
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@HeaderParam("Authorization") String authorization, @QueryParam("email") List<String> emails,
                         @QueryParam("type") List<String> types) {
        Map<String, String> query = new HashMap<>();
        if (!emails.isEmpty()) {
            query.put("email", String.join(",", emails));
        }
        if (!types.isEmpty()) {
            query.put("type", String.join(",", types));
        }
        Response refused = admit(new Recorded("list", "GET", "/restapi/v1.0/account/~/extension", query, null,
                authorization, null));
        if (refused != null) {
            return refused;
        }
        List<JsonNode> records = new ArrayList<>();
        for (String email : emails) {
            ObjectNode extension = byEmail(email);
            if (extension != null && (types.isEmpty() || types.contains(extension.path("type").asText()))) {
                records.add(extension);
            }
        }
        ObjectNode page = Json.MAPPER.createObjectNode().put("uri", "http://fake/restapi/v1.0/account/62000000/extension");
        page.putArray("records").addAll(records);
        page.putObject("paging").put("page", 1).put("perPage", 100).put("pageStart", 0)
                .put("pageEnd", Math.max(0, records.size() - 1)).put("totalPages", 1).put("totalElements", records.size());
        page.putObject("navigation");
        return limited(Response.ok(page.toString()), "Medium");
    }

    @POST
    @Path("/v1.0/account/~/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(@HeaderParam("Authorization") String authorization, @HeaderParam("Content-Type") String type,
                           String body) {
        Response refused = admit(new Recorded("create", "POST", "/restapi/v1.0/account/~/extension", Map.of(), type,
                authorization, body));
        if (refused != null) {
            return refused;
        }
        JsonNode request;
        try {
            request = Json.MAPPER.readTree(body);
        } catch (Exception e) {
            return error(400, "CMN-103", "Json is unparsable", "Medium");
        }
        String email = request.path("contact").path("email").asText("");
        if (email.isBlank() || request.path("contact").path("firstName").asText("").isBlank()) {
            return error(400, "CMN-101", "Parameter [contact.email] value is invalid", "Medium");
        }
        createsByEmail.computeIfAbsent(email.toLowerCase(), e -> new AtomicInteger()).incrementAndGet();
        if (byEmail(email) != null) {
            return error(400, "CMN-101", "Parameter [contact.email] value is invalid", "Medium");
        }
        ObjectNode stored = store(((ObjectNode) request.path("contact")).deepCopy(), request.path("status").asText("Enabled"));
        return answer("create", Response.ok(stored.toString()), "Medium");
    }

    @GET
    @Path("/v1.0/account/~/extension/{extensionId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response read(@HeaderParam("Authorization") String authorization, @PathParam("extensionId") String extensionId) {
        Response refused = admit(new Recorded("read", "GET", "/restapi/v1.0/account/~/extension/" + extensionId, Map.of(), null,
                authorization, null));
        if (refused != null) {
            return refused;
        }
        ObjectNode extension = extensionsById.get(extensionId);
        if (extension == null) {
            return notFound("Light");
        }
        return limited(Response.ok(extension.toString()), "Light");
    }

    /** A partial update: top-level fields given are set, contact fields merge, custom fields merge by id. */
    @PUT
    @Path("/v1.0/account/~/extension/{extensionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response update(@HeaderParam("Authorization") String authorization, @HeaderParam("Content-Type") String type,
                           @PathParam("extensionId") String extensionId, String body) {
        Response refused = admit(new Recorded("update", "PUT", "/restapi/v1.0/account/~/extension/" + extensionId, Map.of(), type,
                authorization, body));
        if (refused != null) {
            return refused;
        }
        ObjectNode extension = extensionsById.get(extensionId);
        if (extension == null) {
            return notFound("Medium");
        }
        JsonNode request;
        try {
            request = Json.MAPPER.readTree(body);
        } catch (Exception e) {
            return error(400, "CMN-103", "Json is unparsable", "Medium");
        }
        synchronized (extension) {
            request.properties().forEach(field -> {
                switch (field.getKey()) {
                    case "contact" -> ((ObjectNode) extension.get("contact")).setAll((ObjectNode) field.getValue());
                    case "customFields" -> field.getValue().forEach(custom -> {
                        ArrayNode held = extension.has("customFields") ? (ArrayNode) extension.get("customFields")
                                : extension.putArray("customFields");
                        for (int i = held.size() - 1; i >= 0; i--) {
                            if (held.get(i).path("id").asText().equals(custom.path("id").asText())) {
                                held.remove(i);
                            }
                        }
                        held.add(custom.deepCopy());
                    });
                    default -> extension.set(field.getKey(), field.getValue().deepCopy());
                }
            });
            if ("Enabled".equals(extension.path("status").asText())) {
                extension.remove("statusInfo"); // returned for Disabled extensions only
            }
            return answer("update", Response.ok(extension.toString()), "Medium");
        }
    }

    /** v2 bulk delete: HTTP 200 with a result per record. */
    @DELETE
    @Path("/v2/accounts/~/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response delete(@HeaderParam("Authorization") String authorization, @HeaderParam("Content-Type") String type,
                           String body) {
        Response refused = admit(new Recorded("delete", "DELETE", "/restapi/v2/accounts/~/extensions", Map.of(), type, authorization,
                body));
        if (refused != null) {
            return refused;
        }
        JsonNode request;
        try {
            request = Json.MAPPER.readTree(body == null ? "" : body);
        } catch (Exception e) {
            return error(400, "CMN-103", "Json is unparsable", "Heavy");
        }
        if (request == null || !request.path("records").isArray() || request.path("records").isEmpty()) {
            return error(400, "CMN-101", "Parameter [records] value is invalid", "Heavy");
        }
        ObjectNode answer = Json.MAPPER.createObjectNode();
        ArrayNode results = answer.putArray("records");
        for (JsonNode record : request.path("records")) {
            String id = record.path("id").asText();
            ObjectNode result = results.addObject().put("id", id);
            ObjectNode refusal = itemErrors.remove(id);
            if (refusal != null) {
                result.put("bulkItemSuccessful", false).putArray("bulkItemErrors").add(refusal);
            } else if (extensionsById.remove(id) != null) {
                result.put("bulkItemSuccessful", true);
            } else {
                result.put("bulkItemSuccessful", false).putArray("bulkItemErrors").addObject()
                        .put("errorCode", "CMN-102").put("message", "Resource for parameter [id] is not found");
            }
        }
        return answer("delete", Response.ok(answer.toString()), "Heavy");
    }

    // ---- internals

    private ObjectNode store(ObjectNode contact, String status) {
        long id = nextId.getAndIncrement();
        ObjectNode extension = Json.MAPPER.createObjectNode();
        extension.put("id", id).put("uri", "http://fake/restapi/v1.0/account/62000000/extension/" + id)
                .put("extensionNumber", String.valueOf(100 + id % 900)).put("type", "User").put("status", status)
                .put("name", contact.path("firstName").asText() + " " + contact.path("lastName").asText());
        extension.set("contact", contact);
        extension.put("creationTime", "2026-01-01T00:00:00.000Z");
        extensionsById.put(String.valueOf(id), extension);
        return extension;
    }

    private ObjectNode byEmail(String email) {
        return extensionsById.values().stream()
                .filter(e -> email.equalsIgnoreCase(e.path("contact").path("email").asText())).findFirst().orElse(null);
    }

    /** The answer, unless it is to be lost: then the call took effect but the writer sees a failure. */
    private Response answer(String operation, Response.ResponseBuilder builder, String group) {
        Queue<Failure> queue = lostAnswers.get(operation);
        Failure lost = queue == null ? null : queue.poll();
        if (lost != null) {
            return limited(Response.status(lost.status()).entity(lost.body()), group);
        }
        return limited(builder, group);
    }

    /** Records and counts the request; a failure to inject or a refused token is the answer, else null. */
    private Response admit(Recorded request) {
        requests.add(request);
        return checkCall(request.operation(), request.authorization());
    }

    private static Response notFound(String group) {
        return error(404, "CMN-102", "Resource for parameter [extensionId] is not found", group);
    }

    private Response checkCall(String operation, String authorization) {
        calls.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
        Response failure = failure(operation, "Medium");
        if (failure != null) {
            return failure;
        }
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : "";
        if (!validTokens.containsKey(token)) {
            return error(401, "OAU-149", "Invalid token", "Medium");
        }
        return null;
    }

    private Response failure(String operation, String group) {
        Queue<Failure> queue = failures.get(operation);
        Failure failure = queue == null ? null : queue.poll();
        if (failure == null) {
            return null;
        }
        Response.ResponseBuilder builder = Response.status(failure.status()).entity(failure.body())
                .type(MediaType.APPLICATION_JSON).header("RCRequestId", "fake-" + System.nanoTime());
        failure.headers().forEach(builder::header);
        return builder.build();
    }

    private static Response error(int status, String code, String message, String group) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.putArray("errors").addObject().put("errorCode", code).put("message", message);
        return limited(Response.status(status).entity(body.toString()), group);
    }

    private static Response limited(Response.ResponseBuilder builder, String group) {
        // a generous budget: tests exercise the client-side limiter in unit tests, not here
        return builder.type(MediaType.APPLICATION_JSON).header("RCRequestId", "fake-" + System.nanoTime())
                .header("X-Rate-Limit-Group", group.toLowerCase()).header("X-Rate-Limit-Limit", "1000")
                .header("X-Rate-Limit-Remaining", "999").header("X-Rate-Limit-Window", "60").build();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}
