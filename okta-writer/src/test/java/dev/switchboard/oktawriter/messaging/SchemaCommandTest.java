package dev.switchboard.oktawriter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.contracts.OktaCommand.Action;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import dev.switchboard.testing.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** UPDATE_APP_USER_SCHEMA: only the attributes the app-user schema lacks are added. */
@QuarkusTest
class SchemaCommandTest {

    @Inject
    FakeOkta okta;

    @Test
    void addsOnlyTheMissingAttributesAsCustomStringProperties() {
        String appId = TestTopics.uniqueId("0oa");
        okta.schema(appId); // the base schema: userName
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("userName", "User name");
        attributes.put("extensionNumber", "Extension number");
        attributes.put("customField_4711", "Cost center");

        ProvisioningResult first = execute(appId, attributes);

        assertThat(first.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(first.appliedAttributes()).containsEntry("extensionNumber", "Extension number")
                .containsEntry("customField_4711", "Cost center").containsEntry("userName", "Username");
        List<FakeOkta.Recorded> posts = okta.requestsAbout(appId).stream().filter(r -> r.method().equals("POST")).toList();
        assertThat(posts).hasSize(1);
        JsonNode properties = posts.get(0).json().path("definitions").path("custom").path("properties");
        assertThat(properties.size()).isEqualTo(2);
        assertThat(properties.path("extensionNumber").path("title").asText()).isEqualTo("Extension number");
        assertThat(properties.path("extensionNumber").path("type").asText()).isEqualTo("string");

        // everything present now: nothing is posted
        ProvisioningResult second = execute(appId, attributes);
        assertThat(second.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(okta.count("POST", appId)).isEqualTo(1);
    }

    private static ProvisioningResult execute(String appId, Map<String, String> attributes) {
        OktaCommand template = Commands.command(Action.UPDATE_APP_USER_SCHEMA, null, attributes);
        return Commands.execute(new OktaCommand(template.commandId(), template.linkId(), template.action(), null, appId,
                attributes, "new RingCentral attributes"));
    }
}
