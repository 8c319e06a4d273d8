package dev.switchboard.reconciler.admin.rest;

import dev.switchboard.contracts.RingCentralAttributes;
import dev.switchboard.reconciler.admin.AdminRoles;
import dev.switchboard.reconciler.domain.Master;
import dev.switchboard.reconciler.domain.MasteryPolicy;
import dev.switchboard.reconciler.mastery.MasteryStore;
import dev.switchboard.reconciler.persistence.MasteryEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The mastery table: which side masters each RingCentral attribute, and the profile-master switch. */
@Path("/admin/mastery")
@Produces(MediaType.APPLICATION_JSON)
public class MasteryAdminResource {

    private final MasteryStore mastery;
    private final Audited audited;
    private final SecurityIdentity identity;

    public MasteryAdminResource(MasteryStore mastery, Audited audited, SecurityIdentity identity) {
        this.mastery = mastery;
        this.audited = audited;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({AdminRoles.READ, AdminRoles.OPERATE})
    public Uni<MasteryView> table() {
        return Panache.withSession(() -> mastery.profileMasterSetting().chain(setting -> mastery.rows()
                .map(rows -> new MasteryView(setting == null ? Master.OKTA.label() : setting.value,
                        rows.stream().map(MasteryAdminResource::view).toList()))));
    }

    /** Sets the profile master: {@code ringcentral} makes every attribute and the lifecycle flow from RingCentral. */
    @PUT
    @Path("/profile-master")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(AdminRoles.OPERATE)
    public Uni<Map<String, String>> profileMaster(MasterBody body) {
        String actor = Audited.actor(identity);
        return audited.inTransaction(actor, "MASTERY_PROFILE_MASTER", "profile-master", () -> {
            Master master = master(body);
            return mastery.setProfileMaster(master, actor).map(before -> changed(master, before));
        }, result -> new Audited.Entry("CHANGED", new LinkedHashMap<>(result)))
                .call(() -> Panache.withSession(mastery::load));
    }

    /** Sets the master of one attribute (a standard RingCentral attribute or customFields.&lt;id&gt;). */
    @PUT
    @Path("/{attribute}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(AdminRoles.OPERATE)
    public Uni<Map<String, String>> attribute(@PathParam("attribute") String attribute, MasterBody body) {
        String actor = Audited.actor(identity);
        return audited.inTransaction(actor, "MASTERY_SET", attribute, () -> {
            if (!MasteryPolicy.knownAttribute(attribute)) {
                throw AdminException.badRequest("not a RingCentral attribute: " + attribute
                        + " (a standard attribute or customFields.<id>)");
            }
            Master master = master(body);
            if (master == Master.OKTA && !RingCentralAttributes.writable(attribute)) {
                throw AdminException.badRequest(attribute + " is read-only in RingCentral (numbers are assigned in"
                        + " RingCentral's phone-number inventory, not through the extension API): it stays"
                        + " RingCentral-mastered");
            }
            return mastery.setMaster(attribute, master, actor).map(before -> {
                Map<String, String> result = changed(master, before);
                result.put("attribute", attribute);
                return result;
            });
        }, result -> new Audited.Entry("CHANGED", new LinkedHashMap<>(result)))
                .call(() -> Panache.withSession(mastery::load));
    }

    private static Map<String, String> changed(Master master, Master before) {
        Map<String, String> result = new LinkedHashMap<>();
        result.put("master", master.label());
        result.put("previous", before == null ? null : before.label());
        return result;
    }

    private static Master master(MasterBody body) {
        if (body == null || body.master() == null) {
            throw AdminException.badRequest("body must be {\"master\": \"okta\" | \"ringcentral\"}");
        }
        try {
            return MasteryStore.parse(body.master());
        } catch (IllegalArgumentException e) {
            throw AdminException.badRequest("master must be okta or ringcentral, got: " + body.master());
        }
    }

    private static AttributeView view(MasteryEntity row) {
        return new AttributeView(row.attribute, row.master, row.oktaAttribute, row.updatedBy, row.updatedAt);
    }

    /** The request body of both PUTs. */
    public record MasterBody(String master) {
    }

    /** The table: the profile master, then one row per attribute. */
    public record MasteryView(String profileMaster, List<AttributeView> attributes) {
    }

    /** One attribute's master and where its value lives in Okta. */
    public record AttributeView(String attribute, String master, String oktaAttribute, String updatedBy,
                                Instant updatedAt) {
    }
}
