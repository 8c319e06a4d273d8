package dev.switchboard.sandbox.domain;

import dev.switchboard.sandbox.domain.okta.OktaApiException;
import dev.switchboard.sandbox.domain.okta.OktaDirectory;
import dev.switchboard.sandbox.domain.okta.OktaUser;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OktaDirectoryTest {

    private final MutableClock clock = new MutableClock();
    private final OktaDirectory directory = new OktaDirectory(clock, "0oaapp");

    private OktaUser ada() {
        return directory.createUser(Map.of("login", "ada@example.com", "email", "ada@example.com",
                "firstName", "Ada", "lastName", "Lovelace"), true, true);
    }

    @Test
    void loginMustBeUniqueIgnoringCase() {
        ada();
        assertThatThrownBy(() -> directory.createUser(Map.of("login", "ADA@example.com", "email", "a@example.com",
                "firstName", "A", "lastName", "B"), true, true))
                .isInstanceOfSatisfying(OktaApiException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("E0000001");
                    assertThat(e.causes()).anyMatch(c -> c.startsWith("login:"));
                });
    }

    @Test
    void partialUpdateMergesAndAdvancesLastUpdated() {
        OktaUser user = ada();
        OktaDirectory.ProfileUpdate update = directory.updateProfile(user.id(), Map.of("title", "Engineer",
                "firstName", "Ada"), null);
        assertThat(update.user().profile()).containsEntry("title", "Engineer").containsEntry("lastName", "Lovelace");
        assertThat(update.changedAttributes()).containsExactly("title");
        assertThat(update.user().lastUpdated()).isAfter(user.lastUpdated());
        assertThat(update.user().etag()).isNotEqualTo(user.etag());
    }

    @Test
    void staleIfMatchIsRefusedWith412() {
        OktaUser user = ada();
        clock.advance(Duration.ofSeconds(1));
        directory.updateProfile(user.id(), Map.of("title", "A"), user.etag());
        assertThatThrownBy(() -> directory.updateProfile(user.id(), Map.of("title", "B"), user.etag()))
                .isInstanceOfSatisfying(OktaApiException.class, e -> assertThat(e.status()).isEqualTo(412));
    }

    @Test
    void deactivationRemovesTheAssignment() {
        OktaUser user = ada();
        directory.assign("0oaapp", user.id(), "USER", null, Map.of());
        OktaDirectory.Deactivation d = directory.deactivate(user.id());
        assertThat(d.user().status()).isEqualTo("DEPROVISIONED");
        assertThat(d.removedAssignments()).hasSize(1);
        assertThatThrownBy(() -> directory.appUser("0oaapp", user.id()))
                .isInstanceOfSatisfying(OktaApiException.class, e -> assertThat(e.errorCode()).isEqualTo("E0000007"));
    }

    @Test
    void assigningTwiceKeepsOneAssignmentAndUnknownAppIsNotFound() {
        OktaUser user = ada();
        assertThat(directory.assign("0oaapp", user.id(), "USER", null, Map.of())).isPresent();
        assertThat(directory.assign("0oaapp", user.id(), "USER", null, Map.of())).isEmpty();
        assertThatThrownBy(() -> directory.assign("0oaother", user.id(), "USER", null, Map.of()))
                .hasMessageContaining("(AppInstance)");
    }

    @Test
    void attributesSourcedElsewhereCannotBeWrittenButOthersCan() {
        OktaUser user = ada();
        directory.sourcedElsewhere(java.util.List.of("mobilePhone", "title"));
        assertThatThrownBy(() -> directory.updateProfile(user.id(), Map.of("title", "CTO", "nickName", "A"), null))
                .isInstanceOfSatisfying(OktaApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.errorCode()).isEqualTo("E0000023");
                    assertThat(e.causes()).containsExactly("title: mastered under another system");
                });
        assertThat(directory.get(user.id()).profile()).doesNotContainKey("nickName");
        assertThat(directory.updateProfile(user.id(), Map.of("nickName", "A"), null).changedAttributes())
                .containsExactly("nickName");
        directory.clear();
        assertThat(directory.sourcedElsewhere()).isEmpty();
    }
}
