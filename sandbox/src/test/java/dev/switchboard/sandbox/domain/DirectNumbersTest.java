package dev.switchboard.sandbox.domain;

import dev.switchboard.sandbox.domain.ringcentral.DirectNumbers;
import dev.switchboard.sandbox.domain.ringcentral.ExtensionChange;
import dev.switchboard.sandbox.domain.ringcentral.RingCentralAccount;
import dev.switchboard.sandbox.domain.ringcentral.RingCentralApiException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Assignment rules of direct numbers, alone and in the account (reporting, delete, create, seeding). */
class DirectNumbersTest {

    private final RingCentralAccount account = new RingCentralAccount(new MutableClock(), 1000);
    private final List<ExtensionChange> heard = new ArrayList<>();

    DirectNumbersTest() {
        account.listener(heard::addAll);
    }

    private long extension(String name) {
        return account.create(RingCentralAccountTest.request(name, name.toLowerCase() + "@example.com"))
                .get("id").asLong();
    }

    private static int status(Runnable call) {
        try {
            call.run();
        } catch (RingCentralApiException e) {
            return e.status();
        }
        return 200;
    }

    @Test
    void onlyE164NumbersAreAccepted() {
        assertThat(DirectNumbers.parse("+16505550123")).isEqualTo(16505550123L);
        assertThat(DirectNumbers.format(16505550123L)).isEqualTo("+16505550123");
        for (String bad : new String[]{"16505550123", "+06505550123", "+1 650 555 0123", "+1650555012345678", "+1",
                "", "tel:+16505550123"}) {
            assertThatThrownBy(() -> DirectNumbers.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(RingCentralApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.parameterName()).isEqualTo("phoneNumber");
                        assertThat(e.getMessage()).contains("E.164");
                    });
        }
        assertThatThrownBy(() -> DirectNumbers.parse(null)).isInstanceOf(RingCentralApiException.class);
    }

    @Test
    void aNumberBelongsToOneExtensionAndAReplacedNumberGoesBackToTheInventory() {
        DirectNumbers numbers = new DirectNumbers();
        assertThat(numbers.assign(1, 16505550123L)).isTrue();
        assertThat(numbers.assign(1, 16505550123L)).as("already its own").isFalse();
        assertThatThrownBy(() -> numbers.assign(2, 16505550123L))
                .isInstanceOfSatisfying(RingCentralApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("+16505550123").contains("extension 1");
                });
        assertThat(numbers.assign(1, 16505550124L)).isTrue();
        assertThat(numbers.of(1)).contains("+16505550124");
        assertThat(numbers.assign(2, 16505550123L)).as("the replaced number is free again").isTrue();
        assertThat(numbers.release(2)).isTrue();
        assertThat(numbers.release(2)).isFalse();
        assertThat(numbers.of(2)).isEmpty();
        assertThat(numbers.size()).isEqualTo(1);
    }

    @Test
    void theAccountsMainNumberCannotBeADirectNumber() {
        DirectNumbers numbers = new DirectNumbers();
        assertThatThrownBy(() -> numbers.assign(1, DirectNumbers.parse(RingCentralAccount.MAIN_NUMBER)))
                .isInstanceOfSatisfying(RingCentralApiException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void assignmentsAreReportedAsUpdatesWithTheCompanyNumbersHintAndNoOpsAreNot() {
        long id = extension("Ada");
        heard.clear();
        assertThat(account.assignDirectNumber(id, "+16505550123")).isTrue();
        assertThat(account.assignDirectNumber(id, "+16505550123")).isFalse();
        assertThat(account.assignDirectNumber(id, "+16505550124")).isTrue();
        assertThat(account.unassignDirectNumber(id)).isTrue();
        assertThat(account.unassignDirectNumber(id)).isFalse();
        ExtensionChange numbers = new ExtensionChange(id, ExtensionChange.Type.Update,
                List.of(ExtensionChange.Hint.CompanyNumbers));
        assertThat(heard).containsExactly(numbers, numbers, numbers);
        assertThat(account.directNumber(id)).isEmpty();
    }

    @Test
    void unknownExtensionsAndBadOrTakenNumbersChangeNothing() {
        long ada = extension("Ada");
        long alan = extension("Alan");
        account.assignDirectNumber(ada, "+16505550123");
        heard.clear();
        assertThat(status(() -> account.assignDirectNumber(99_999, "+16505550199"))).isEqualTo(404);
        assertThat(status(() -> account.unassignDirectNumber(99_999))).isEqualTo(404);
        assertThat(status(() -> account.directNumber(99_999))).isEqualTo(404);
        assertThat(status(() -> account.assignDirectNumber(alan, "6505550199"))).isEqualTo(400);
        assertThat(status(() -> account.assignDirectNumber(alan, "+16505550123"))).isEqualTo(409);
        assertThat(account.directNumber(ada)).contains("+16505550123");
        assertThat(account.directNumber(alan)).isEmpty();
        assertThat(heard).isEmpty();
    }

    @Test
    void deletingAnExtensionReleasesItsDirectNumber() {
        long ada = extension("Ada");
        long alan = extension("Alan");
        account.assignDirectNumber(ada, "+16505550123");
        account.delete(ada);
        assertThat(status(() -> account.directNumber(ada))).isEqualTo(404);
        assertThat(account.assignDirectNumber(alan, "+16505550123")).isTrue();
    }

    @Test
    void createWithADirectNumberIsOneCreateAndABadNumberCreatesNothing() {
        long ada = account.create(RingCentralAccountTest.request("Ada", "ada@example.com"), "+16505550123")
                .get("id").asLong();
        assertThat(heard).containsExactly(new ExtensionChange(ada, ExtensionChange.Type.Create));
        assertThat(account.directNumber(ada)).contains("+16505550123");
        assertThat(account.get(ada).has("directNumber")).as("not part of the extension resource").isFalse();

        int before = account.size();
        assertThat(status(() -> account.create(RingCentralAccountTest.request("Alan", "alan@example.com"),
                "+16505550123"))).isEqualTo(409);
        assertThat(status(() -> account.create(RingCentralAccountTest.request("Alan", "alan@example.com"),
                "555-0123"))).isEqualTo(400);
        assertThat(account.size()).isEqualTo(before);
        assertThat(heard).hasSize(1);
    }

    @Test
    void seededUsersGetDistinctDeterministicNumbersOnlyWhenAsked() {
        RingCentralAccount.Seeded plain = account.seed(3, "seed.example.com", 1, false);
        for (long id = plain.firstId(); id <= plain.lastId(); id++) {
            assertThat(account.directNumber(id)).isEmpty();
        }
        long taken = extension("Ada");
        account.assignDirectNumber(taken, "+16502000001");

        RingCentralAccount.Seeded seeded = account.seed(2_000, "seed.example.com", 1, false, true);
        Set<String> numbers = new HashSet<>();
        for (long id = seeded.firstId(); id <= seeded.lastId(); id++) {
            Optional<String> number = account.directNumber(id);
            assertThat(number).isPresent();
            assertThat(numbers.add(number.get())).as("distinct: %s", number.get()).isTrue();
        }
        assertThat(numbers).hasSize(2_000).doesNotContain("+16502000001");
        assertThat(account.directNumber(seeded.firstId())).contains("+16502000000");
        assertThat(account.directNumber(seeded.firstId() + 1)).as("the taken one is skipped").contains("+16502000002");

        RingCentralAccount again = new RingCentralAccount(new MutableClock(), 1000);
        again.seed(3, "seed.example.com", 1, false);
        again.create(RingCentralAccountTest.request("Ada", "ada@example.com"), "+16502000001");
        RingCentralAccount.Seeded same = again.seed(2_000, "seed.example.com", 1, false, true);
        assertThat(again.directNumber(same.lastId())).isEqualTo(account.directNumber(seeded.lastId()));

        account.clear();
        assertThat(account.seed(1, "seed.example.com", 1, false, true).firstId()).satisfies(id ->
                assertThat(account.directNumber(id)).contains("+16502000000"));
    }
}
