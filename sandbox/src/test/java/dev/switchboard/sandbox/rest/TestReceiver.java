package dev.switchboard.sandbox.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A hook endpoint inside the test application: {@code ok} answers like a correct receiver, {@code wrong} echoes a
 * wrong challenge, {@code fail5xx} / {@code fail4xx} refuse deliveries.
 */
@Path("/test-receiver/{mode}")
public class TestReceiver {

    /** One POST the receiver got. */
    public record Received(String mode, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    public static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> verify(@PathParam("mode") String mode,
                                      @HeaderParam("x-okta-verification-challenge") String challenge) {
        return Map.of("verification", "wrong".equals(mode) ? "not-the-challenge" : String.valueOf(challenge));
    }

    @POST
    public Response deliver(@PathParam("mode") String mode, @Context HttpHeaders headers, String body) {
        RECEIVED.add(new Received(mode, Map.copyOf(headers.getRequestHeaders()), body));
        return switch (mode) {
            case "fail5xx" -> Response.serverError().build();
            case "fail4xx" -> Response.status(400).build();
            default -> Response.noContent().build();
        };
    }
}
