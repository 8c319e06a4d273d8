package dev.switchboard.oktaingress.client;

import dev.switchboard.oktaingress.config.SwitchboardConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Registers the event hook in Okta at start when {@code switchboard.hook.registration.enabled}. It runs after a
 * delay, off the start thread, because Okta's verification calls our endpoint back and the HTTP server must be up.
 */
@ApplicationScoped
public class EventHookRegistration {

    private static final Logger LOG = Logger.getLogger(EventHookRegistration.class);

    private final SwitchboardConfig config;
    private final OktaEventHooks hooks;

    EventHookRegistration(SwitchboardConfig config, OktaEventHooks hooks) {
        this.config = config;
        this.hooks = hooks;
    }

    void onStart(@Observes StartupEvent start) {
        SwitchboardConfig.Registration registration = config.hook().registration();
        if (!registration.enabled()) {
            return;
        }
        if (config.hook().publicUrl().isEmpty()) {
            LOG.error("switchboard.hook.registration.enabled is true but switchboard.hook.public-url is not set; "
                    + "the event hook is not registered");
            return;
        }
        schedule(1);
    }

    private void schedule(int attempt) {
        SwitchboardConfig.Registration registration = config.hook().registration();
        CompletableFuture.runAsync(() -> register(attempt),
                CompletableFuture.delayedExecutor(registration.delay().toMillis() * attempt, TimeUnit.MILLISECONDS));
    }

    private void register(int attempt) {
        String url = config.hook().publicUrl().orElseThrow();
        try {
            String id = hooks.ensure(url);
            LOG.infof("event hook %s for %s is registered, verified and active", id, url);
        } catch (RuntimeException e) {
            if (attempt < config.hook().registration().attempts()) {
                LOG.warnf("registering the event hook for %s failed (attempt %d): %s", url, attempt, e.getMessage());
                schedule(attempt + 1);
            } else {
                LOG.errorf("registering the event hook for %s failed after %d attempts: %s", url, attempt,
                        e.getMessage());
            }
        }
    }
}
