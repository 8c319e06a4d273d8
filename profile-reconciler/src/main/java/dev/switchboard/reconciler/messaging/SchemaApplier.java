package dev.switchboard.reconciler.messaging;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.contracts.RingCentralSchema;
import dev.switchboard.reconciler.config.ReconcilerConfig;
import dev.switchboard.reconciler.domain.Importer;
import dev.switchboard.reconciler.persistence.ProcessedEventRepository;
import dev.switchboard.reconciler.persistence.RcSchemaAttributeEntity;
import dev.switchboard.reconciler.persistence.RcSchemaAttributeRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Import User Schema: stores the attributes RingCentral offers (rc_schema_attribute) in one transaction per schema
 * event and, with switchboard.schema.push-to-okta=true, asks okta-writer to add those not pushed yet to the Okta
 * app-user schema (one UPDATE_APP_USER_SCHEMA, app-user attribute name → display name). Attributes the mapping takes
 * from the Okta user profile are not app-user attributes and are never pushed.
 */
@ApplicationScoped
public class SchemaApplier {

    public static final String CONSUMER = "profile-reconciler/ringcentral-schema";

    private static final Logger LOG = Logger.getLogger(SchemaApplier.class);

    private final ProcessedEventRepository processed;
    private final RcSchemaAttributeRepository attributes;
    private final Importer importer;
    private final OktaCommandWriter okta;
    private final ReconcilerConfig config;
    private final Clock clock;

    public SchemaApplier(ProcessedEventRepository processed, RcSchemaAttributeRepository attributes, Importer importer,
                         OktaCommandWriter okta, ReconcilerConfig config, Clock clock) {
        this.processed = processed;
        this.attributes = attributes;
        this.importer = importer;
        this.okta = okta;
        this.config = config;
        this.clock = clock;
    }

    public Uni<Void> apply(Event<RingCentralSchema> event) {
        RingCentralSchema schema = event.data();
        Instant now = clock.instant();
        return Panache.withTransaction(() -> processed.alreadyProcessed(event.id()).chain(done -> {
            if (done) {
                return Uni.createFrom().voidItem();
            }
            List<RcSchemaAttributeEntity> toPush = new ArrayList<>();
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (RingCentralSchema.Attribute attribute : schema.attributes()) {
                if (attribute.name() == null || attribute.name().isBlank()) {
                    continue;
                }
                chain = chain.chain(() -> attributes.findById(attribute.name()).chain(stored -> {
                    RcSchemaAttributeEntity row = stored != null ? stored : new RcSchemaAttributeEntity();
                    row.name = attribute.name();
                    row.displayName = attribute.displayName();
                    row.custom = attribute.custom();
                    row.customFieldId = attribute.customFieldId();
                    row.readOnly = attribute.readOnly();
                    row.accountId = schema.accountId();
                    row.discoveredAt = schema.discoveredAt() != null ? schema.discoveredAt() : now;
                    if (row.pushedAt == null && importer.profileAttribute(row.name) == null) {
                        toPush.add(row);
                    }
                    return stored != null ? Uni.createFrom().voidItem() : attributes.persist(row).replaceWithVoid();
                }));
            }
            LOG.infof("RingCentral schema of account %s: %d attributes", schema.accountId(), schema.attributes().size());
            return chain.chain(() -> push(event, toPush, now))
                    .chain(() -> processed.markProcessed(event.id(), CONSUMER));
        }));
    }

    private Uni<Void> push(Event<RingCentralSchema> event, List<RcSchemaAttributeEntity> rows, Instant now) {
        if (!config.schema().pushToOkta() || rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, String> additions = new LinkedHashMap<>();
        rows.forEach(row -> {
            additions.put(Importer.appUserAttribute(row.name), row.displayName == null ? row.name : row.displayName);
            row.pushedAt = now;
        });
        String key = "schema-" + (event.data().accountId() == null ? "account" : event.data().accountId());
        OktaCommand command = new OktaCommand(UUID.randomUUID().toString(), key,
                OktaCommand.Action.UPDATE_APP_USER_SCHEMA, null, null, additions,
                "RingCentral attributes not yet in the Okta app-user schema");
        LOG.infof("Okta app-user schema: adding %s (command %s)", additions.keySet(), command.commandId());
        return okta.write(event, null, command, Map.of());
    }
}
