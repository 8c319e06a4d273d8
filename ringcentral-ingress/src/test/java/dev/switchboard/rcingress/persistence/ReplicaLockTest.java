package dev.switchboard.rcingress.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.rcingress.persistence.ReplicaLock.Held;
import dev.switchboard.rcingress.persistence.ReplicaLock.Job;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Two replicas are two database sessions: the lock is exclusive across sessions and free again once released. */
@QuarkusTest
class ReplicaLockTest {

    @Inject
    ReplicaLock locks;

    @Test
    void onlyOneSessionHoldsAJobAndTheOtherJobIsIndependent() throws Exception {
        try (Held held = locks.tryAcquire(Job.IMPORT).orElseThrow()) {
            // another replica = another session, here another thread with its own pooled connection
            Optional<Held> second = CompletableFuture.supplyAsync(() -> locks.tryAcquire(Job.IMPORT)).get();
            assertThat(second).isEmpty();
            try (Held other = CompletableFuture.supplyAsync(() -> locks.tryAcquire(Job.SUBSCRIPTION)).get()
                    .orElseThrow()) {
                assertThat(other).isNotNull();
            }
        }
        Optional<Held> again = CompletableFuture.supplyAsync(() -> locks.tryAcquire(Job.IMPORT)).get();
        assertThat(again).isPresent();
        again.get().close();
    }
}
