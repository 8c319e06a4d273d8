package dev.switchboard.reconciler.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.reconciler.fixtures.Snapshots;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Duplicates, replays and reordering of one user's snapshots converge to one link and one CREATE. */
class ReplayPropertiesTest {

    private static final Instant BASE = Instant.parse("2026-11-02T10:00:00Z");

    @Property
    void anySequenceWithAnAssignedSnapshotYieldsExactlyOneCreate(@ForAll("deliveries") List<OktaUserSnapshot> deliveries) {
        Reconciler reconciler = new Reconciler(AttributeMapping.defaultMapping());
        Optional<CurrentLink> link = Optional.empty();
        List<Decision.CreateLink> creates = new ArrayList<>();

        for (OktaUserSnapshot snapshot : deliveries) {
            Decision decision = reconciler.decide(snapshot, link);
            if (decision instanceof Decision.CreateLink create) {
                creates.add(create);
                // what SnapshotApplier stores for the decision
                link = Optional.of(new CurrentLink(create.linkId(), LinkState.PENDING_CREATE, null,
                        create.lastOktaUpdated()));
            }
        }

        boolean anyAssigned = deliveries.stream().anyMatch(Reconciler::wantsRingCentral);
        assertThat(creates).hasSize(anyAssigned ? 1 : 0);
    }

    @Provide
    Arbitrary<List<OktaUserSnapshot>> deliveries() {
        Arbitrary<OktaUserSnapshot> snapshot = Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.of("ACTIVE", "SUSPENDED", "DEPROVISIONED"),
                Arbitraries.of(true, false)).as((minute, status, assigned) -> {
                    Snapshots builder = Snapshots.assigned("00u1").status(status).lastUpdated(BASE.plusSeconds(60L * minute));
                    return assigned ? builder.build() : builder.unassigned().build();
                });
        // a few distinct snapshots, each delivered one or more times, in any order
        return snapshot.list().ofMinSize(1).ofMaxSize(4).flatMap(distinct -> {
            List<OktaUserSnapshot> copies = new ArrayList<>();
            distinct.forEach(s -> copies.addAll(List.of(s, s, s)));
            return Arbitraries.shuffle(copies).flatMap(shuffled -> Arbitraries.integers().between(1, shuffled.size())
                    .map(n -> shuffled.subList(0, n)));
        });
    }
}
