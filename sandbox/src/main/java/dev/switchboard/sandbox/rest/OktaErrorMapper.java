package dev.switchboard.sandbox.rest;

import dev.switchboard.sandbox.domain.okta.OktaApiException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Okta's error body for every Okta API failure. */
@Provider
public class OktaErrorMapper implements ExceptionMapper<OktaApiException> {

    @Override
    public Response toResponse(OktaApiException e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(OktaViews.error(e.errorCode(), e.summary(), e.causes())).build();
    }
}
