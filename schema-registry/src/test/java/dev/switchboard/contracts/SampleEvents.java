package dev.switchboard.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One valid event per topic, as producers build them. */
final class SampleEvents {

    private SampleEvents() {
    }

    static Event<?> of(Topic<?> topic) {
        Instant now = Instant.parse("2026-11-28T10:15:30.123Z");
        Object data = switch (topic.name()) {
            case "okta.hooks.v1" -> new OktaHookEvent("d-1", "u-1", "application.user_membership.add", now, "SUCCESS",
                    new OktaHookEvent.Actor("00uadmin", "User", "admin@example.com", "Admin"),
                    List.of(new OktaHookEvent.Target("0oaapp", "AppInstance", "RingCentral", "RingCentral"),
                            new OktaHookEvent.Target("00u1", "User", "ada@example.com", "Ada Lovelace")), null);
            case "okta.users.v1" -> new OktaUserSnapshot("00u1", "ACTIVE", now, Map.of("email", "ada@example.com"),
                    new OktaUserSnapshot.AppUser("0oaapp", "PROVISIONED", "USER", null, now, Map.of()), false,
                    "application.user_membership.add", now);
            case "ringcentral.notifications.v1" -> new RingCentralNotification("n-1", "/restapi/v1.0/account/~/extension",
                    "s-1", now, List.of("101"), List.of("Update"), Json.MAPPER.createObjectNode().put("x", 1));
            case "ringcentral.extensions.v1" -> new RingCentralExtensionSnapshot("101", false, "User", "Enabled",
                    Map.of(RingCentralAttributes.EMAIL, "ada@example.com"), "webhook", null, now);
            case "ringcentral.schema.v1" -> new RingCentralSchema("400", List.of(
                    new RingCentralSchema.Attribute(RingCentralAttributes.EMAIL, "Email", "string", false, null)), now);
            case "ringcentral.commands.v1" -> new RingCentralCommand("c-1", "l-1", RingCentralCommand.Action.CREATE, "00u1",
                    null, Map.of(RingCentralAttributes.EMAIL, "ada@example.com"), "assigned in Okta");
            case "okta.commands.v1" -> new OktaCommand("c-2", "l-1", OktaCommand.Action.UPDATE_APP_USER, "00u1", "0oaapp",
                    Map.of("extensionNumber", "101"), null);
            case "provisioning.results.v1" -> new ProvisioningResult("c-1", "l-1", ProvisioningResult.TargetSystem.RINGCENTRAL,
                    "CREATE", ProvisioningResult.Outcome.APPLIED, "00u1", "101", Map.of(), null, 1, now);
            case "switchboard.dead-letters.v1" -> new DeadLetter("ringcentral-writer/commands", "ringcentral.commands.v1", 0, 7,
                    "l-1", "{}", new ErrorDetail("CMN-101", "Parameter [contact.email] value is invalid", 400), 1, now);
            default -> throw new IllegalArgumentException(topic.name());
        };
        return event(topic, data);
    }

    @SuppressWarnings("unchecked")
    private static <T> Event<T> event(Topic<T> topic, Object data) {
        return Event.first(topic, "key-1", (T) data);
    }
}
