package dev.switchboard.sandbox.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.domain.ringcentral.ExtensionChange;
import dev.switchboard.sandbox.domain.ringcentral.RingCentralAccount;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RingCentralSeedingTest {

    private static final RingCentralAccount.Filter USERS =
            new RingCentralAccount.Filter(Set.of(), Set.of(), Set.of("User"), null);
    private final RingCentralAccount account = new RingCentralAccount(new MutableClock(), 1000);
    private final List<ExtensionChange> heard = new ArrayList<>();

    RingCentralSeedingTest() {
        account.listener(heard::addAll);
    }

    @Test
    void seedingCreatesUniqueEnabledUsersAndPagingVisitsEachExactlyOnce() {
        account.create(RingCentralAccountTest.request("Ada", "ada@example.com"));
        RingCentralAccount.Seeded seeded = account.seed(25_000, "seed.example.com", 7, false);
        assertThat(seeded.created()).isEqualTo(25_000);
        assertThat(account.size()).isEqualTo(25_001);

        Set<Long> seen = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        int pages = 0;
        for (int page = 1; ; page++) {
            RingCentralAccount.Page p = account.list(USERS, page, 1000);
            pages++;
            for (ObjectNode ext : p.records()) {
                assertThat(seen.add(ext.get("id").asLong())).isTrue();
                assertThat(numbers.add(ext.get("extensionNumber").asText())).isTrue();
            }
            if (page >= p.totalPages()) {
                break;
            }
        }
        assertThat(pages).isEqualTo(26);
        assertThat(seen).hasSize(25_001);
        assertThat(account.list(USERS, 27, 1000).records()).isEmpty();
    }

    @Test
    void seededUsersAreFoundByEmailAndFilteredByStatus() {
        RingCentralAccount.Seeded seeded = account.seed(10, "seed.example.com", 1, false);
        ObjectNode last = account.get(seeded.lastId());
        assertThat(last.path("status").asText()).isEqualTo("Enabled");
        assertThat(last.path("type").asText()).isEqualTo("User");
        String email = last.path("contact").path("email").asText();
        assertThat(email).endsWith("." + seeded.lastId() + "@seed.example.com");
        assertThat(last.path("regionalSettings").path("homeCountry").path("isoCode").asText())
                .as("default sub-objects are restored when read").isEqualTo("US");
        var byEmail = account.list(new RingCentralAccount.Filter(Set.of(email), Set.of(), Set.of(), null), 1, 100);
        assertThat(byEmail.records()).extracting(r -> r.get("id").asLong()).containsExactly(seeded.lastId());
        var disabled = account.list(new RingCentralAccount.Filter(Set.of(), Set.of("Disabled"), Set.of(), null), 1, 100);
        assertThat(disabled.totalElements()).isZero();
    }

    @Test
    void seedingIsDeterministicForASeed() {
        RingCentralAccount other = new RingCentralAccount(new MutableClock(), 1000);
        account.seed(50, "seed.example.com", 42, false);
        other.seed(50, "seed.example.com", 42, false);
        assertThat(account.all()).isEqualTo(other.all());
    }

    @Test
    void seedingNotifiesOnlyWhenAsked() {
        account.seed(5, "seed.example.com", 1, false);
        assertThat(heard).isEmpty();
        RingCentralAccount.Seeded seeded = account.seed(3, "seed.example.com", 1, true);
        assertThat(heard).extracting(ExtensionChange::extensionId)
                .containsExactly(seeded.firstId(), seeded.firstId() + 1, seeded.lastId());
        assertThat(heard).extracting(ExtensionChange::eventType).containsOnly(ExtensionChange.Type.Create);
    }

    @Test
    void badSeedRequestsAreRefused() {
        assertThatThrownBy(() -> account.seed(0, "seed.example.com", 1, false)).hasMessageContaining("count");
        assertThatThrownBy(() -> account.seed(1, "not a domain", 1, false)).hasMessageContaining("emailDomain");
    }
}
