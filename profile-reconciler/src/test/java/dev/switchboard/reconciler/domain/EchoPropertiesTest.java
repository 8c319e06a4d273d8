package dev.switchboard.reconciler.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.contracts.RingCentralAttributes;
import dev.switchboard.contracts.RingCentralCommand;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No loops: after we command one side, the snapshot of that side that only echoes our write produces no command on
 * either side — whatever the mastery table says and whatever the values were.
 */
class EchoPropertiesTest {

    private static final AttributeMapping MAPPING = AttributeMapping.defaultMapping();
    private static final List<String> ATTRIBUTES = attributes();
    private static final UUID LINK = UUID.fromString("5d1f7a2e-0000-4000-8000-000000000002");
    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

    private final Importer importer = new Importer(MAPPING, UUID::randomUUID);

    private static List<String> attributes() {
        List<String> all = new ArrayList<>(MAPPING.oktaToRingCentral().values());
        all.add(RingCentralAttributes.EXTENSION_NUMBER);
        all.add("customFields.42");
        return List.copyOf(all);
    }

    /** RingCentral changes something; we command Okta; neither Okta's echo nor a replay of the change commands. */
    @Property(tries = 300)
    void ringCentralChangeThenItsEchoesMakeNothing(@ForAll("policies") MasteryPolicy policy,
                                                   @ForAll("values") Map<String, String> before,
                                                   @ForAll("values") Map<String, String> after) {
        // converged: Okta and RingCentral both hold `before`, each side's ledger says what we last set there
        Map<String, String> oktaValues = mapped(before);
        Map<String, String> oktaLedger = masteredBy(before, policy, Master.RINGCENTRAL);
        Map<String, String> rcLedger = mapped(masteredBy(before, policy, Master.OKTA));
        Importer.LinkedUser user = new Importer.LinkedUser(LINK, "00u1", LinkState.LINKED, rcLedger, oktaLedger,
                OktaLifecycle.ACTIVE, "ACTIVE", oktaValues);
        RingCentralState changed = new RingCentralState("101", "User", "Enabled", false, after);

        ImportDecision first = importer.decide(changed, user, policy);
        // apply what we commanded: the Okta-side ledger and Okta's profile take the values
        Map<String, String> commanded = importer.changedAttributes(changed, user, policy);
        Map<String, String> newLedger = new LinkedHashMap<>(oktaLedger);
        Map<String, String> newOkta = new LinkedHashMap<>(oktaValues);
        commanded.forEach((attribute, value) -> {
            put(newLedger, attribute, value);
            if (importer.profileAttribute(attribute) != null) {
                put(newOkta, attribute, value);
            }
        });
        for (OktaCommand command : first.commands()) {
            assertThat(command.action()).isIn(OktaCommand.Action.UPDATE_PROFILE, OktaCommand.Action.UPDATE_APP_USER);
        }
        Importer.LinkedUser afterCommand = new Importer.LinkedUser(LINK, "00u1", LinkState.LINKED, rcLedger,
                newLedger, OktaLifecycle.ACTIVE, "ACTIVE", newOkta);

        // the same RingCentral state again (a replay, the full import) → nothing
        assertThat(importer.decide(changed, afterCommand, policy).commands()).isEmpty();
        // the Okta snapshot that echoes our write → push sends nothing to RingCentral
        Reconciler push = new Reconciler(MAPPING, policy, Deactivation.REMOVE, UUID::randomUUID);
        CurrentLink link = new CurrentLink(LINK, LinkState.LINKED, "101", T0, T0, CommandedStatus.ACTIVE,
                ledger(rcLedger));
        OktaState echo = new OktaState("00u1", Presence.ACTIVE, "ACTIVE", newOkta, T0.plusSeconds(5), T0.plusSeconds(6));
        assertThat(push.decide(echo, Optional.empty(), Optional.of(link)).commands()).isEmpty();
    }

    /** Okta changes something; we command RingCentral; RingCentral's echo makes no Okta command. */
    @Property(tries = 300)
    void oktaChangeThenRingCentralEchoMakesNothing(@ForAll("policies") MasteryPolicy policy,
                                                   @ForAll("values") Map<String, String> before,
                                                   @ForAll("values") Map<String, String> oktaAfter) {
        Map<String, String> rcLedger = mapped(masteredBy(before, policy, Master.OKTA));
        Map<String, String> oktaLedger = masteredBy(before, policy, Master.RINGCENTRAL);
        Reconciler push = new Reconciler(MAPPING, policy, Deactivation.REMOVE, UUID::randomUUID);
        CurrentLink link = new CurrentLink(LINK, LinkState.LINKED, "101", T0, T0, CommandedStatus.ACTIVE,
                ledger(rcLedger));
        // Okta's new profile: Okta-mastered values from oktaAfter, RingCentral-mastered ones as before
        Map<String, String> oktaValues = new LinkedHashMap<>(mapped(masteredBy(oktaAfter, policy, Master.OKTA)));
        mapped(masteredBy(before, policy, Master.RINGCENTRAL)).forEach(oktaValues::put);
        OktaState okta = new OktaState("00u1", Presence.ACTIVE, "ACTIVE", oktaValues, T0.plusSeconds(5),
                T0.plusSeconds(6));
        Decision decision = push.decide(okta, Optional.empty(), Optional.of(link));

        // RingCentral now holds `before` overwritten by what the UPDATE set
        Map<String, String> rcNow = new LinkedHashMap<>(before);
        Map<String, String> newRcLedger = new LinkedHashMap<>(rcLedger);
        for (RingCentralCommand command : decision.commands()) {
            assertThat(command.action()).isEqualTo(RingCentralCommand.Action.UPDATE);
            command.attributes().forEach((attribute, value) -> {
                put(rcNow, attribute, value);
                put(newRcLedger, attribute, value);
            });
        }
        Importer.LinkedUser user = new Importer.LinkedUser(LINK, "00u1", LinkState.LINKED, newRcLedger, oktaLedger,
                OktaLifecycle.ACTIVE, "ACTIVE", oktaValues);
        RingCentralState echo = new RingCentralState("101", "User", "Enabled", false, rcNow);
        assertThat(importer.decide(echo, user, policy).commands()).isEmpty();
    }

    @Provide
    Arbitrary<MasteryPolicy> policies() {
        Arbitrary<Map<String, Master>> rows = Arbitraries.maps(Arbitraries.of(ATTRIBUTES),
                Arbitraries.of(Master.class)).ofMaxSize(ATTRIBUTES.size());
        return Combinators.combine(Arbitraries.of(Master.OKTA, Master.OKTA, Master.RINGCENTRAL), rows)
                .as(MasteryPolicy::new);
    }

    @Provide
    Arbitrary<Map<String, String>> values() {
        return Arbitraries.maps(Arbitraries.of(ATTRIBUTES), Arbitraries.of("a", "b", "c"))
                .ofMaxSize(ATTRIBUTES.size());
    }

    private static Map<String, String> masteredBy(Map<String, String> values, Mastery mastery, Master master) {
        Map<String, String> result = new LinkedHashMap<>();
        values.forEach((attribute, value) -> {
            if (mastery.masterOf(attribute) == master) {
                result.put(attribute, value);
            }
        });
        return result;
    }

    /** Only the attributes the mapping carries between the Okta profile and RingCentral. */
    private static Map<String, String> mapped(Map<String, String> values) {
        Map<String, String> result = new LinkedHashMap<>();
        values.forEach((attribute, value) -> {
            if (MAPPING.oktaToRingCentral().containsValue(attribute)) {
                result.put(attribute, value);
            }
        });
        return result;
    }

    private static void put(Map<String, String> map, String attribute, String value) {
        if (value == null) {
            map.remove(attribute);
        } else {
            map.put(attribute, value);
        }
    }

    private static Map<String, ObservedValue> ledger(Map<String, String> values) {
        Map<String, ObservedValue> ledger = new LinkedHashMap<>();
        values.forEach((attribute, value) -> ledger.put(attribute, new ObservedValue(value, "cmd", T0)));
        return ledger;
    }
}
