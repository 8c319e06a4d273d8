package dev.switchboard.rcingress.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.RingCentralAttributes;
import dev.switchboard.contracts.RingCentralSchema;
import dev.switchboard.contracts.Topics;
import dev.switchboard.rcingress.fixtures.AdminTokens;
import dev.switchboard.rcingress.fixtures.FakeRingCentral;
import dev.switchboard.rcingress.fixtures.Produced;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SchemaDiscoveryTest {

    @Inject
    FakeRingCentral ringCentral;

    @Test
    void publishesTheStandardAttributesAndTheUsersCustomFields() {
        ringCentral.defineCustomField("77001", "User", "Cost centre");

        given().auth().oauth2(AdminTokens.operator()).when().post("/admin/schema").then().statusCode(202);

        try (Produced<RingCentralSchema> schemas = new Produced<>(Topics.RINGCENTRAL_SCHEMA)) {
            RingCentralSchema schema = schemas.await(1, r -> FakeRingCentral.ACCOUNT_ID.equals(r.key())
                    && Json.readEvent(Topics.RINGCENTRAL_SCHEMA, r.value()).data().attributes().stream()
                    .anyMatch(a -> "77001".equals(a.customFieldId()))).get(0).data();
            assertThat(schema.accountId()).isEqualTo(FakeRingCentral.ACCOUNT_ID);
            assertThat(schema.attributes().subList(0, RingCentralAttributes.STANDARD.size()))
                    .extracting(RingCentralSchema.Attribute::name).containsExactlyElementsOf(RingCentralAttributes.STANDARD);
            assertThat(schema.attributes()).contains(new RingCentralSchema.Attribute(RingCentralAttributes.DIRECT_NUMBER,
                    "Direct number", "string", false, null, true));
            assertThat(schema.attributes()).filteredOn(RingCentralSchema.Attribute::readOnly)
                    .extracting(RingCentralSchema.Attribute::name).containsExactly(RingCentralAttributes.DIRECT_NUMBER);
            assertThat(schema.attributes()).filteredOn(RingCentralSchema.Attribute::custom)
                    .contains(new RingCentralSchema.Attribute("customFields.77001", "Cost centre", "string", true, "77001"));
        }
    }

    @Test
    void customFieldsOfOtherCategoriesAreLeftOut() {
        var fields = java.util.List.of(
                Json.MAPPER.createObjectNode().put("id", "1").put("category", "User").put("displayName", "A"),
                Json.MAPPER.createObjectNode().put("id", "2").put("category", "Site").put("displayName", "B"));
        assertThat(SchemaDiscovery.attributes(java.util.List.copyOf(fields)))
                .extracting(RingCentralSchema.Attribute::name).contains("customFields.1").doesNotContain("customFields.2");
    }
}
