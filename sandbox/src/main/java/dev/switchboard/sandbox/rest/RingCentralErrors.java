package dev.switchboard.sandbox.rest;

import dev.switchboard.sandbox.domain.ringcentral.RingCentralApiException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RingCentral's error bodies: {@code {errors:[{errorCode, message, parameterName?}]}} and OAuth errors. */
@Provider
public class RingCentralErrors implements ExceptionMapper<RingCentralApiException> {

    @Override
    public Response toResponse(RingCentralApiException e) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("errorCode", e.errorCode());
        error.put("message", e.getMessage());
        if (e.parameterName() != null) {
            error.put("parameterName", e.parameterName());
        }
        if (e.parameterValue() != null) {
            error.put("parameterValue", e.parameterValue());
        }
        return json(e.status(), Map.of("errors", List.of(error)));
    }

    /** The legacy shape with a top-level copy, used for 401 and 429. */
    static Response legacy(int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errorCode", code);
        body.put("message", message);
        body.put("errors", List.of(Map.of("errorCode", code, "message", message)));
        return json(status, body);
    }

    /** OAuth token endpoint error: RFC 6749 code plus RingCentral's errors[]. */
    static Response oauth(int status, String error, String description, String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        body.put("errors", List.of(Map.of("errorCode", code, "message", description)));
        return json(status, body);
    }

    private static Response json(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
