package dev.switchboard.rcingress.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.RingCentralAttributes;
import dev.switchboard.contracts.RingCentralSchema;
import dev.switchboard.contracts.Topics;
import dev.switchboard.rcingress.client.RingCentralDirectory;
import dev.switchboard.clients.ringcentral.RingCentralException;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

/**
 * Publishes the attributes the RingCentral account offers to ringcentral.schema.v1 (key = account id): the standard
 * ones ({@link RingCentralAttributes#STANDARD}; the read-only ones such as directNumber say so) and the account's
 * custom fields of category User. At start, after each import and on demand.
 */
@ApplicationScoped
public class SchemaDiscovery {

    private static final Logger LOG = Logger.getLogger(SchemaDiscovery.class);
    private static final Map<String, String> DISPLAY_NAMES = Map.of(
            RingCentralAttributes.FIRST_NAME, "First name", RingCentralAttributes.LAST_NAME, "Last name",
            RingCentralAttributes.EMAIL, "Email", RingCentralAttributes.DEPARTMENT, "Department",
            RingCentralAttributes.JOB_TITLE, "Job title", RingCentralAttributes.COMPANY, "Company",
            RingCentralAttributes.MOBILE_PHONE, "Mobile phone", RingCentralAttributes.BUSINESS_PHONE, "Business phone",
            RingCentralAttributes.EXTENSION_NUMBER, "Extension number",
            RingCentralAttributes.DIRECT_NUMBER, "Direct number");

    @Inject
    RingCentralDirectory directory;

    @Inject
    @Channel("schema-out")
    MutinyEmitter<Event<RingCentralSchema>> emitter;

    void atStart() {
        try {
            discover();
        } catch (RingCentralException e) {
            LOG.errorf("schema discovery failed: %s", e.getMessage());
        }
    }

    /** Reads the custom fields and the account id, publishes the schema and waits for Kafka's ack. */
    public RingCentralSchema discover() {
        List<JsonNode> customFields = directory.customFields();
        String accountId = directory.accountId();
        RingCentralSchema schema = new RingCentralSchema(accountId, attributes(customFields), Instant.now());
        emitter.sendMessageAndAwait(KafkaRecord.of(accountId, Event.first(Topics.RINGCENTRAL_SCHEMA, accountId, schema)));
        LOG.infof("published the schema of account %s: %d attributes", accountId, schema.attributes().size());
        return schema;
    }

    /** Standard attributes first, then the custom fields of category User. */
    static List<RingCentralSchema.Attribute> attributes(List<JsonNode> customFields) {
        List<RingCentralSchema.Attribute> attributes = new ArrayList<>();
        for (String name : RingCentralAttributes.STANDARD) {
            attributes.add(new RingCentralSchema.Attribute(name, DISPLAY_NAMES.get(name), "string", false, null,
                    !RingCentralAttributes.writable(name)));
        }
        for (JsonNode field : userFields(customFields)) {
            String id = field.path("id").asText();
            attributes.add(new RingCentralSchema.Attribute(RingCentralAttributes.customField(id),
                    field.path("displayName").asText(null), "string", true, id));
        }
        return attributes;
    }

    /** The custom field definitions that belong to users (RingCentral's only category today). */
    static List<JsonNode> userFields(List<JsonNode> customFields) {
        return customFields.stream().filter(f -> "User".equals(f.path("category").asText("User")))
                .filter(f -> f.hasNonNull("id")).toList();
    }
}
