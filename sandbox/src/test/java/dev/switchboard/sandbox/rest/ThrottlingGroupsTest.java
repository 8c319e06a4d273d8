package dev.switchboard.sandbox.rest;

import dev.switchboard.sandbox.domain.RateGroup;
import dev.switchboard.sandbox.domain.ringcentral.RateGroups;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The group the sandbox enforces for each served operation is the {@code x-throttling-group} of the official file. */
class ThrottlingGroupsTest {

    /** An operation the sandbox serves: method, spec path, and a concrete path as callers send it. */
    private record Served(PathItem.HttpMethod method, String specPath, String samplePath) {
    }

    private static final List<Served> SERVED = List.of(
            new Served(PathItem.HttpMethod.POST, "/restapi/oauth/token", "/restapi/oauth/token"),
            new Served(PathItem.HttpMethod.GET, "/restapi/v1.0/account/{accountId}", "/restapi/v1.0/account/~"),
            new Served(PathItem.HttpMethod.GET, "/restapi/v1.0/account/{accountId}/extension", "/restapi/v1.0/account/~/extension"),
            new Served(PathItem.HttpMethod.POST, "/restapi/v1.0/account/{accountId}/extension", "/restapi/v1.0/account/~/extension"),
            new Served(PathItem.HttpMethod.GET, "/restapi/v1.0/account/{accountId}/extension/{extensionId}", "/restapi/v1.0/account/~/extension/101"),
            new Served(PathItem.HttpMethod.PUT, "/restapi/v1.0/account/{accountId}/extension/{extensionId}", "/restapi/v1.0/account/400123456/extension/101"),
            new Served(PathItem.HttpMethod.DELETE, "/restapi/v1.0/account/{accountId}/extension/{extensionId}", "/restapi/v1.0/account/~/extension/101"),
            new Served(PathItem.HttpMethod.DELETE, "/restapi/v2/accounts/{accountId}/extensions", "/restapi/v2/accounts/~/extensions"),
            new Served(PathItem.HttpMethod.GET, "/restapi/v1.0/subscription", "/restapi/v1.0/subscription"),
            new Served(PathItem.HttpMethod.POST, "/restapi/v1.0/subscription", "/restapi/v1.0/subscription"),
            new Served(PathItem.HttpMethod.GET, "/restapi/v1.0/subscription/{subscriptionId}", "/restapi/v1.0/subscription/0b1f"),
            new Served(PathItem.HttpMethod.PUT, "/restapi/v1.0/subscription/{subscriptionId}", "/restapi/v1.0/subscription/0b1f"),
            new Served(PathItem.HttpMethod.DELETE, "/restapi/v1.0/subscription/{subscriptionId}", "/restapi/v1.0/subscription/0b1f"),
            new Served(PathItem.HttpMethod.POST, "/restapi/v1.0/subscription/{subscriptionId}/renew", "/restapi/v1.0/subscription/0b1f/renew"),
            new Served(PathItem.HttpMethod.GET, "/restapi/v1.0/account/{accountId}/custom-fields", "/restapi/v1.0/account/~/custom-fields"),
            new Served(PathItem.HttpMethod.POST, "/restapi/v1.0/account/{accountId}/custom-fields", "/restapi/v1.0/account/~/custom-fields"),
            new Served(PathItem.HttpMethod.PUT, "/restapi/v1.0/account/{accountId}/custom-fields/{fieldId}", "/restapi/v1.0/account/~/custom-fields/64016"),
            new Served(PathItem.HttpMethod.DELETE, "/restapi/v1.0/account/{accountId}/custom-fields/{fieldId}", "/restapi/v1.0/account/~/custom-fields/64016"),
            new Served(PathItem.HttpMethod.GET, "/restapi/v1.0/account/{accountId}/extension/{extensionId}/phone-number", "/restapi/v1.0/account/~/extension/101/phone-number"),
            new Served(PathItem.HttpMethod.GET, "/restapi/v1.0/account/{accountId}/directory/entries", "/restapi/v1.0/account/400123456/directory/entries"));

    @Test
    void everyServedOperationUsesTheOfficialThrottlingGroup() {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        Path spec = Path.of("../openapi/ringcentral-openapi.yml").toAbsolutePath().normalize();
        OpenAPI api = new OpenAPIV3Parser().read(spec.toString(), null, options);
        assertThat(api).as("parsed %s", spec).isNotNull();
        for (Served served : SERVED) {
            PathItem item = api.getPaths().get(served.specPath());
            assertThat(item).as(served.specPath()).isNotNull();
            Operation operation = item.readOperationsMap().get(served.method());
            assertThat(operation).as(served.method() + " " + served.specPath()).isNotNull();
            Object official = operation.getExtensions().get("x-throttling-group");
            RateGroup enforced = RateGroups.of(served.method().name(), served.samplePath());
            assertThat(enforced.headerValue()).as("%s %s (%s)", served.method(), served.specPath(),
                    operation.getOperationId()).isEqualTo(official);
        }
    }
}
