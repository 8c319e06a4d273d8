package dev.switchboard.reconciler.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.reconciler.domain.Matching.OktaUser;
import dev.switchboard.reconciler.domain.Matching.Rule;
import dev.switchboard.reconciler.domain.Matching.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingTest {

    private final Matching emailAndLogin = new Matching(List.of(Rule.EMAIL, Rule.LOGIN));

    private static OktaUser user(String id, String email, String login) {
        return new OktaUser(id, email, login, null, false);
    }

    @Test
    void oneUserMatchingByEveryRuleIsMatched() {
        Matching.Result result = emailAndLogin.match("101", "ada@example.com",
                List.of(user("00u1", "ada@example.com", "ada@example.com"), user("00u2", "bob@example.com", "bob")));
        assertThat(result.status()).isEqualTo(Status.MATCHED);
        assertThat(result.match()).isEqualTo("00u1");
    }

    @Test
    void valuesAreTrimmedAndLowerCasedBeforeComparing() {
        Matching.Result result = emailAndLogin.match("101", "  Ada@Example.COM ",
                List.of(user("00u1", "ADA@example.com", " ada@EXAMPLE.com")));
        assertThat(result.status()).isEqualTo(Status.MATCHED);
        assertThat(Matching.normalise("  X@Y.z ")).isEqualTo("x@y.z");
        assertThat(Matching.normalise("   ")).isNull();
    }

    @Test
    void theLoginRuleAloneMatchesByLogin() {
        Matching byLogin = new Matching(List.of(Rule.LOGIN));
        Matching.Result result = byLogin.match("101", "ada@example.com",
                List.of(user("00u1", "other@example.com", "ada@example.com")));
        assertThat(result.status()).isEqualTo(Status.MATCHED);
        assertThat(result.match()).isEqualTo("00u1");
    }

    @Test
    void sameEmailDifferentLoginIsAPartialMatchAndDisputed() {
        Matching.Result result = emailAndLogin.match("101", "ada@example.com",
                List.of(user("00u1", "ada@example.com", "ada.lovelace")));
        assertThat(result.status()).isEqualTo(Status.DISPUTED);
        assertThat(result.reason()).contains("partial");
        assertThat(result.candidates()).singleElement().satisfies(c -> assertThat(c.full()).isFalse());
    }

    @Test
    void severalCandidatesAreDisputed() {
        Matching.Result result = emailAndLogin.match("101", "ada@example.com",
                List.of(user("00u1", "ada@example.com", "ada@example.com"), user("00u2", "x@example.com", "ada@example.com")));
        assertThat(result.status()).isEqualTo(Status.DISPUTED);
        assertThat(result.candidates()).extracting(Matching.Candidate::oktaUserId).containsExactly("00u1", "00u2");
    }

    @Test
    void noCandidateOrNoEmailIsUnmatched() {
        assertThat(emailAndLogin.match("101", "ada@example.com", List.of(user("00u1", "bob@example.com", "bob")))
                .status()).isEqualTo(Status.UNMATCHED);
        assertThat(emailAndLogin.match("101", " ", List.of(user("00u1", "", ""))).status()).isEqualTo(Status.UNMATCHED);
    }

    @Test
    void aCandidateLinkedToAnotherExtensionIsDisputed() {
        Matching.Result result = emailAndLogin.match("101", "ada@example.com",
                List.of(new OktaUser("00u1", "ada@example.com", "ada@example.com", "999", true)));
        assertThat(result.status()).isEqualTo(Status.DISPUTED);
        assertThat(result.reason()).contains("already linked to extension 999");
    }
}
