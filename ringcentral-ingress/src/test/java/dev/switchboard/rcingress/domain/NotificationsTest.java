package dev.switchboard.rcingress.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.contracts.RingCentralNotification;
import dev.switchboard.rcingress.fixtures.NotificationBodies;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationsTest {

    private static RingCentralNotification parse(String body) {
        return Notifications.parse(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheBatchedShapeWithItsTypesInOrder() {
        var body = NotificationBodies.batch("74953947939", "Delete", "8798797945", "Create", "8475874957", "Update");
        RingCentralNotification notification = parse(NotificationBodies.string(body));
        assertThat(notification.extensionIds()).containsExactly("74953947939", "8798797945", "8475874957");
        assertThat(notification.eventTypes()).containsExactly("Delete", "Create", "Update");
        assertThat(notification.uuid()).isEqualTo(body.path("uuid").asText());
        assertThat(notification.event()).isEqualTo("/restapi/v1.0/account/~/extension");
        assertThat(notification.subscriptionId()).isEqualTo("a45645-0001-cc71-9de3-674476722");
        assertThat(notification.body()).isEqualTo(body);
    }

    @Test
    void readsTheFlatShapeAndAnOwnerIdThatIsANumberInTheBody() {
        var body = NotificationBodies.flat("8475874957", "Update");
        RingCentralNotification notification = parse(NotificationBodies.string(body));
        assertThat(notification.extensionIds()).containsExactly("8475874957");
        assertThat(notification.eventTypes()).containsExactly("Update");
        assertThat(Notifications.ownerId(notification.body())).isEqualTo("1500723004");
        assertThat(Notifications.ownerId(NotificationBodies.batch("1", "Create"))).isEqualTo("1500723004");
    }

    @Test
    void readsATimestampWhoseOffsetHasNoColon() {
        assertThat(Notifications.timestamp("2014-04-29T14:29:27.408+0000")).isEqualTo(Instant.parse("2014-04-29T14:29:27.408Z"));
        assertThat(Notifications.timestamp("2013-06-14T12:00:00.000Z")).isEqualTo(Instant.parse("2013-06-14T12:00:00Z"));
        assertThat(Notifications.timestamp("yesterday")).isNull();
    }

    @Test
    void readsDirectoryContactsAndKeepsTypesAlignedWhereOneIsMissing() {
        RingCentralNotification notification = parse("""
                {"uuid":"u-1","event":"/restapi/v1.0/account/1/directory/entries","body":{"contacts":[
                  {"id":"8798797945","eventType":"Update","type":"User"},{"id":"8798797946"}]}}""");
        assertThat(notification.extensionIds()).containsExactly("8798797945", "8798797946");
        assertThat(notification.eventTypes()).containsExactly("Update", Notifications.UNKNOWN_TYPE);
        assertThat(notification.timestamp()).isNull();
    }

    @Test
    void aReminderNamesNoExtension() {
        assertThat(parse(NotificationBodies.string(NotificationBodies.reminder())).extensionIds()).isEmpty();
    }

    @Test
    void splitsABatchIntoOneNotificationPerExtension() {
        RingCentralNotification notification = parse(NotificationBodies.string(
                NotificationBodies.batch("1", "Delete", "2", "Create")));
        List<RingCentralNotification> single = Notifications.perExtension(notification);
        assertThat(single).extracting(RingCentralNotification::extensionIds).containsExactly(List.of("1"), List.of("2"));
        assertThat(single).extracting(RingCentralNotification::eventTypes).containsExactly(List.of("Delete"), List.of("Create"));
        assertThat(single).allSatisfy(n -> assertThat(n.body()).isEqualTo(notification.body()));
    }

    @Test
    void refusesWhatIsNoNotification() {
        assertThatThrownBy(() -> Notifications.parse(new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> parse("not json")).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> parse("[1]")).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> parse("{\"event\":\"/x\",\"body\":{}}")).hasMessageContaining("uuid");
        assertThatThrownBy(() -> parse("{\"uuid\":\"u\",\"body\":{}}")).hasMessageContaining("event");
        assertThatThrownBy(() -> parse("{\"uuid\":\"u\",\"event\":\"/x\"}")).hasMessageContaining("body");
        assertThatThrownBy(() -> parse("{\"uuid\":\"u\",\"event\":\"/x\",\"body\":{\"extensions\":[{\"eventType\":\"Create\"}]}}"))
                .isInstanceOf(InvalidNotificationException.class).hasMessageContaining("extensionId");
    }

    @Test
    void onlyAnUpdateHintingOtherChangesRulesOutANumberChange() {
        var batch = NotificationBodies.batch("101", "Update", "102", "Create");
        assertThat(Notifications.numbersMayHaveChanged(batch, "101")).as("Update, hints ExtensionInfo").isFalse();
        assertThat(Notifications.numbersMayHaveChanged(batch, "102")).as("Create").isTrue();
        assertThat(Notifications.numbersMayHaveChanged(batch, "999")).as("not named").isTrue();
        assertThat(Notifications.numbersMayHaveChanged(NotificationBodies.numbersChanged("103"), "103"))
                .as("hint CompanyNumbers").isTrue();
        assertThat(Notifications.numbersMayHaveChanged(NotificationBodies.flat("104", "Update"), "104"))
                .as("flat shape: no hints").isTrue();
    }
}
