package dev.switchboard.sandbox.domain;

import dev.switchboard.sandbox.domain.okta.AppUserSchema;
import dev.switchboard.sandbox.domain.okta.OktaApiException;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppUserSchemaTest {

    private static final String APP = "0oaapp";
    private final AppUserSchema schema = new AppUserSchema(new MutableClock(), APP, "RingCentral");

    private static Map<String, Object> custom(String name, Object attribute) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(name, attribute);
        return Map.of("definitions", Map.of("custom", Map.of("properties", properties)));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> customProperties() {
        Map<String, Object> definitions = (Map<String, Object>) schema.view(APP, "http://x").get("definitions");
        return (Map<String, Object>) ((Map<String, Object>) definitions.get("custom")).get("properties");
    }

    @Test
    void customPropertiesAreAddedPartiallyAndRemovedWithNull() {
        schema.update(APP, custom("extensionNumber", Map.of("title", "Extension Number", "type", "string")));
        schema.update(APP, custom("costCenterCode", Map.of("title", "Cost Center Code", "type", "string")));
        assertThat(customProperties()).containsOnlyKeys("extensionNumber", "costCenterCode");
        assertThat((Map<String, Object>) customProperties().get("extensionNumber")).containsEntry("scope", "NONE");
        schema.update(APP, custom("costCenterCode", null));
        assertThat(customProperties()).containsOnlyKeys("extensionNumber");
        assertThat(schema.propertyNames()).contains("userName", "extensionNumber");
    }

    @Test
    void invalidPropertiesAreRefusedWithCauses() {
        assertThatThrownBy(() -> schema.update(APP, custom("username", Map.of("title", "U", "type", "string"))))
                .isInstanceOfSatisfying(OktaApiException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("E0000001");
                    assertThat(e.causes()).anyMatch(c -> c.contains("base schema"));
                });
        assertThatThrownBy(() -> schema.update(APP, custom("x", Map.of("type", "string"))))
                .hasMessage("Api validation failed");
        assertThatThrownBy(() -> schema.update(APP, custom("x", Map.of("title", "X", "type", "date"))))
                .isInstanceOf(OktaApiException.class);
        assertThat(customProperties()).isEmpty();
    }

    @Test
    void otherAppsAreNotFound() {
        assertThatThrownBy(() -> schema.view("0oaother", "http://x"))
                .isInstanceOfSatisfying(OktaApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }
}
