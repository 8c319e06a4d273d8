package dev.switchboard.rcingress.messaging;

import dev.switchboard.rcingress.config.IngressConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Starts the recurring work once the application is up: the timers of {@code @Scheduled} start with the scheduler,
 * before the HTTP server listens and the Kafka emitters are connected, so on a slow start the first subscription
 * check (whose handshake calls our endpoint) and the first schema publication would fail.
 */
@ApplicationScoped
public class Schedules {

    void start(@Observes StartupEvent started, Scheduler scheduler, IngressConfig config, SubscriptionKeeper keeper,
               SchemaDiscovery schema, FullImport fullImport) {
        String delay = config.subscription().initialDelay().toString();
        scheduler.newJob("subscription-check").setInterval(config.subscription().checkInterval().toString())
                .setDelayed(delay).setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> keeper.scheduled()).schedule();
        scheduler.newJob("schema-discovery").setInterval(config.importing().interval().toString())
                .setDelayed(delay).setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> schema.atStart()).schedule();
        scheduler.newJob("full-import").setInterval(config.importing().interval().toString())
                .setDelayed(delay).setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> fullImport.scheduled()).schedule();
    }
}
