package dev.switchboard.rcingress.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.rcingress.domain.ExtensionFingerprint;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KnownExtensionsTest {

    @Inject
    KnownExtensions known;

    @Test
    void aRunThatDidNotReadDirectNumbersKeepsTheLastOneRead() {
        String id = "known-" + System.nanoTime();
        try {
            known.record("run-1", Map.of(id, new ExtensionFingerprint("content-1", "number-1")), List.of(), Instant.now());
            known.record("run-2", Map.of(id, new ExtensionFingerprint("content-2", null)), List.of(), Instant.now());
            assertThat(known.load()).containsEntry(id, new ExtensionFingerprint("content-2", "number-1"));

            known.record("run-3", Map.of(id, new ExtensionFingerprint("content-2", "number-2")), List.of(), Instant.now());
            assertThat(known.load()).containsEntry(id, new ExtensionFingerprint("content-2", "number-2"));
        } finally {
            // imports would report it gone
            known.record("cleanup", Map.of(), List.of(id), Instant.now());
        }
        assertThat(known.load()).doesNotContainKey(id);
    }
}
