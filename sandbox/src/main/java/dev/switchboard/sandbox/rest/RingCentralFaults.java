package dev.switchboard.sandbox.rest;

import dev.switchboard.sandbox.domain.ringcentral.FaultInjector;
import io.vertx.core.Context;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.time.Duration;

/**
 * The injected faults that let the call run. The call is performed at once; then "slow" and "timeout" hold the
 * answer (on the worker thread that ran the endpoint) — for "timeout" longer than the client waits, so the
 * client gives up although the write happened — and "lost-response" answers 503, so the caller cannot tell
 * that the write happened. Holding after the call keeps the outcome independent of when the client hangs up.
 */
@Provider
public class RingCentralFaults implements ContainerResponseFilter {

    static final String FAULT = "sandbox.rc.fault";

    @Inject
    FaultInjector faults;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(FAULT) == FaultInjector.Kind.LOST_RESPONSE) {
            response.setStatus(503);
            response.setEntity(unavailable().getEntity(), null, MediaType.APPLICATION_JSON_TYPE);
        }
        hold(request.getProperty(FAULT));
    }

    private void hold(Object fault) {
        Duration hold = fault == FaultInjector.Kind.SLOW ? faults.settings().slow()
                : fault == FaultInjector.Kind.TIMEOUT ? faults.settings().timeout() : Duration.ZERO;
        if (hold.isZero()) {
            return;
        }
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("a held RingCentral call must run on a worker thread");
        }
        try {
            Thread.sleep(hold.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** 503 with RingCentral's error body (CMN-201). */
    static Response unavailable() {
        return RingCentralErrors.legacy(503, "CMN-201", "Service Temporary Unavailable");
    }
}
