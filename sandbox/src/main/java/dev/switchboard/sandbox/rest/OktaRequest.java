package dev.switchboard.sandbox.rest;

import dev.switchboard.sandbox.client.OktaEvents;
import dev.switchboard.sandbox.domain.okta.LogEventFactory;
import io.vertx.core.http.HttpServerRequest;

/** Where a request came from, for the System Log's client and debugData. */
final class OktaRequest {

    private OktaRequest() {
    }

    static LogEventFactory.Context context(OktaEvents events, HttpServerRequest request) {
        String ip = request.remoteAddress() == null ? "127.0.0.1" : request.remoteAddress().host();
        return events.context(ip, request.getHeader("User-Agent"), request.path());
    }
}
