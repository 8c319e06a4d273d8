package dev.switchboard.oktaingress.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.clients.okta.OktaException;
import dev.switchboard.clients.okta.OktaRequests;
import dev.switchboard.clients.okta.OktaRequests.Repeat;
import dev.switchboard.contracts.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * okta-ingress's reads through the shared {@link OktaRequests} (auth, renewal of a refused token, retries, pacing,
 * concurrency), as JSON answers; what does not succeed becomes an {@link OktaCallFailedException} with the codes
 * okta-ingress reports in its dead letters. Every call okta-ingress makes may simply be sent again.
 */
@ApplicationScoped
class OktaCalls {

    private final OktaRequests requests;

    OktaCalls(OktaRequests requests) {
        this.requests = requests;
    }

    /**
     * The 2xx answer; anything else fails.
     *
     * @param family the endpoint family Okta rate-limits the call with, e.g. {@code /api/v1/users}
     * @throws OktaCallFailedException when Okta refused or could not be reached after the retries
     */
    Answer call(String family, String what, Function<String, Response> call) {
        try {
            OktaRequests.Result result = requests.send(what, family, Repeat.SAFE, call);
            return new Answer(result.answer().status(), json(result.answer().body()),
                    result.answer().headers("Link"));
        } catch (OktaException e) {
            throw OktaCallFailedException.of(e);
        } catch (OktaRequests.Interrupted e) {
            throw new OktaCallFailedException(what + " interrupted", "INTERRUPTED", null, 0, e);
        }
    }

    /** As {@link #call}, empty when Okta says the object does not exist (404). */
    Optional<Answer> callOrNotFound(String family, String what, Function<String, Response> call) {
        try {
            return Optional.of(call(family, what, call));
        } catch (OktaCallFailedException e) {
            if (Integer.valueOf(404).equals(e.httpStatus())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static JsonNode json(String body) {
        if (body.isEmpty()) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            // an answer that is not JSON; require() says so
            return null;
        }
    }

    /** A 2xx answer: its status, JSON body (null when none) and Link headers (paging). */
    record Answer(int status, JsonNode body, List<String> links) {

        /** This answer when it has a JSON body; fails otherwise. */
        Answer require(String what) {
            if (body == null) {
                throw new OktaCallFailedException(what + " answered " + status + " without a JSON body",
                        "OKTA_HTTP_" + status, status, 1, null);
            }
            return this;
        }
    }
}
