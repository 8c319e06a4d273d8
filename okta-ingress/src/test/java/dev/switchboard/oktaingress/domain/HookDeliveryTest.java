package dev.switchboard.oktaingress.domain;

import static dev.switchboard.oktaingress.fixtures.Deliveries.appMembership;
import static dev.switchboard.oktaingress.fixtures.Deliveries.delivery;
import static dev.switchboard.oktaingress.fixtures.Deliveries.event;
import static dev.switchboard.oktaingress.fixtures.Deliveries.userEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.contracts.OktaHookEvent;
import dev.switchboard.oktaingress.fixtures.Deliveries;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HookDeliveryTest {

    @Test
    void readsEveryEventOfADeliveryWithItsTargetsInOrder() {
        String userId = Deliveries.userId();
        Deliveries.Delivery delivery = delivery(
                appMembership("add", Deliveries.APP_ID, userId),
                userEvent("user.account.update_profile", userId).changedAttributes("firstName,mobilePhone"));

        HookDelivery parsed = HookDelivery.parse(delivery.bytes());

        assertThat(parsed.deliveryId()).isEqualTo(delivery.eventId());
        assertThat(parsed.events()).hasSize(2);
        OktaHookEvent assignment = parsed.events().get(0);
        assertThat(assignment.deliveryId()).isEqualTo(delivery.eventId());
        assertThat(assignment.eventType()).isEqualTo("application.user_membership.add");
        assertThat(assignment.published()).isEqualTo(Instant.parse("2026-11-28T10:00:00.125Z"));
        assertThat(assignment.outcome()).isEqualTo("SUCCESS");
        assertThat(assignment.actor()).isEqualTo(new OktaHookEvent.Actor("00uadmin", "User", "admin@example.com", "Admin"));
        assertThat(assignment.targets()).extracting(OktaHookEvent.Target::type)
                .containsExactly("AppUser", "AppInstance", "User");
        assertThat(assignment.target("User").orElseThrow().id()).isEqualTo(userId);
        assertThat(assignment.changedAttributes()).isNull();
        assertThat(parsed.events().get(1).changedAttributes()).isEqualTo("firstName,mobilePhone");
    }

    @Test
    void keepsTwoEventsThatShareAUuid() {
        // CruGlobal's hand-edited fixtures reuse the create event's uuid for deactivate: both are real triggers
        String userId = Deliveries.userId();
        Deliveries.LogEvent create = userEvent("user.lifecycle.create", userId);
        Deliveries.LogEvent deactivate = userEvent("user.lifecycle.deactivate", userId).uuid(create.uuid());

        HookDelivery parsed = HookDelivery.parse(delivery(create, deactivate).bytes());

        assertThat(parsed.events()).extracting(OktaHookEvent::eventType)
                .containsExactly("user.lifecycle.create", "user.lifecycle.deactivate");
        assertThat(parsed.events()).extracting(OktaHookEvent::eventUuid).containsOnly(create.uuid());
    }

    @Test
    void readsSparseSystemEventsAndOffsetTimes() {
        Deliveries.LogEvent sparse = userEvent("user.lifecycle.create", Deliveries.userId())
                .systemActor().remove("debugContext").remove("transaction").published("2026-11-28T11:00:00+01:00");

        OktaHookEvent event = HookDelivery.parse(delivery(sparse).bytes()).events().get(0);

        assertThat(event.actor().type()).isEqualTo("SystemPrincipal");
        assertThat(event.actor().alternateId()).isNull();
        assertThat(event.published()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(event.changedAttributes()).isNull();
    }

    @Test
    void anEventWithoutTargetsHasNone() {
        OktaHookEvent event = HookDelivery.parse(delivery(event("user.session.start").remove("target")).bytes())
                .events().get(0);

        assertThat(event.targets()).isEmpty();
    }

    @Test
    void aDeliveryWithoutEventsIsEmpty() {
        assertThat(HookDelivery.parse(delivery().bytes()).events()).isEmpty();
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThatThrownBy(() -> HookDelivery.parse("eventType=com.okta.event_hook".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidDeliveryException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> HookDelivery.parse(new byte[0]))
                .isInstanceOf(InvalidDeliveryException.class);
        assertThatThrownBy(() -> HookDelivery.parse("[]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidDeliveryException.class).hasMessageContaining("not a JSON object");
    }

    @Test
    void refusesWhatIsNotOktasEnvelope() {
        Deliveries.LogEvent event = userEvent("user.lifecycle.activate", Deliveries.userId());
        assertThatThrownBy(() -> HookDelivery.parse(delivery(event).set("eventType", "user.lifecycle.activate").bytes()))
                .isInstanceOf(InvalidDeliveryException.class).hasMessageContaining("expected com.okta.event_hook");
        assertThatThrownBy(() -> HookDelivery.parse(delivery(event).remove("eventId").bytes()))
                .isInstanceOf(InvalidDeliveryException.class).hasMessageContaining("eventId is missing");
        Deliveries.Delivery eventsNotArray = delivery(event);
        eventsNotArray.json().putObject("data").putObject("events");
        assertThatThrownBy(() -> HookDelivery.parse(eventsNotArray.bytes()))
                .isInstanceOf(InvalidDeliveryException.class).hasMessageContaining("data.events is not an array");
    }

    @Test
    void refusesAnEventWithoutUuidOrWithABadTime() {
        assertThatThrownBy(() -> HookDelivery.parse(delivery(
                userEvent("user.lifecycle.activate", Deliveries.userId()),
                userEvent("user.lifecycle.activate", Deliveries.userId()).remove("uuid")).bytes()))
                .isInstanceOf(InvalidDeliveryException.class).hasMessage("data.events[1].uuid is missing");
        assertThatThrownBy(() -> HookDelivery.parse(delivery(
                userEvent("user.lifecycle.activate", Deliveries.userId()).published("yesterday")).bytes()))
                .isInstanceOf(InvalidDeliveryException.class).hasMessageContaining("published");
    }
}
