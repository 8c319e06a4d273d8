package dev.switchboard.reconciler.admin.rest;

import dev.switchboard.reconciler.admin.AdminRoles;
import dev.switchboard.reconciler.admin.UserStates;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One user as the reconciler sees it: the link, and each mapped attribute on both sides with its provenance. */
@Path("/admin/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserStateResource {

    private final UserStates users;

    public UserStateResource(UserStates users) {
        this.users = users;
    }

    /** 404 when the reconciler has never seen the user. */
    @GET
    @Path("/{oktaUserId}")
    @RolesAllowed({AdminRoles.READ, AdminRoles.OPERATE})
    public Uni<UserStates.UserState> user(@PathParam("oktaUserId") String oktaUserId) {
        String id = Ids.oktaUserId(oktaUserId);
        return Panache.withSession(() -> users.of(id))
                .map(state -> state.orElseThrow(() -> AdminException.notFound("the reconciler has never seen Okta user " + id)));
    }
}
