package dev.switchboard.clients.ringcentral;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import java.util.function.Supplier;

/** {@link Answer}s of the services' JAX-RS (MicroProfile) REST clients, read in one place. */
public final class JaxRsAnswers {

    private JaxRsAnswers() {
    }

    /** A REST client call, given the Authorization header value, as the calls send it. */
    public static RingCentralCalls.Exchange exchange(Function<String, Response> call) {
        return authorization -> read(() -> call.apply(authorization));
    }

    /**
     * The answer to {@code call}, error statuses included whether the client returns them or throws them as a
     * {@link WebApplicationException}; the response is closed. {@link ProcessingException} (nothing came back) becomes
     * {@link RingCentralCalls.NoAnswer}; one while reading the body propagates as it is.
     */
    public static Answer read(Supplier<Response> call) {
        Response response;
        try {
            response = call.get();
        } catch (WebApplicationException e) {
            response = e.getResponse();
        } catch (ProcessingException e) {
            throw new RingCentralCalls.NoAnswer(e);
        }
        try (Response answer = response) {
            return Answer.of(answer.getStatus(), answer.hasEntity() ? answer.readEntity(String.class) : "",
                    answer::getHeaderString);
        }
    }
}
