package dev.switchboard.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.Topic;
import dev.switchboard.contracts.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaCompatibilityTest {

    /** The schemas as published: change one only compatibly; a breaking change needs a new topic version. */
    private static final Path PUBLISHED = Path.of("published");

    static List<Topic<?>> topics() {
        return Topics.ALL;
    }

    @ParameterizedTest
    @MethodSource("topics")
    void everyTopicsSchemaStaysCompatibleWithItsPublishedVersion(Topic<?> topic) throws IOException {
        Path published = PUBLISHED.resolve(topic.name() + ".json");
        assertThat(published).as("publish %s by copying its schema to %s", topic, published).exists();
        List<String> breaking = SchemaCompatibility.breakingChanges(Json.MAPPER.readTree(published.toFile()),
                ContractValidator.schemaOf(topic));
        assertThat(breaking).as("breaking changes to %s: make %s instead", topic,
                topic.name().replaceAll("v\\d+$", "v" + (topic.version() + 1))).isEmpty();
    }

    @Test
    void everyPublishedSchemaStillHasItsTopic() throws IOException {
        try (Stream<Path> files = Files.list(PUBLISHED)) {
            assertThat(files.map(f -> f.getFileName().toString().replaceAll("\\.json$", "")))
                    .allSatisfy(name -> assertThat(Topics.byName(name)).as("topic %s", name).isPresent());
        }
    }

    @Test
    void addingAnOptionalPropertyIsCompatible() {
        JsonNode before = schema();
        ObjectNode after = schema();
        ((ObjectNode) after.get("properties")).putObject("nickName").put("type", "string");
        assertThat(SchemaCompatibility.breakingChanges(before, after)).isEmpty();
    }

    @Test
    void removingAPropertyBreaks() {
        JsonNode before = schema();
        ObjectNode after = schema();
        ((ObjectNode) after.get("properties")).remove("email");
        assertThat(SchemaCompatibility.breakingChanges(before, after)).containsExactly("/: property 'email' removed");
    }

    @Test
    void retypingAPropertyBreaks() {
        JsonNode before = schema();
        ObjectNode after = schema();
        ((ObjectNode) after.get("properties").get("email")).put("type", "integer");
        assertThat(SchemaCompatibility.breakingChanges(before, after)).singleElement().asString().contains("/email: type");
    }

    @Test
    void requiringAPropertyBreaks() {
        JsonNode before = schema();
        ObjectNode after = schema();
        after.withArray("required").add("email");
        assertThat(SchemaCompatibility.breakingChanges(before, after)).containsExactly("/: property 'email' became required");
    }

    @Test
    void removingAnEnumValueOrADefinitionBreaks() {
        JsonNode before = schema();
        ObjectNode after = schema();
        ((ObjectNode) after.get("properties").get("status")).putArray("enum").add("ACTIVE");
        ((ObjectNode) after.get("$defs")).remove("Address");
        assertThat(SchemaCompatibility.breakingChanges(before, after)).containsExactlyInAnyOrder(
                "/status: enum value \"SUSPENDED\" removed", "$defs/Address: definition removed");
    }

    @Test
    void changesInsideADefinitionAreFound() {
        JsonNode before = schema();
        ObjectNode after = schema();
        ((ObjectNode) after.get("$defs").get("Address").get("properties")).remove("city");
        assertThat(SchemaCompatibility.breakingChanges(before, after)).containsExactly("$defs/Address: property 'city' removed");
    }

    private static ObjectNode schema() {
        try {
            return (ObjectNode) Json.MAPPER.readTree("""
                    {"type":"object","required":["id"],
                     "properties":{"id":{"type":"string"},"email":{"type":"string"},
                                   "status":{"type":"string","enum":["ACTIVE","SUSPENDED"]},
                                   "address":{"$ref":"#/$defs/Address"}},
                     "$defs":{"Address":{"type":"object","properties":{"city":{"type":"string"}}}}}
                    """);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
