package dev.switchboard.oktaingress.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SharedSecretsTest {

    @Test
    void acceptsTheCurrentSecretOnly() {
        SharedSecrets secrets = new SharedSecrets("s3cret-ü", Optional.empty());

        assertThat(secrets.matches("s3cret-ü")).isTrue();
        assertThat(secrets.matches("s3cret-u")).isFalse();
        assertThat(secrets.matches("s3cret-ü ")).isFalse();
        assertThat(secrets.matches("")).isFalse();
        assertThat(secrets.matches(null)).isFalse();
    }

    @Test
    void acceptsThePreviousSecretDuringARotation() {
        SharedSecrets secrets = new SharedSecrets("new", Optional.of("old"));

        assertThat(secrets.matches("new")).isTrue();
        assertThat(secrets.matches("old")).isTrue();
        assertThat(secrets.matches("older")).isFalse();
    }

    @Test
    void anEmptyPreviousSecretAcceptsNothing() {
        assertThat(new SharedSecrets("new", Optional.of("")).matches("")).isFalse();
    }

    @Test
    void refusesAnEmptySecretAndNeverPrintsIt() {
        assertThatThrownBy(() -> new SharedSecrets("", Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SharedSecrets("visible?", Optional.of("old")).toString()).doesNotContain("visible", "old");
    }
}
