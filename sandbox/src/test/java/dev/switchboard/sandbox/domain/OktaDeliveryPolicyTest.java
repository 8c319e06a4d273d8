package dev.switchboard.sandbox.domain;

import dev.switchboard.sandbox.domain.okta.DeliveryPolicy;
import dev.switchboard.sandbox.domain.okta.DeliverySettings;
import dev.switchboard.sandbox.domain.okta.LogEvent;
import dev.switchboard.sandbox.domain.okta.OktaDeliveryPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OktaDeliveryPolicyTest {

    private final MutableClock clock = new MutableClock();
    private final List<LogEvent> events = LogEvents.creates(clock, 7);

    private static OktaDeliveryPolicy policy(int batchMax, double duplicateRate, boolean shuffle, long seed) {
        return new OktaDeliveryPolicy(new DeliverySettings(Duration.ZERO, batchMax, duplicateRate, shuffle, false), seed);
    }

    private static List<List<String>> uuids(List<DeliveryPolicy.Planned> plan) {
        return plan.stream().map(p -> p.events().stream().map(LogEvent::uuid).toList()).toList();
    }

    @Test
    void batchesHoldAtMostBatchMaxEventsInOrderWithoutShuffle() {
        List<DeliveryPolicy.Planned> plan = policy(3, 0, false, 1).plan(events);
        assertThat(plan).extracting(p -> p.events().size()).containsExactly(3, 3, 1);
        assertThat(plan.stream().flatMap(p -> p.events().stream()).toList()).containsExactlyElementsOf(events);
        assertThat(plan).noneMatch(DeliveryPolicy.Planned::duplicate);
    }

    @Test
    void shuffleReordersButLosesAndAddsNothing() {
        List<DeliveryPolicy.Planned> plan = policy(7, 0, true, 7).plan(events);
        List<LogEvent> sent = plan.stream().flatMap(p -> p.events().stream()).toList();
        assertThat(sent).containsExactlyInAnyOrderElementsOf(events);
        assertThat(sent).as("seed 7 gives a different order").isNotEqualTo(events);
    }

    @Test
    void theSameSeedGivesTheSamePlan() {
        assertThat(uuids(policy(2, 0.5, true, 42).plan(events))).isEqualTo(uuids(policy(2, 0.5, true, 42).plan(events)));
        assertThat(policy(2, 0.5, true, 42).plan(events)).extracting(DeliveryPolicy.Planned::duplicate)
                .isEqualTo(policy(2, 0.5, true, 42).plan(events).stream().map(DeliveryPolicy.Planned::duplicate).toList());
    }

    @Test
    void duplicateRateDecidesHowManyDeliveriesAreSentTwice() {
        assertThat(policy(1, 1.0, false, 3).plan(events)).allMatch(DeliveryPolicy.Planned::duplicate);
        assertThat(policy(1, 0.0, false, 3).plan(events)).noneMatch(DeliveryPolicy.Planned::duplicate);
        long duplicated = policy(1, 0.5, false, 3).plan(LogEvents.creates(clock, 200)).stream()
                .filter(DeliveryPolicy.Planned::duplicate).count();
        assertThat(duplicated).isBetween(60L, 140L);
    }

    @Test
    void updateWithASeedRestartsTheSequence() {
        OktaDeliveryPolicy policy = policy(2, 0.5, true, 9);
        List<List<String>> first = uuids(policy.plan(events));
        policy.update(policy.settings(), 9L);
        assertThat(uuids(policy.plan(events))).isEqualTo(first);
    }

    @Test
    void plainPolicySendsEachEventOnceInOrder() {
        assertThat(DeliveryPolicy.plain().plan(events)).extracting(p -> p.events().get(0)).containsExactlyElementsOf(events);
    }
}
