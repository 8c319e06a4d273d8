package dev.switchboard.rcingress.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The JSON body of every refusal: why the request was not accepted. */
public record Problem(String reason) {

    static Response response(Response.Status status, String reason) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new Problem(reason)).build();
    }
}
