package dev.switchboard.sandbox.domain;

import dev.switchboard.sandbox.domain.ringcentral.ExtensionChange;
import dev.switchboard.sandbox.domain.ringcentral.ExtensionNotifications;
import dev.switchboard.sandbox.domain.ringcentral.NotificationShape;
import dev.switchboard.sandbox.domain.ringcentral.Subscriptions;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ExtensionNotificationsTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private final AtomicInteger uuids = new AtomicInteger();
    private final ExtensionNotifications builder =
            new ExtensionNotifications(400123456L, 400123457L, () -> "uuid-" + uuids.incrementAndGet());

    private static Subscriptions.Subscription subscription(String... filters) {
        return new Subscriptions.Subscription("sub-1", NOW, List.of(filters), "https://example.com/hook", "vt", 60,
                NOW.plusSeconds(60), Subscriptions.Status.Active, null, null, 0);
    }

    private static final List<ExtensionChange> THREE = List.of(
            new ExtensionChange(11, ExtensionChange.Type.Create),
            new ExtensionChange(12, ExtensionChange.Type.Update),
            new ExtensionChange(13, ExtensionChange.Type.Delete));

    @Test
    void arrayShapeBatchesChangesInRingCentralsEnvelope() {
        var out = builder.build(subscription("/restapi/v1.0/account/~/extension"), THREE, NotificationShape.ARRAY, NOW);
        assertThat(out).hasSize(1);
        Map<String, Object> envelope = out.get(0).envelope();
        assertThat(envelope).containsEntry("uuid", "uuid-1")
                .containsEntry("event", "/restapi/v1.0/account/400123456/extension")
                .containsEntry("timestamp", "2026-01-01T12:00:00.000Z")
                .containsEntry("subscriptionId", "sub-1").containsEntry("ownerId", "400123457");
        assertThat(envelope.get("body")).isEqualTo(Map.of("extensions", List.of(
                Map.of("extensionId", "11", "eventType", "Create"),
                Map.of("extensionId", "12", "eventType", "Update", "hints", List.of("ExtensionInfo")),
                Map.of("extensionId", "13", "eventType", "Delete"))));
        assertThat(out.get(0).extensionIds()).containsExactly(11L, 12L, 13L);
    }

    @Test
    void arrayShapeCutsLargeBatches() {
        List<ExtensionChange> many = IntStream.range(0, 120)
                .mapToObj(i -> new ExtensionChange(i, ExtensionChange.Type.Create)).toList();
        var out = builder.build(subscription("/restapi/v1.0/account/~/extension"), many, NotificationShape.ARRAY, NOW);
        assertThat(out).extracting(n -> n.extensionIds().size()).containsExactly(50, 50, 20);
    }

    @Test
    void flatShapeIsOneNotificationPerChangeWithOwnerIdInTheBody() {
        var out = builder.build(subscription("/restapi/v1.0/account/400123456/extension"), THREE,
                NotificationShape.FLAT, NOW);
        assertThat(out).hasSize(3);
        assertThat(out.get(0).envelope().get("body"))
                .isEqualTo(Map.of("extensionId", "11", "eventType", "Create", "ownerId", "400123457"));
        assertThat(out).extracting(ExtensionNotifications.Notification::uuid).doesNotHaveDuplicates();
    }

    @Test
    void aDirectNumberChangeIsAnUpdateHintedCompanyNumbersInEveryShape() {
        List<ExtensionChange> numbers = List.of(ExtensionChange.numbersChanged(12));
        Map<String, Object> hinted = Map.of("extensionId", "12", "eventType", "Update",
                "hints", List.of("CompanyNumbers"));
        var array = builder.build(subscription("/restapi/v1.0/account/~/extension"), numbers, NotificationShape.ARRAY, NOW);
        assertThat(array.get(0).envelope().get("body")).isEqualTo(Map.of("extensions", List.of(hinted)));

        var flat = builder.build(subscription("/restapi/v1.0/account/~/extension"), numbers, NotificationShape.FLAT, NOW);
        assertThat(flat.get(0).envelope().get("body")).isEqualTo(Map.of("extensionId", "12", "eventType", "Update",
                "hints", List.of("CompanyNumbers"), "ownerId", "400123457"));

        var info = builder.build(subscription("/restapi/v1.0/account/~/extension/12"), numbers, NotificationShape.ARRAY, NOW);
        assertThat(info).hasSize(1);
        assertThat(((Map<?, ?>) info.get(0).envelope().get("body")).get("hints")).isEqualTo(List.of("CompanyNumbers"));
    }

    @Test
    void mixedAlternatesBetweenTheShapes() {
        List<NotificationShape> shapes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            builder.build(subscription("/restapi/v1.0/account/~/extension"), List.of(THREE.get(0)),
                    NotificationShape.MIXED, NOW).forEach(n -> shapes.add(n.shape()));
        }
        assertThat(shapes).containsExactly(NotificationShape.ARRAY, NotificationShape.FLAT, NotificationShape.ARRAY,
                NotificationShape.FLAT);
    }

    @Test
    void otherFiltersGetNothingAndPerExtensionFiltersGetExtensionInfoEvents() {
        assertThat(builder.build(subscription("/restapi/v1.0/glip/posts"), THREE, NotificationShape.ARRAY, NOW)).isEmpty();
        var info = builder.build(subscription("/restapi/v1.0/account/~/extension/12?x=1",
                "/restapi/v1.0/account/~/extension/11"), THREE, NotificationShape.ARRAY, NOW);
        assertThat(info).hasSize(1);
        assertThat(info.get(0).envelope()).containsEntry("event", "/restapi/v1.0/account/400123456/extension/12");
        assertThat(((Map<?, ?>) info.get(0).envelope().get("body")).get("eventType")).isEqualTo("Update");
    }
}
