package dev.switchboard.sandbox.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.domain.ringcentral.CompanyDirectory;
import dev.switchboard.sandbox.domain.ringcentral.ExtensionPhoneNumbers;
import dev.switchboard.sandbox.domain.ringcentral.RingCentralAccount;
import dev.switchboard.sandbox.domain.ringcentral.RingCentralApiException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Company directory filters, paging parameters and contact shape; the extension phone number records. */
class CompanyDirectoryTest {

    private static final String ACCOUNT_URI = "http://sandbox/restapi/v1.0/account/400123456";
    private final RingCentralAccount account = new RingCentralAccount(new MutableClock(), 1000);

    private long extension(String name, String type, String status, String site) {
        ObjectNode request = RingCentralAccountTest.request(name, name.toLowerCase() + "@example.com");
        request.put("type", type).put("status", status);
        request.putObject("site").put("id", site);
        ((ObjectNode) request.get("contact")).put("department", "R&D");
        return account.create(request).get("id").asLong();
    }

    private List<Long> listed(CompanyDirectory.Query query) {
        return account.list(query, 1, CompanyDirectory.ALL).records().stream()
                .map(e -> e.get("id").asLong()).toList();
    }

    @Test
    void onlyEnabledDisabledAndNotActivatedExtensionsAreListedAndUserTypesAreUsers() {
        long user = extension("Ada", "User", "Enabled", "s1");
        long digital = extension("Alan", "DigitalUser", "Disabled", "s1");
        long virtual = extension("Grace", "VirtualUser", "NotActivated", "s2");
        long queue = extension("Sales", "Department", "Enabled", "s2");
        extension("Frozen", "User", "Frozen", "s1");
        extension("Parked", "User", "Unassigned", "s1");

        assertThat(listed(CompanyDirectory.Query.of(null, null, null))).containsExactly(user, digital, virtual, queue);
        assertThat(listed(CompanyDirectory.Query.of("User", null, null))).containsExactly(user, digital, virtual);
        assertThat(listed(CompanyDirectory.Query.of(null, "User", null))).containsExactly(user, digital, virtual);
        assertThat(listed(CompanyDirectory.Query.of(null, "NonUser", null))).containsExactly(queue);
        assertThat(listed(CompanyDirectory.Query.of("Department", null, "s2"))).containsExactly(queue);
        assertThat(listed(CompanyDirectory.Query.of(null, null, "s1"))).containsExactly(user, digital);
        assertThat(CompanyDirectory.contactType("FaxUser")).isEqualTo("User");
        assertThat(CompanyDirectory.contactType("FlexibleUser")).isEqualTo("Unknown");
        assertThat(CompanyDirectory.contactType("ParkLocation")).isEqualTo("ParkLocation");
    }

    @Test
    void badParametersAreAdgErrorsNamingTheParameter() {
        assertAdg(() -> CompanyDirectory.Query.of("DigitalUser", null, null), "type");
        assertAdg(() -> CompanyDirectory.Query.of(null, "Users", null), "typeGroup");
        assertAdg(() -> CompanyDirectory.perPage("2001"), "perPage");
        assertAdg(() -> CompanyDirectory.perPage("0"), "perPage");
        assertAdg(() -> CompanyDirectory.perPage("many"), "perPage");
        assertAdg(() -> CompanyDirectory.page("0"), "page");
        assertAdg(() -> CompanyDirectory.flag("showFederated", "yes", true), "showFederated");
        assertThat(CompanyDirectory.perPage(null)).isEqualTo(1000);
        assertThat(CompanyDirectory.perPage("2000")).isEqualTo(2000);
        assertThat(CompanyDirectory.perPage("max")).isEqualTo(2000);
        assertThat(CompanyDirectory.perPage("all")).isEqualTo(CompanyDirectory.ALL);
        assertThat(CompanyDirectory.page(null)).isEqualTo(1);
        assertThat(CompanyDirectory.flag("showFederated", "FALSE", true)).isFalse();
    }

    private static void assertAdg(Runnable call, String parameter) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RingCentralApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.errorCode()).isEqualTo("ADG-121");
            assertThat(e.parameterName()).isEqualTo(parameter);
            assertThat(e.getMessage()).startsWith("Parameter [" + parameter + "] is invalid.");
        });
    }

    @Test
    void aContactCarriesTheDirectNumberAndTheAccountUnlessFederationIsOff() {
        long id = extension("Ada", "User", "Enabled", "s1");
        ObjectNode contact = CompanyDirectory.contact(account.get(id), Optional.of("+16505550123"), 400123456L, true);
        assertThat(contact.get("id").asText()).isEqualTo(Long.toString(id));
        assertThat(contact.get("type").asText()).isEqualTo("User");
        assertThat(contact.get("status").asText()).isEqualTo("Enabled");
        assertThat(contact.get("firstName").asText()).isEqualTo("Ada");
        assertThat(contact.get("lastName").asText()).isEqualTo("Lovelace");
        assertThat(contact.get("email").asText()).isEqualTo("ada@example.com");
        assertThat(contact.get("department").asText()).isEqualTo("R&D");
        assertThat(contact.get("extensionNumber").asText()).isNotBlank();
        assertThat(contact.get("account").get("id").asText()).isEqualTo("400123456");
        JsonNode number = contact.get("phoneNumbers").get(0);
        assertThat(number.get("phoneNumber").asText()).isEqualTo("+16505550123");
        assertThat(number.get("usageType").asText()).isEqualTo("DirectNumber");
        assertThat(number.get("type").asText()).isEqualTo("VoiceFax");

        ObjectNode local = CompanyDirectory.contact(account.get(id), Optional.empty(), 400123456L, false);
        assertThat(local.has("account")).isFalse();
        assertThat(local.has("phoneNumbers")).isFalse();
    }

    @Test
    void aContactCarriesTheCustomFieldValuesTheExtensionListLeavesOut() {
        long id = extension("Ada", "User", "Enabled", "s1");
        ObjectNode values = RingCentralAccountTest.request("Ada", "ada@example.com");
        values.putArray("customFields").addObject().put("id", "64016").put("value", "CC-7");
        account.update(id, values);

        JsonNode fields = CompanyDirectory.contact(account.get(id), Optional.empty(), 400123456L, false)
                .get("customFields");
        assertThat(fields).hasSize(1);
        assertThat(fields.get(0).get("id").asText()).isEqualTo("64016");
        assertThat(fields.get(0).get("name").asText()).isEqualTo("Cost Center Code");
        assertThat(fields.get(0).get("value").asText()).isEqualTo("CC-7");
    }

    @Test
    void phoneNumberRecordsAreTheDirectNumberThenTheMainNumberFilteredByUsageTypeAndStatus() {
        long id = extension("Ada", "User", "Enabled", "s1");
        ObjectNode ext = account.get(id);
        List<ObjectNode> all = ExtensionPhoneNumbers.records(ext, Optional.of("+16505550123"), ACCOUNT_URI,
                ExtensionPhoneNumbers.Query.of(List.of(), null));
        assertThat(all).extracting(r -> r.get("usageType").asText()).containsExactly("DirectNumber", "MainCompanyNumber");
        ObjectNode direct = all.get(0);
        assertThat(direct.get("id").asLong()).isEqualTo(16505550123L);
        assertThat(direct.get("phoneNumber").asText()).isEqualTo("+16505550123");
        assertThat(direct.get("type").asText()).isEqualTo("VoiceFax");
        assertThat(direct.get("status").asText()).isEqualTo("Normal");
        assertThat(direct.get("paymentType").asText()).isEqualTo("Local");
        assertThat(direct.get("primary").asBoolean()).isTrue();
        assertThat(direct.get("features")).isNotEmpty();
        assertThat(direct.get("uri").asText()).isEqualTo(ACCOUNT_URI + "/phone-number/16505550123");
        assertThat(direct.get("extension").get("id").asLong()).isEqualTo(id);
        assertThat(direct.get("extension").get("uri").asText()).isEqualTo(ACCOUNT_URI + "/extension/" + id);
        assertThat(direct.get("extension").get("extensionNumber").asText()).isEqualTo(ext.get("extensionNumber").asText());

        assertThat(ExtensionPhoneNumbers.records(ext, Optional.of("+16505550123"), ACCOUNT_URI,
                ExtensionPhoneNumbers.Query.of(List.of("DirectNumber"), "Normal"))).hasSize(1);
        assertThat(ExtensionPhoneNumbers.records(ext, Optional.empty(), ACCOUNT_URI,
                ExtensionPhoneNumbers.Query.of(List.of("DirectNumber"), null))).isEmpty();
        assertThat(ExtensionPhoneNumbers.records(ext, Optional.of("+16505550123"), ACCOUNT_URI,
                ExtensionPhoneNumbers.Query.of(List.of(), "Pending"))).isEmpty();
        assertThatThrownBy(() -> ExtensionPhoneNumbers.Query.of(List.of("Direct"), null))
                .isInstanceOfSatisfying(RingCentralApiException.class,
                        e -> assertThat(e.parameterName()).isEqualTo("usageType"));
        assertThatThrownBy(() -> ExtensionPhoneNumbers.Query.of(List.of(), "normal"))
                .isInstanceOfSatisfying(RingCentralApiException.class,
                        e -> assertThat(e.parameterName()).isEqualTo("status"));
    }
}
