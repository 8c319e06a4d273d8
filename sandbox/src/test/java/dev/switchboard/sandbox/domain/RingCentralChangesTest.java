package dev.switchboard.sandbox.domain;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.domain.ringcentral.CustomFields;
import dev.switchboard.sandbox.domain.ringcentral.ExtensionChange;
import dev.switchboard.sandbox.domain.ringcentral.RingCentralAccount;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Change reporting and custom field values of the account. */
class RingCentralChangesTest {

    private final CustomFields fields = new CustomFields();
    private final RingCentralAccount account = new RingCentralAccount(new MutableClock(), 1000, fields);
    private final List<ExtensionChange> heard = new ArrayList<>();

    RingCentralChangesTest() {
        account.listener(heard::addAll);
    }

    @Test
    void createUpdateAndDeleteAreReportedAndANoOpUpdateIsNot() {
        long id = account.create(RingCentralAccountTest.request("Ada", "ada@example.com")).get("id").asLong();
        ObjectNode change = JsonNodeFactory.instance.objectNode();
        change.putObject("contact").put("department", "R&D");
        account.update(id, change);
        account.update(id, change);
        account.delete(id);
        assertThat(heard).containsExactly(new ExtensionChange(id, ExtensionChange.Type.Create),
                new ExtensionChange(id, ExtensionChange.Type.Update), new ExtensionChange(id, ExtensionChange.Type.Delete));
    }

    @Test
    void twoCustomFieldsAreSeededAndMoreCanBeAdded() {
        assertThat(fields.all()).extracting(CustomFields.Field::displayName)
                .containsExactly("Cost Center Code", "Employee ID");
        assertThat(fields.all()).extracting(CustomFields.Field::category).containsOnly("User");
        CustomFields.Field added = fields.add("User", "Badge");
        assertThat(fields.all()).hasSize(3).contains(added);
        assertThatThrownBy(() -> fields.add("User", "badge")).hasMessageContaining("displayName");
        fields.clear();
        assertThat(fields.all()).hasSize(2);
    }

    @Test
    void customFieldValuesAreSetOnCreateMergedOnUpdateAndShownWithTheirDisplayName() {
        String costCenter = fields.all().get(0).id();
        String employeeId = fields.all().get(1).id();
        ObjectNode request = RingCentralAccountTest.request("Ada", "ada@example.com");
        request.putArray("customFields").addObject().put("id", costCenter).put("value", "CC-1");
        long id = account.create(request).get("id").asLong();

        ObjectNode change = JsonNodeFactory.instance.objectNode();
        change.putArray("customFields").addObject().put("id", employeeId).put("value", "E-7");
        ObjectNode updated = account.update(id, change);
        assertThat(updated.get("customFields")).hasSize(2);
        assertThat(updated.get("customFields").get(0).get("value").asText()).isEqualTo("CC-1");
        assertThat(updated.get("customFields").get(1).get("displayName").asText()).isEqualTo("Employee ID");

        fields.rename(employeeId, "Staff Number");
        assertThat(account.get(id).get("customFields").get(1).get("displayName").asText()).isEqualTo("Staff Number");

        ObjectNode unknown = JsonNodeFactory.instance.objectNode();
        unknown.putArray("customFields").addObject().put("id", "999").put("value", "x");
        assertThatThrownBy(() -> account.update(id, unknown)).hasMessageContaining("customFields.id");
    }
}
