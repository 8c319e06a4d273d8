package dev.switchboard.sandbox.domain;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.domain.ringcentral.RingCentralAccount;
import dev.switchboard.sandbox.domain.ringcentral.RingCentralApiException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RingCentralAccountTest {

    private final RingCentralAccount account = new RingCentralAccount(new MutableClock(), 1000);

    static ObjectNode request(String firstName, String email) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        ObjectNode contact = r.putObject("contact");
        if (firstName != null) {
            contact.put("firstName", firstName);
        }
        contact.put("lastName", "Lovelace");
        if (email != null) {
            contact.put("email", email);
        }
        return r;
    }

    @Test
    void createAssignsIdsAndExtensionNumbers() {
        ObjectNode first = account.create(request("Ada", "ada@example.com"));
        ObjectNode second = account.create(request("Bob", "bob@example.com"));
        assertThat(first.get("id").asLong()).isEqualTo(1000);
        assertThat(second.get("id").asLong()).isEqualTo(1001);
        assertThat(first.get("extensionNumber").asText()).isEqualTo("101");
        assertThat(second.get("extensionNumber").asText()).isEqualTo("102");
        assertThat(first.get("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(first.get("status").asText()).isEqualTo("NotActivated");
    }

    @Test
    void duplicateEmailIgnoringCaseIsInvalidContactEmail() {
        account.create(request("Ada", "ada@example.com"));
        assertThatThrownBy(() -> account.create(request("Ada", "ADA@example.com")))
                .isInstanceOfSatisfying(RingCentralApiException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("CMN-101");
                    assertThat(e.parameterName()).isEqualTo("contact.email");
                });
    }

    @Test
    void firstNameAndEmailAreRequired() {
        assertThatThrownBy(() -> account.create(request(null, "x@example.com")))
                .hasMessage("Parameter [contact.firstName] value is invalid");
        assertThatThrownBy(() -> account.create(request("Ada", "not-an-email")))
                .hasMessage("Parameter [contact.email] value is invalid");
    }

    @Test
    void listFiltersAndPages() {
        for (int i = 0; i < 5; i++) {
            account.create(request("U" + i, "u" + i + "@example.com"));
        }
        RingCentralAccount.Page page = account.list(new RingCentralAccount.Filter(Set.of(), Set.of(), Set.of(), null), 2, 2);
        assertThat(page.records()).extracting(r -> r.path("contact").path("email").asText())
                .containsExactly("u2@example.com", "u3@example.com");
        assertThat(page.totalPages()).isEqualTo(3);
        RingCentralAccount.Page byEmail = account.list(
                new RingCentralAccount.Filter(Set.of("u4@example.com"), Set.of(), Set.of(), null), 1, 100);
        assertThat(byEmail.records()).hasSize(1);
    }

    @Test
    void updateMergesContactAndRejectsUnassigned() {
        long id = account.create(request("Ada", "ada@example.com")).get("id").asLong();
        ObjectNode change = JsonNodeFactory.instance.objectNode();
        change.putObject("contact").put("department", "R&D");
        change.put("status", "Disabled");
        ObjectNode updated = account.update(id, change);
        assertThat(updated.path("contact").path("email").asText()).isEqualTo("ada@example.com");
        assertThat(updated.path("contact").path("department").asText()).isEqualTo("R&D");
        assertThat(updated.path("status").asText()).isEqualTo("Disabled");
        ObjectNode bad = JsonNodeFactory.instance.objectNode().put("status", "Unassigned");
        assertThatThrownBy(() -> account.update(id, bad)).isInstanceOf(RingCentralApiException.class);
    }
}
