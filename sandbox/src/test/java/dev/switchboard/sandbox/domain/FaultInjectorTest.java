package dev.switchboard.sandbox.domain;

import dev.switchboard.sandbox.domain.ringcentral.FaultInjector;
import dev.switchboard.sandbox.domain.ringcentral.FaultInjector.Kind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultInjectorTest {

    private static final String EXTENSION = "/restapi/v1.0/account/~/extension";

    private static FaultInjector.Settings settings(double rate, List<Kind> kinds, boolean includeToken) {
        return new FaultInjector.Settings(rate, kinds, Duration.ofMillis(10), Duration.ofMillis(20), 1, includeToken);
    }

    private static List<Optional<Kind>> run(FaultInjector injector, int calls) {
        List<Optional<Kind>> out = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            out.add(injector.decide(EXTENSION));
        }
        return out;
    }

    @Test
    void noFaultsUntilAsked() {
        FaultInjector injector = new FaultInjector(FaultInjector.Settings.none(false), 1L);
        assertThat(run(injector, 50)).allMatch(Optional::isEmpty);
    }

    @Test
    void rateOneFaultsEveryCallWithTheConfiguredKinds() {
        FaultInjector injector = new FaultInjector(settings(1, List.of(Kind.SERVER_ERROR, Kind.LOST_RESPONSE), false), 5L);
        List<Optional<Kind>> faults = run(injector, 100);
        assertThat(faults).allMatch(Optional::isPresent);
        assertThat(faults.stream().map(Optional::get).distinct()).containsExactlyInAnyOrder(Kind.SERVER_ERROR, Kind.LOST_RESPONSE);
        @SuppressWarnings("unchecked")
        Map<String, Long> injected = (Map<String, Long>) injector.counters().get("injected");
        assertThat(injected.get("5xx") + injected.get("lost-response")).isEqualTo(100L);
        assertThat(injector.counters().get("total")).isEqualTo(100L);
    }

    @Test
    void aSeedMakesTheFaultSequenceRepeatable() {
        List<Kind> kinds = List.of(Kind.SERVER_ERROR, Kind.TIMEOUT, Kind.RATE_LIMITED, Kind.SLOW, Kind.LOST_RESPONSE);
        List<Optional<Kind>> first = run(new FaultInjector(settings(0.2, kinds, false), 11L), 200);
        assertThat(run(new FaultInjector(settings(0.2, kinds, false), 11L), 200)).isEqualTo(first);
        long faulted = first.stream().filter(Optional::isPresent).count();
        assertThat(faulted).isBetween(15L, 70L);
    }

    @Test
    void theTokenEndpointIsSparedUnlessIncluded() {
        FaultInjector spared = new FaultInjector(settings(1, List.of(Kind.SERVER_ERROR), false), 1L);
        assertThat(spared.decide("/restapi/oauth/token")).isEmpty();
        FaultInjector included = new FaultInjector(settings(1, List.of(Kind.SERVER_ERROR), true), 1L);
        assertThat(included.decide("/restapi/oauth/token")).contains(Kind.SERVER_ERROR);
    }

    @Test
    void stopKeepsTheCountersUpdateRestartsThem() {
        FaultInjector injector = new FaultInjector(settings(1, List.of(Kind.SLOW), false), 1L);
        run(injector, 3);
        injector.stop();
        assertThat(injector.decide(EXTENSION)).isEmpty();
        assertThat(injector.counters().get("total")).isEqualTo(3L);
        injector.update(settings(1, List.of(Kind.SLOW), false), null);
        assertThat(injector.counters().get("total")).isEqualTo(0L);
    }

    @Test
    void wireNamesAndValidation() {
        assertThat(Kind.fromWire("lost-response")).isEqualTo(Kind.LOST_RESPONSE);
        assertThat(Kind.fromWire("5XX")).isEqualTo(Kind.SERVER_ERROR);
        assertThatThrownBy(() -> Kind.fromWire("meteor")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(1.5, List.of(Kind.SLOW), false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(0.5, List.of(), false)).isInstanceOf(IllegalArgumentException.class);
    }
}
