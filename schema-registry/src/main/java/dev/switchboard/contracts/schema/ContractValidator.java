package dev.switchboard.contracts.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.Topic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Checks a serialized event against its topic's JSON Schema. Used by every producer's tests. */
public final class ContractValidator {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private ContractValidator() {
    }

    /** The schema of {@code topic}, as JSON. */
    public static JsonNode schemaOf(Topic<?> topic) {
        try (InputStream in = ContractValidator.class.getResourceAsStream(topic.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("no schema at " + topic.schemaResource());
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation of the topic's schema by {@code json}; empty when it conforms. */
    public static List<String> violations(Topic<?> topic, byte[] json) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(topic.name(), n -> FACTORY.getSchema(schemaOf(topic)));
        try {
            return schema.validate(Json.MAPPER.readTree(json)).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    /** Fails with the violations when {@code json} does not conform to the topic's schema. */
    public static void assertConforms(Topic<?> topic, byte[] json) {
        List<String> violations = violations(topic, json);
        if (!violations.isEmpty()) {
            throw new AssertionError(topic.name() + " contract violated: " + violations + " in "
                    + new String(json, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
