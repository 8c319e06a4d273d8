package dev.switchboard.sandbox.rest;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A RingCentral webhook endpoint inside the test application, per {@code tag} so tests do not see each other's
 * notifications. Modes: {@code ok} echoes the Validation-Token and answers notifications 200; {@code mute} answers
 * the handshake 200 without echoing; {@code fail500} passes the handshake, then answers notifications 500.
 */
@Path("/rc-receiver/{mode}/{tag}")
public class RingCentralReceiver {

    /** One POST the receiver got (handshakes included). */
    public record Received(String mode, String tag, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public boolean handshake() {
            return header("Validation-Token") != null;
        }
    }

    public static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

    /** Notifications (not handshakes) received under {@code tag}. */
    static List<Received> notifications(String tag) {
        return RECEIVED.stream().filter(r -> r.tag().equals(tag) && !r.handshake()).toList();
    }

    @POST
    public Response receive(@PathParam("mode") String mode, @PathParam("tag") String tag, @Context HttpHeaders headers,
                            String body) {
        Received received = new Received(mode, tag, Map.copyOf(headers.getRequestHeaders()), body);
        RECEIVED.add(received);
        if (received.handshake()) {
            Response.ResponseBuilder ok = Response.ok().type("application/json");
            return "mute".equals(mode) ? ok.build() : ok.header("Validation-Token", received.header("Validation-Token")).build();
        }
        return "fail500".equals(mode) ? Response.serverError().build() : Response.ok().build();
    }
}
