package dev.switchboard.sandbox.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.domain.ringcentral.RingCentralApiException;
import dev.switchboard.sandbox.domain.ringcentral.Subscriptions;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubscriptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final MutableClock clock = new MutableClock();
    private final Subscriptions subscriptions = new Subscriptions(clock, 3);

    static ObjectNode request(Long expiresIn) {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("eventFilters").add("/restapi/v1.0/account/~/extension");
        body.putObject("deliveryMode").put("transportType", "WebHook").put("address", "https://example.com/hook")
                .put("verificationToken", "vt");
        if (expiresIn != null) {
            body.put("expiresIn", expiresIn);
        }
        return body;
    }

    private Subscriptions.Subscription create(Long expiresIn) {
        return subscriptions.create(subscriptions.prepare(request(expiresIn)));
    }

    @Test
    void omittedExpiresInGetsTheSevenDayDefault() {
        Subscriptions.Subscription s = create(null);
        assertThat(s.expiresIn()).isEqualTo(604_800);
        assertThat(s.expirationTime()).isEqualTo(clock.instant().plusSeconds(604_800));
        assertThat(s.status()).isEqualTo(Subscriptions.Status.Active);
    }

    @Test
    void expiresInAboveTenYearsOrZeroIsInvalid() {
        assertThat(create(315_360_000L).expiresIn()).isEqualTo(315_360_000L);
        for (long bad : new long[] {0, 315_360_001L}) {
            assertThatThrownBy(() -> subscriptions.prepare(request(bad)))
                    .isInstanceOfSatisfying(RingCentralApiException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo("CMN-101");
                        assertThat(e.parameterName()).isEqualTo("expiresIn");
                    });
        }
    }

    @Test
    void onlyWebHookWithAnAddressIsAccepted() {
        ObjectNode pubnub = request(60L);
        ((ObjectNode) pubnub.get("deliveryMode")).put("transportType", "PubNub");
        assertThatThrownBy(() -> subscriptions.prepare(pubnub)).hasMessageContaining("deliveryMode.transportType");
        ObjectNode noAddress = request(60L);
        ((ObjectNode) noAddress.get("deliveryMode")).remove("address");
        assertThatThrownBy(() -> subscriptions.prepare(noAddress)).hasMessageContaining("deliveryMode.address");
        ObjectNode noFilters = request(60L);
        noFilters.putArray("eventFilters");
        assertThatThrownBy(() -> subscriptions.prepare(noFilters)).hasMessageContaining("eventFilters");
    }

    @Test
    void expiredSubscriptionsDisappearAndAnswerSub507() {
        Subscriptions.Subscription s = create(60L);
        clock.advance(Duration.ofSeconds(59));
        assertThat(subscriptions.list()).hasSize(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(subscriptions.list()).isEmpty();
        assertThat(subscriptions.active()).isEmpty();
        assertThatThrownBy(() -> subscriptions.get(s.id()))
                .isInstanceOfSatisfying(RingCentralApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.errorCode()).isEqualTo("SUB-507");
                });
        assertThatThrownBy(() -> subscriptions.renew(s.id())).isInstanceOf(RingCentralApiException.class);
        assertThatThrownBy(() -> subscriptions.get("never-existed"))
                .isInstanceOfSatisfying(RingCentralApiException.class, e -> assertThat(e.errorCode()).isEqualTo("CMN-102"));
    }

    @Test
    void renewCountsTheLifetimeAgainFromNow() {
        Subscriptions.Subscription s = create(100L);
        clock.advance(Duration.ofSeconds(90));
        Subscriptions.Subscription renewed = subscriptions.renew(s.id());
        assertThat(renewed.expirationTime()).isEqualTo(clock.instant().plusSeconds(100));
        assertThat(renewed.secondsLeft(clock.instant())).isEqualTo(100);
        clock.advance(Duration.ofSeconds(50));
        assertThat(subscriptions.get(s.id()).id()).isEqualTo(s.id());
    }

    @Test
    void putWithAnEmptyBodyRenewsWithTheDefaultTtlNotTheOriginalOne() {
        Subscriptions.Subscription s = create(315_360_000L);
        Subscriptions.Subscription updated = subscriptions.update(s.id(), JSON.createObjectNode());
        assertThat(updated.expiresIn()).isEqualTo(Subscriptions.DEFAULT_EXPIRES_IN);
        ObjectNode narrower = JSON.createObjectNode();
        narrower.putArray("eventFilters").add("/restapi/v1.0/account/~/extension/1");
        narrower.put("expiresIn", 1000);
        Subscriptions.Subscription replaced = subscriptions.update(s.id(), narrower);
        assertThat(replaced.eventFilters()).containsExactly("/restapi/v1.0/account/~/extension/1");
        assertThat(replaced.expiresIn()).isEqualTo(1000);
    }

    @Test
    void consecutiveFailuresBlacklistAndASuccessResetsTheCount() {
        Subscriptions.Subscription s = create(3600L);
        subscriptions.delivered(s.id(), false, "r1");
        subscriptions.delivered(s.id(), false, "r2");
        subscriptions.delivered(s.id(), true, null);
        subscriptions.delivered(s.id(), false, "r3");
        assertThat(subscriptions.delivered(s.id(), false, "r4").orElseThrow().status())
                .isEqualTo(Subscriptions.Status.Active);
        clock.advance(Duration.ofSeconds(5));
        Subscriptions.Subscription blacklisted = subscriptions.delivered(s.id(), false, "Read timed out").orElseThrow();
        assertThat(blacklisted.status()).isEqualTo(Subscriptions.Status.Blacklisted);
        assertThat(blacklisted.blacklistReason()).isEqualTo("Read timed out");
        assertThat(blacklisted.blacklistedAt()).isEqualTo(clock.instant());
        assertThat(subscriptions.isActive(s.id())).isFalse();
        assertThat(subscriptions.delivered(s.id(), true, null).orElseThrow().status())
                .as("Blacklisted is permanent").isEqualTo(Subscriptions.Status.Blacklisted);
        assertThat(subscriptions.renew(s.id()).status()).isEqualTo(Subscriptions.Status.Blacklisted);
    }

    @Test
    void thirtyPerUserAndApp() {
        for (int i = 0; i < Subscriptions.MAX_SUBSCRIPTIONS; i++) {
            create(60L);
        }
        assertThatThrownBy(() -> subscriptions.prepare(request(60L)))
                .isInstanceOfSatisfying(RingCentralApiException.class, e -> assertThat(e.errorCode()).isEqualTo("SUB-505"));
    }
}
