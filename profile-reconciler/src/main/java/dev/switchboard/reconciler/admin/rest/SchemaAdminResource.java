package dev.switchboard.reconciler.admin.rest;

import dev.switchboard.reconciler.admin.AdminRoles;
import dev.switchboard.reconciler.domain.Importer;
import dev.switchboard.reconciler.mastery.MasteryStore;
import dev.switchboard.reconciler.persistence.RcSchemaAttributeRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** The attributes RingCentral offers (ringcentral.schema.v1), each with its master and its place in Okta. */
@Path("/admin/schema")
@Produces(MediaType.APPLICATION_JSON)
public class SchemaAdminResource {

    private final RcSchemaAttributeRepository attributes;
    private final MasteryStore mastery;
    private final Importer importer;

    public SchemaAdminResource(RcSchemaAttributeRepository attributes, MasteryStore mastery, Importer importer) {
        this.attributes = attributes;
        this.mastery = mastery;
        this.importer = importer;
    }

    @GET
    @RolesAllowed({AdminRoles.READ, AdminRoles.OPERATE})
    public Uni<List<AttributeView>> list() {
        return Panache.withSession(() -> mastery.refreshed().chain(() -> attributes.listAll(Sort.by("custom")
                .and("name")))).map(rows -> rows.stream().map(row -> {
                    String profile = importer.profileAttribute(row.name);
                    return new AttributeView(row.name, row.displayName, row.custom, row.customFieldId, row.readOnly,
                            mastery.masterOf(row.name).label(), profile != null ? "profile." + profile
                            : "appuser." + Importer.appUserAttribute(row.name), row.pushedAt);
                }).toList());
    }

    /**
     * @param readOnly      RingCentral only lets it be read: always RingCentral-mastered
     * @param oktaAttribute where the value lives in Okta: {@code profile.<name>} (user profile, per the mapping) or
     *                      {@code appuser.<name>} (the RingCentral app's user profile)
     * @param pushedAt      when it was added to the Okta app-user schema, if it was
     */
    public record AttributeView(String name, String displayName, boolean custom, String customFieldId,
                                boolean readOnly, String master,
                                String oktaAttribute, Instant pushedAt) {
    }
}
