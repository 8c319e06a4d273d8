package dev.switchboard.rcingress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.rcingress.domain.SubscriptionPlan.Action;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubscriptionPlanTest {

    static final String OURS = "https://switchboard.example.com/hooks/ringcentral";
    static final List<String> FILTERS = List.of("/restapi/v1.0/account/~/extension");
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final Duration RENEW_BEFORE = Duration.ofDays(1);

    static SubscriptionView sub(String id, String status, String address, Instant expiration) {
        return new SubscriptionView(id, status, "WebHook", address, FILTERS, expiration, null);
    }

    static SubscriptionPlan decide(SubscriptionView... listed) {
        return SubscriptionPlan.decide(List.of(listed), OURS, FILTERS, NOW, RENEW_BEFORE);
    }

    @Test
    void noneOfOursMeansCreateAndOthersAreLeftAlone() {
        SubscriptionPlan plan = decide(sub("other", "Active", "https://someone.else/hook", NOW.plusSeconds(999_999)));
        assertThat(plan.action()).isEqualTo(Action.CREATE);
        assertThat(plan.delete()).isEmpty();
        assertThat(decide().action()).isEqualTo(Action.CREATE);
    }

    @Test
    void aHealthyOneFarFromExpiryIsLeftAlone() {
        SubscriptionPlan plan = decide(sub("a", "Active", OURS, NOW.plus(Duration.ofDays(3650))));
        assertThat(plan.action()).isEqualTo(Action.NOTHING);
        assertThat(plan.keep()).contains("a");
        assertThat(plan.delete()).isEmpty();
    }

    @Test
    void oneExpiringWithinRenewBeforeIsRenewed() {
        SubscriptionPlan plan = decide(sub("a", "Active", OURS, NOW.plus(Duration.ofHours(23))));
        assertThat(plan.action()).isEqualTo(Action.RENEW);
        assertThat(plan.keep()).contains("a");
        assertThat(decide(sub("b", "Active", OURS, NOW.plus(Duration.ofHours(25)))).action()).isEqualTo(Action.NOTHING);
    }

    @Test
    void aBlacklistedOneIsRecreated() {
        SubscriptionPlan plan = decide(sub("a", "Blacklisted", OURS, NOW.plus(Duration.ofDays(3650))));
        assertThat(plan.action()).isEqualTo(Action.RECREATE);
        assertThat(plan.delete()).containsExactly("a");
        assertThat(plan.keep()).isEmpty();
    }

    @Test
    void anExpiredOneIsRecreated() {
        SubscriptionPlan plan = decide(sub("a", "Active", OURS, NOW));
        assertThat(plan.action()).isEqualTo(Action.RECREATE);
        assertThat(plan.delete()).containsExactly("a");
    }

    @Test
    void oneWithOtherFiltersIsRecreated() {
        SubscriptionView narrow = new SubscriptionView("a", "Active", "WebHook", OURS,
                List.of("/restapi/v1.0/account/~/extension/42"), NOW.plus(Duration.ofDays(30)), null);
        SubscriptionPlan plan = SubscriptionPlan.decide(List.of(narrow), OURS, FILTERS, NOW, RENEW_BEFORE);
        assertThat(plan.action()).isEqualTo(Action.RECREATE);
        assertThat(plan.delete()).containsExactly("a");
    }

    @Test
    void duplicatesAreDeletedAndTheHealthiestLongestLivedOneIsKept() {
        SubscriptionPlan plan = decide(
                sub("short", "Active", OURS, NOW.plus(Duration.ofDays(5))),
                sub("blacklisted", "Blacklisted", OURS, NOW.plus(Duration.ofDays(3000))),
                sub("long", "Active", OURS, NOW.plus(Duration.ofDays(3650))),
                sub("other", "Active", "https://someone.else/hook", NOW.plus(Duration.ofDays(1))));
        assertThat(plan.action()).isEqualTo(Action.NOTHING);
        assertThat(plan.keep()).isEqualTo(Optional.of("long"));
        assertThat(plan.delete()).containsExactlyInAnyOrder("short", "blacklisted");
    }

    @Test
    void whenAllOfOursAreBlacklistedAllGoAndOneIsCreated() {
        SubscriptionPlan plan = decide(sub("a", "Blacklisted", OURS, NOW.plus(Duration.ofDays(10))),
                sub("b", "Blacklisted", OURS, NOW.plus(Duration.ofDays(20))));
        assertThat(plan.action()).isEqualTo(Action.RECREATE);
        assertThat(plan.delete()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aPushSubscriptionToTheSameAddressIsNotOurs() {
        SubscriptionView pubnub = new SubscriptionView("p", "Active", "PubNub", OURS, FILTERS, NOW.plusSeconds(900), null);
        assertThat(SubscriptionPlan.decide(List.of(pubnub), OURS, FILTERS, NOW, RENEW_BEFORE).action())
                .isEqualTo(Action.CREATE);
    }
}
