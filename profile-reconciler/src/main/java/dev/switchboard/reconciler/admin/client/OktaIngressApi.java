package dev.switchboard.reconciler.admin.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** okta-ingress's admin API (base URL {@code switchboard.okta-ingress.url}). Used through {@link OktaIngress} only. */
@RegisterRestClient(configKey = "okta-ingress")
@Path("/admin/users")
interface OktaIngressApi {

    /** Re-reads one user from Okta and publishes its snapshot; needs a bearer token with switchboard.operate. */
    @POST
    @Path("/{oktaUserId}/sync")
    Uni<Response> sync(@HeaderParam("Authorization") String authorization, @PathParam("oktaUserId") String oktaUserId);
}
