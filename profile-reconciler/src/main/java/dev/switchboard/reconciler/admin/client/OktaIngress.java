package dev.switchboard.reconciler.admin.client;

import dev.switchboard.reconciler.config.OktaIngressConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Asks okta-ingress to re-read one Okta user (it publishes a fresh snapshot the reconciler then converges to).
 * okta-ingress's admin API trusts the same authorization server and audience, so the operator's own access token is
 * forwarded: okta-ingress checks the same operator role, and no service credential is needed.
 * No retries here: the operator sees the failure at once and decides whether to try again.
 */
@ApplicationScoped
public class OktaIngress {

    private static final int MAX_REASON = 500;

    private final OktaIngressApi api;
    private final OktaIngressConfig config;

    public OktaIngress(@RestClient OktaIngressApi api, OktaIngressConfig config) {
        this.api = api;
        this.config = config;
    }

    /** Never fails: a refused or failed call is an outcome with its reason. */
    public Uni<SyncOutcome> sync(String oktaUserId, String operatorAccessToken) {
        return api.sync("Bearer " + operatorAccessToken, oktaUserId)
                .map(OktaIngress::outcome)
                .onFailure(WebApplicationException.class)
                .recoverWithItem(e -> outcome(((WebApplicationException) e).getResponse()))
                .onFailure()
                .recoverWithItem(e -> new SyncOutcome(false, 0, "okta-ingress at " + config.url() + " unreachable: " + e));
    }

    private static SyncOutcome outcome(Response response) {
        try (response) {
            int status = response.getStatus();
            if (status >= 200 && status < 300) {
                return new SyncOutcome(true, status, null);
            }
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            if (body.length() > MAX_REASON) {
                body = body.substring(0, MAX_REASON) + "…";
            }
            return new SyncOutcome(false, status, "okta-ingress answered " + status + (body.isBlank() ? "" : ": " + body));
        }
    }

    /**
     * @param accepted   okta-ingress took the request (any 2xx)
     * @param httpStatus okta-ingress's status, 0 when it could not be reached
     * @param reason     why not, when not accepted
     */
    public record SyncOutcome(boolean accepted, int httpStatus, String reason) {
    }
}
