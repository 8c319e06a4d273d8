package dev.switchboard.reconciler.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseAddressTest {

    @Test
    void readsHostPortAndDatabase() {
        assertThat(DatabaseAddress.fromJdbcUrl("jdbc:postgresql://127.0.0.1:15432/switchboard?sslmode=disable"))
                .isEqualTo(new DatabaseAddress("127.0.0.1", 15432, "switchboard"));
    }

    @Test
    void defaultsToPort5432() {
        assertThat(DatabaseAddress.fromJdbcUrl("jdbc:postgresql://db.internal/switchboard"))
                .isEqualTo(new DatabaseAddress("db.internal", 5432, "switchboard"));
    }

    @Test
    void rejectsWhatItCannotUse() {
        assertThatThrownBy(() -> DatabaseAddress.fromJdbcUrl("jdbc:mysql://h:1/db")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabaseAddress.fromJdbcUrl("jdbc:postgresql://h1:1,h2:2/db")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabaseAddress.fromJdbcUrl("jdbc:postgresql://h:1/")).isInstanceOf(IllegalArgumentException.class);
    }
}
