package dev.switchboard.reconciler.admin.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Admin errors as JSON: {@code {"status": 409, "error": "Conflict", "reason": "…"}}. */
public class AdminExceptionMapper {

    @ServerExceptionMapper
    public Response map(AdminException e) {
        return Response.status(e.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(new Problem(e.status().getStatusCode(), e.status().getReasonPhrase(), e.getMessage()))
                .build();
    }

    /** The error body of the admin API. */
    public record Problem(int status, String error, String reason) {
    }
}
