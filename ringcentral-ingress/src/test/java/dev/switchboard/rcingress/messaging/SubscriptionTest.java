package dev.switchboard.rcingress.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.Json;
import dev.switchboard.rcingress.fixtures.FakeRingCentral;
import dev.switchboard.rcingress.persistence.ReplicaLock;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubscriptionTest {

    @Inject
    FakeRingCentral ringCentral;

    @Inject
    SubscriptionKeeper keeper;

    @Inject
    MeterRegistry registry;

    @Inject
    ReplicaLock locks;

    @ConfigProperty(name = "switchboard.ringcentral.webhook.public-url")
    String publicUrl;

    /** The one created at start, once it exists. */
    @BeforeEach
    void createdAtStart() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> ringCentral.subscriptionsTo(publicUrl).size() == 1
                && "ACTIVE".equals(keeper.state().status()));
    }

    private JsonNode ours() {
        List<JsonNode> ours = ringCentral.subscriptionsTo(publicUrl);
        assertThat(ours).hasSize(1);
        return ours.get(0);
    }

    @Test
    void isCreatedAtStartWithAnExplicitTopLevelExpiresInAfterTheHandshake() throws Exception {
        JsonNode sent = Json.MAPPER.readTree(ringCentral.requests("subscribe").get(0).body());
        assertThat(sent.path("expiresIn").asInt()).isEqualTo(315360000);
        assertThat(sent.path("deliveryMode").has("expiresIn")).isFalse();
        assertThat(sent.path("deliveryMode").path("transportType").asText()).isEqualTo("WebHook");
        assertThat(sent.path("deliveryMode").path("address").asText()).isEqualTo(publicUrl);
        assertThat(sent.path("deliveryMode").path("verificationToken").asText()).isEqualTo("test-verification-token");
        assertThat(sent.path("eventFilters")).extracting(JsonNode::asText).containsExactly("/restapi/v1.0/account/~/extension");
        // the fake creates only after our endpoint echoed its Validation-Token
        assertThat(ours().path("status").asText()).isEqualTo("Active");
        assertThat(registry.get(SubscriptionKeeper.ACTIVE_GAUGE).gauge().value()).isEqualTo(1.0);
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.data.status", hasItem("ACTIVE"));
    }

    @Test
    void whileAnotherReplicaChecksThisOneLeavesTheSubscriptionsAlone() throws Exception {
        String before = ours().path("id").asText();
        ringCentral.blacklist(before, "Webhook responses with code: [404], reason: [Not Found]");
        int listsBefore = ringCentral.requests("subscriptions").size();
        // another replica = another database session, holding the subscription lock while it checks
        try (ReplicaLock.Held other = CompletableFuture.supplyAsync(
                () -> locks.tryAcquire(ReplicaLock.Job.SUBSCRIPTION)).get().orElseThrow()) {
            // it only looks (one list call): nothing deleted, renewed or created
            int changesBefore = ringCentral.requests("subscribe").size() + ringCentral.requests("unsubscribe").size()
                    + ringCentral.requests("renew").size();
            keeper.check();
            assertThat(ringCentral.requests("subscriptions")).hasSize(listsBefore + 1);
            assertThat(ringCentral.requests("subscribe").size() + ringCentral.requests("unsubscribe").size()
                    + ringCentral.requests("renew").size()).isEqualTo(changesBefore);
            assertThat(ringCentral.subscriptionsTo(publicUrl)).extracting(s -> s.path("id").asText())
                    .containsExactly(before);
        }
        // its turn: the blacklisted subscription is replaced
        keeper.check();
        assertThat(ringCentral.subscriptionsTo(publicUrl)).extracting(s -> s.path("id").asText())
                .singleElement().isNotEqualTo(before);
    }

    @Test
    void whileAnotherReplicaChecksThisOneReportsWhatRingCentralHolds() throws Exception {
        String kept = ours().path("id").asText();
        try (ReplicaLock.Held other = CompletableFuture.supplyAsync(
                () -> locks.tryAcquire(ReplicaLock.Job.SUBSCRIPTION)).get().orElseThrow()) {
            SubscriptionKeeper.State observed = keeper.check();
            assertThat(observed.status()).isEqualTo("ACTIVE");
            assertThat(observed.lastAction()).isEqualTo("OBSERVED");
            assertThat(observed.subscriptionId()).isEqualTo(kept);
        }
    }

    @Test
    void aBlacklistedSubscriptionIsRecreatedOnTheNextCheck() {
        String before = ours().path("id").asText();
        double recreations = registry.get(SubscriptionKeeper.RECREATIONS).counter().count();
        ringCentral.blacklist(before, "Webhook responses with code: [404], reason: [Not Found]");

        SubscriptionKeeper.State state = keeper.check();

        JsonNode after = ours();
        assertThat(after.path("id").asText()).isNotEqualTo(before);
        assertThat(after.path("status").asText()).isEqualTo("Active");
        assertThat(state.status()).isEqualTo("ACTIVE");
        assertThat(state.lastAction()).isEqualTo("RECREATE");
        assertThat(state.subscriptionId()).isEqualTo(after.path("id").asText());
        assertThat(registry.get(SubscriptionKeeper.RECREATIONS).counter().count()).isEqualTo(recreations + 1);
    }

    @Test
    void oneCloseToExpiryIsRenewedAndOnePurgedIsCreatedAgain() {
        String id = ours().path("id").asText();
        ringCentral.expireAt(id, Instant.now().plus(Duration.ofHours(2)));

        assertThat(keeper.check().lastAction()).isEqualTo("RENEW");
        assertThat(ours().path("id").asText()).isEqualTo(id);
        assertThat(Instant.parse(ours().path("expirationTime").asText())).isAfter(Instant.now().plus(Duration.ofDays(365)));

        ringCentral.purge(id);
        assertThat(keeper.check().lastAction()).isEqualTo("CREATE");
        assertThat(ours().path("id").asText()).isNotEqualTo(id);
    }

    @Test
    void duplicatesToOurAddressAreDeleted() {
        String kept = ours().path("id").asText();
        ringCentral.addSubscription(publicUrl, List.of("/restapi/v1.0/account/~/extension"),
                Instant.now().plus(Duration.ofDays(3)));

        assertThat(keeper.check().lastAction()).isEqualTo("NOTHING");
        assertThat(ours().path("id").asText()).isEqualTo(kept);
    }
}
