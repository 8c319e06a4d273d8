package dev.switchboard.oktaingress.rest;

import static dev.switchboard.oktaingress.fixtures.Deliveries.delivery;
import static dev.switchboard.oktaingress.fixtures.Deliveries.userEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.OktaHookEvent;
import dev.switchboard.oktaingress.config.SwitchboardConfig;
import dev.switchboard.oktaingress.fixtures.Deliveries;
import dev.switchboard.oktaingress.messaging.HookPublisher;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The delivery handler's answer depends on Kafka's ack: 204 only after it, 503 when it fails or does not come. */
class OktaHookResourceTest {

    private static final String SECRET = "unit-secret";

    /** A publisher whose ack the test controls. */
    static final class ControlledPublisher extends HookPublisher {
        final List<Event<OktaHookEvent>> published = new ArrayList<>();
        final AtomicReference<UniEmitter<? super Void>> ack = new AtomicReference<>();

        @Override
        public Uni<Void> publish(List<Event<OktaHookEvent>> events) {
            published.addAll(events);
            return Uni.createFrom().<Void>emitter(emitter -> ack.set(emitter));
        }
    }

    private final ControlledPublisher publisher = new ControlledPublisher();

    private OktaHookResource resource(Duration ackTimeout) {
        SwitchboardConfig.Hook hook = proxy(SwitchboardConfig.Hook.class, Map.of(
                "secret", SECRET, "previousSecret", Optional.empty(), "authHeader", "Authorization",
                "maxBodyBytes", 1_000_000L, "ackTimeout", ackTimeout));
        return new OktaHookResource(proxy(SwitchboardConfig.class, Map.of("hook", hook)), publisher);
    }

    private static CompletableFuture<Response> receive(OktaHookResource resource, byte[] body) {
        HttpHeaders headers = proxy(HttpHeaders.class, Map.of("getHeaderString", SECRET));
        return resource.receive(headers, body).subscribeAsCompletionStage();
    }

    @Test
    void answers204OnlyAfterKafkaAcknowledged() {
        CompletableFuture<Response> answer = receive(resource(Duration.ofMinutes(1)),
                delivery(userEvent("user.lifecycle.activate", Deliveries.userId()),
                        userEvent("user.lifecycle.suspend", Deliveries.userId())).bytes());

        assertThat(publisher.published).hasSize(2);
        assertThat(answer).isNotDone();
        publisher.ack.get().complete(null);
        assertThat(answer.join().getStatus()).isEqualTo(204);
    }

    @Test
    void answers503WhenKafkaRefuses() {
        CompletableFuture<Response> answer = receive(resource(Duration.ofMinutes(1)),
                delivery(userEvent("user.lifecycle.activate", Deliveries.userId())).bytes());

        publisher.ack.get().fail(new IllegalStateException("broker down"));
        Response response = answer.join();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(((Problem) response.getEntity()).reason()).contains("retry");
    }

    @Test
    void answers503WhenKafkaDoesNotAcknowledgeInTime() {
        CompletableFuture<Response> answer = receive(resource(Duration.ofMillis(50)),
                delivery(userEvent("user.lifecycle.activate", Deliveries.userId())).bytes());

        assertThat(answer.join().getStatus()).isEqualTo(503);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            if (!answers.containsKey(method.getName())) {
                throw new UnsupportedOperationException(method.getName());
            }
            return answers.get(method.getName());
        });
    }
}
