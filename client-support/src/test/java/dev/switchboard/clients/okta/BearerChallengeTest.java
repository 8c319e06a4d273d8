package dev.switchboard.clients.okta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BearerChallengeTest {

    @Test
    void readsOktasInsufficientScopeChallenge() {
        BearerChallenge challenge = BearerChallenge.parse("Bearer authorization_uri=\"https://acme.okta.com/oauth2/v1/"
                + "authorize\", realm=\"https://acme.okta.com\", scope=\"okta.users.manage\", error=\"insufficient_scope\", "
                + "error_description=\"The access token provided does not contain the required scopes.\", "
                + "resource=\"/api/v1/users/00u1\"").orElseThrow();

        assertThat(challenge.insufficientScope()).isTrue();
        assertThat(challenge.scope()).isEqualTo("okta.users.manage");
        assertThat(challenge.errorDescription()).isEqualTo("The access token provided does not contain the required scopes.");
    }

    @Test
    void readsInvalidTokenWithUnquotedValuesAndAnyCaseOfSchemeAndNames() {
        BearerChallenge challenge = BearerChallenge.parse("bearer ERROR=invalid_token, error_description=\"The token "
                + "has expired, \\\"renew\\\" it\"").orElseThrow();

        assertThat(challenge.invalidToken()).isTrue();
        assertThat(challenge.errorDescription()).isEqualTo("The token has expired, \"renew\" it");
        assertThat(challenge.scope()).isNull();
    }

    @Test
    void aBareBearerChallengeHasNoError() {
        BearerChallenge challenge = BearerChallenge.parse("Bearer").orElseThrow();

        assertThat(challenge.error()).isNull();
        assertThat(challenge.insufficientScope()).isFalse();
    }

    @Test
    void otherSchemesAndNothingAreNoBearerChallenge() {
        assertThat(BearerChallenge.parse(null)).isEmpty();
        assertThat(BearerChallenge.parse("")).isEmpty();
        assertThat(BearerChallenge.parse("Basic realm=\"okta\"")).isEmpty();
        assertThat(BearerChallenge.parse("BearerX error=\"invalid_token\"")).isEmpty();
    }
}
