package dev.switchboard.oktawriter.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.contracts.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

/**
 * Okta's org authorization server ({@code POST /oauth2/v1/token}) as an API service app meets it: client credentials
 * with a private_key_jwt client assertion. The assertion is verified as Okta does (RS256 signature by the app's
 * registered key — the public half of src/test/resources/okta-service-app-test-key.pem —, iss = sub = client id,
 * aud = this token endpoint, exp in the future and at most an hour ahead, jti never seen), the requested scopes are
 * cut down to the app's grants, and the token is remembered so that {@link FakeOktaGate} can accept it.
 */
@ApplicationScoped
@Path("/oauth2/v1")
public class FakeOktaTokens {

    public static final String CLIENT_ID = "0oatestserviceapp";
    static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    static final Set<String> ALL_SCOPES = Set.of("okta.users.read", "okta.users.manage", "okta.apps.read",
            "okta.apps.manage", "okta.schemas.read", "okta.schemas.manage");

    /** One token request the endpoint answered with a token: the form, the assertion's claims, what was issued. */
    public record Issued(String accessToken, Set<String> scopes, Map<String, List<String>> form, JsonNode claims) {
    }

    private final PublicKey appKey = publicHalf("okta-service-app-test-key.pem");
    private final List<Map<String, List<String>>> requests = new ArrayList<>();
    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final Set<String> usedJtis = ConcurrentHashMap.newKeySet();
    private final AtomicInteger counter = new AtomicInteger();
    private volatile Set<String> grants = ALL_SCOPES;
    private volatile boolean refuseEveryToken;

    // ---- arranging -------------------------------------------------------------------------------------------------

    /** Tokens issued from now on carry only these of the requested scopes (the app's grants in Okta). */
    public void grantOnly(String... scopes) {
        grants = Set.of(scopes);
    }

    /** Every token issued so far is refused from now on (401 invalid_token), as when Okta revoked or expired it. */
    public void revokeIssued() {
        revoked.addAll(tokens.keySet());
    }

    /** The API refuses every token, new ones included (401 invalid_token), as when the app was deactivated. */
    public void refuseEveryToken() {
        refuseEveryToken = true;
    }

    /** Back to granting everything and accepting new tokens; revoked tokens stay revoked. */
    public void reset() {
        grants = ALL_SCOPES;
        refuseEveryToken = false;
    }

    // ---- observing -------------------------------------------------------------------------------------------------

    /** Every token request so far, in order, issued or not. */
    public synchronized int requestCount() {
        return requests.size();
    }

    public synchronized List<Map<String, List<String>>> requests() {
        return List.copyOf(requests);
    }

    /** What was issued with this access token, if this endpoint issued it. */
    public Optional<Issued> issued(String accessToken) {
        return Optional.ofNullable(tokens.get(accessToken));
    }

    /** The scopes of a token the API accepts: issued here and not revoked. */
    Optional<Set<String>> scopesOf(String accessToken) {
        Issued issued = tokens.get(accessToken);
        return issued == null || refuseEveryToken || revoked.contains(accessToken) ? Optional.empty() : Optional.of(issued.scopes());
    }

    // ---- the token endpoint ----------------------------------------------------------------------------------------

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(MultivaluedMap<String, String> form, @Context UriInfo uri) {
        synchronized (this) {
            requests.add(Map.copyOf(form));
        }
        if (!"client_credentials".equals(form.getFirst("grant_type"))) {
            return error(400, "unsupported_grant_type", "grant_type must be client_credentials");
        }
        if (!ASSERTION_TYPE.equals(form.getFirst("client_assertion_type"))) {
            return error(401, "invalid_client", "a private_key_jwt client assertion is required");
        }
        JsonNode claims;
        try {
            claims = verify(form.getFirst("client_assertion"), uri.getBaseUri().resolve("oauth2/v1/token").toString());
        } catch (IllegalArgumentException e) {
            return error(401, "invalid_client", "The client_assertion is invalid: " + e.getMessage());
        }
        String scope = form.getFirst("scope");
        if (scope == null || scope.isBlank()) {
            return error(400, "invalid_scope", "The authorization server requires a scope.");
        }
        Set<String> requested = new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
        if (!ALL_SCOPES.containsAll(requested)) {
            return error(400, "invalid_scope", "One or more scopes are not configured for the authorization server.");
        }
        Set<String> granted = new LinkedHashSet<>(requested);
        granted.retainAll(grants);
        String accessToken = "fake-okta-access-" + counter.incrementAndGet();
        tokens.put(accessToken, new Issued(accessToken, Set.copyOf(granted), Map.copyOf(form), claims));
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("token_type", "Bearer");
        body.put("expires_in", 3600);
        body.put("access_token", accessToken);
        body.put("scope", String.join(" ", granted));
        return Response.ok(body).build();
    }

    /** The claims of a client assertion that holds up as Okta checks it; otherwise why not. */
    private JsonNode verify(String assertion, String tokenUrl) {
        if (assertion == null || assertion.isBlank()) {
            throw new IllegalArgumentException("client_assertion is required");
        }
        String[] parts = assertion.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a signed JWT");
        }
        JsonNode header = decode(parts[0]);
        JsonNode claims = decode(parts[1]);
        if (!"RS256".equals(header.path("alg").asText())) {
            throw new IllegalArgumentException("alg " + header.path("alg").asText() + " instead of RS256");
        }
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(appKey);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                throw new IllegalArgumentException("signature does not verify with the registered key");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("signature unreadable: " + e.getMessage());
        }
        if (!CLIENT_ID.equals(claims.path("iss").asText()) || !CLIENT_ID.equals(claims.path("sub").asText())) {
            throw new IllegalArgumentException("iss and sub must be the client id");
        }
        if (!audiences(claims).contains(tokenUrl)) {
            throw new IllegalArgumentException("aud must be " + tokenUrl);
        }
        long now = Instant.now().getEpochSecond();
        long exp = claims.path("exp").asLong(0);
        if (exp <= now || exp > now + 3600) {
            throw new IllegalArgumentException("exp must be in the future and at most an hour ahead");
        }
        String jti = claims.path("jti").asText("");
        if (jti.isBlank() || !usedJtis.add(jti)) {
            throw new IllegalArgumentException("jti missing or already used");
        }
        return claims;
    }

    static List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        return aud.isArray() ? StreamSupport.stream(aud.spliterator(), false).map(JsonNode::asText).toList()
                : List.of(aud.asText());
    }

    private static JsonNode decode(String part) {
        try {
            return Json.MAPPER.readTree(Base64.getUrlDecoder().decode(part));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a JWT");
        }
    }

    /** The public key Okta would have registered for the app: derived from the test private key. */
    private static PublicKey publicHalf(String resource) {
        try (InputStream in = FakeOktaTokens.class.getClassLoader().getResourceAsStream(resource)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            return rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response error(int status, String error, String description) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("error", error);
        body.put("error_description", description);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
