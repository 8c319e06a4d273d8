package dev.switchboard.reconciler.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.reconciler.fixtures.Snapshots;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Duplicated, replayed and reordered deliveries of one user's snapshots, with results arriving whenever, end in the
 * same RingCentral state as one clean in-order delivery. The simulation also checks, decision by decision, that an
 * UPDATE only carries values that differ from the last commanded ones and that a replay of the last applied snapshot
 * produces no command.
 */
class PushPropertiesTest {

    private static final Instant BASE = Instant.parse("2026-11-02T10:00:00Z");
    private static final int RESULT = -1;

    @Property(tries = 500)
    void anyDeliveryConvergesToTheCleanInOrderOutcome(@ForAll("histories") List<OktaUserSnapshot> history,
                                                      @ForAll("schedules") List<Integer> schedule,
                                                      @ForAll Deactivation deactivation) {
        PushSimulation clean = new PushSimulation(deactivation);
        for (OktaUserSnapshot snapshot : history) {
            clean.deliver(snapshot);
            clean.deliverAllResults();
        }

        PushSimulation messy = new PushSimulation(deactivation);
        for (int step : schedule) {
            if (step == RESULT) {
                messy.deliverOneResult();
            } else {
                messy.deliver(history.get(step % history.size()));
            }
        }
        messy.deliverAllResults();

        assertThat(visible(messy, deactivation)).isEqualTo(visible(clean, deactivation));
    }

    @Property(tries = 200)
    void deliveringTheSameSnapshotAgainSendsNothing(@ForAll("histories") List<OktaUserSnapshot> history) {
        PushSimulation simulation = new PushSimulation(Deactivation.REMOVE);
        for (OktaUserSnapshot snapshot : history) {
            simulation.deliver(snapshot);
            simulation.deliverAllResults();
            int sent = simulation.sent().size();
            simulation.deliver(snapshot);
            simulation.deliverAllResults();
            assertThat(simulation.sent()).hasSize(sent);
        }
    }

    /**
     * What users see in RingCentral: every user and its attributes. With deactivation=disable a user that a clean
     * delivery created and then disabled may never have been created by a shuffled one (its creating snapshot was
     * stale by then), so only enabled users count there.
     */
    private static List<String> visible(PushSimulation simulation, Deactivation deactivation) {
        return simulation.ringCentral().values().stream()
                .filter(user -> deactivation == Deactivation.REMOVE || user.enabled())
                .map(user -> user.enabled() + " " + new java.util.TreeMap<>(user.attributes()))
                .sorted()
                .collect(Collectors.toList());
    }

    @Provide
    Arbitrary<List<OktaUserSnapshot>> histories() {
        Arbitrary<String[]> step = Combinators.combine(
                Arbitraries.of("ACTIVE", "SUSPENDED", "DEPROVISIONED", "UNASSIGNED"),
                Arbitraries.of("Analyst", "Engineer"),
                Arbitraries.of("Engineering", ""),
                Arbitraries.of("bump", "same")).as((state, title, department, bump) ->
                new String[] {state, title, department, bump});
        return step.list().ofMinSize(1).ofMaxSize(5).map(steps -> {
            List<OktaUserSnapshot> history = new ArrayList<>();
            Instant lastUpdated = BASE;
            for (int i = 0; i < steps.size(); i++) {
                String[] s = steps.get(i);
                // assignment changes leave lastUpdated alone; the read time still orders the snapshots
                lastUpdated = "bump".equals(s[3]) ? lastUpdated.plusSeconds(60) : lastUpdated;
                Snapshots builder = Snapshots.assigned("00u1").lastUpdated(lastUpdated)
                        .readAt(BASE.plusSeconds(3600L + i)).profile("title", s[1]).profile("department", s[2]);
                if ("UNASSIGNED".equals(s[0])) {
                    builder.unassigned();
                } else {
                    builder.status(s[0]);
                }
                history.add(builder.build());
            }
            return history;
        });
    }

    /** Snapshot indexes (taken modulo the history's size), each one to three times, mixed with result deliveries. */
    @Provide
    Arbitrary<List<Integer>> schedules() {
        Arbitrary<Integer> entry = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 4)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(RESULT)));
        return entry.list().ofMinSize(1).ofMaxSize(20).flatMap(drawn -> {
            // every snapshot of the history is delivered at least once
            List<Integer> all = new ArrayList<>(drawn);
            for (int i = 0; i < 5; i++) {
                all.add(i);
            }
            return Arbitraries.shuffle(all);
        });
    }
}
