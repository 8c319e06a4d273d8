package dev.switchboard.reconciler.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.contracts.OktaCommand.Action;
import dev.switchboard.contracts.RingCentralAttributes;
import dev.switchboard.contracts.RingCentralExtensionSnapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ImporterTest {

    private static final UUID LINK = UUID.fromString("5d1f7a2e-0000-4000-8000-000000000001");
    private static final String EMAIL = RingCentralAttributes.EMAIL;
    private static final String EXT = RingCentralAttributes.EXTENSION_NUMBER;

    private final Importer importer = new Importer(AttributeMapping.defaultMapping(), UUID::randomUUID);
    private final MasteryPolicy defaults = MasteryPolicy.defaults(AttributeMapping.defaultMapping());
    private final MasteryPolicy ringCentralMaster = new MasteryPolicy(Master.RINGCENTRAL, Map.of());

    private static Importer.LinkedUser linked(Map<String, String> rcLedger, Map<String, String> oktaLedger,
                                              OktaLifecycle commanded, Map<String, String> oktaValues) {
        return new Importer.LinkedUser(LINK, "00u1", LinkState.LINKED, rcLedger, oktaLedger, commanded, "ACTIVE",
                oktaValues);
    }

    private static RingCentralState rc(String status, Map<String, String> attributes) {
        return new RingCentralState("101", "User", status, false, attributes);
    }

    private static Map<String, String> attrs(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void aChangedExtensionNumberGoesToTheAppUserProfile() {
        ImportDecision decision = importer.decide(rc("Enabled", attrs(EXT, "102", EMAIL, "ada@example.com")),
                linked(Map.of(), attrs(EXT, "101"), null, attrs(EMAIL, "ada@example.com")), defaults);
        assertThat(decision).isInstanceOf(ImportDecision.ToOkta.class);
        OktaCommand command = decision.commands().get(0);
        assertThat(decision.commands()).hasSize(1);
        assertThat(command.action()).isEqualTo(Action.UPDATE_APP_USER);
        assertThat(command.attributes()).containsExactly(Map.entry("extensionNumber", "102"));
        assertThat(command.linkId()).isEqualTo(LINK.toString());
        assertThat(command.oktaUserId()).isEqualTo("00u1");
    }

    @Test
    void aNewDirectNumberGoesToTheAppUserProfileAsOktasAppNamesIt() {
        String direct = RingCentralAttributes.DIRECT_NUMBER;
        ImportDecision decision = importer.decide(rc("Enabled", attrs(direct, "+16505550123", EXT, "101")),
                linked(Map.of(), attrs(EXT, "101"), null, Map.of()), defaults);
        assertThat(decision.commands()).singleElement().satisfies(command -> {
            assertThat(command.action()).isEqualTo(Action.UPDATE_APP_USER);
            assertThat(command.attributes()).containsExactly(Map.entry("directNumber", "+16505550123"));
        });
    }

    @Test
    void anAttributeTheSnapshotDidNotReadKeepsItsKnownValue() {
        RingCentralExtensionSnapshot withoutNumber = new RingCentralExtensionSnapshot("101", false, "User", "Enabled",
                attrs(EXT, "101"), "import", "run-1", null);
        RingCentralState state = RingCentralState.of(withoutNumber,
                attrs(RingCentralAttributes.DIRECT_NUMBER, "+16505550123", EXT, "100"));
        assertThat(state.attributes()).containsEntry(RingCentralAttributes.DIRECT_NUMBER, "+16505550123")
                .containsEntry(EXT, "101");
        ImportDecision decision = importer.decide(state, linked(Map.of(),
                attrs(RingCentralAttributes.DIRECT_NUMBER, "+16505550123", EXT, "101"), null, Map.of()), defaults);
        assertThat(decision).isEqualTo(new ImportDecision.NoChange(ImportDecision.Reason.NO_DIFF, null));
    }

    @Test
    void aValueWeAlreadyCommandedToOktaMakesNothing() {
        ImportDecision decision = importer.decide(rc("Enabled", attrs(EXT, "102")),
                linked(Map.of(), attrs(EXT, "102"), null, Map.of()), defaults);
        assertThat(decision).isEqualTo(new ImportDecision.NoChange(ImportDecision.Reason.NO_DIFF, null));
    }

    @Test
    void oktaMasteredChangesInRingCentralAreNotImported() {
        ImportDecision decision = importer.decide(rc("Enabled", attrs(RingCentralAttributes.JOB_TITLE, "CEO")),
                linked(Map.of(), Map.of(), null, attrs(RingCentralAttributes.JOB_TITLE, "Analyst")), defaults);
        assertThat(decision.commands()).isEmpty();
    }

    @Test
    void aRingCentralMasteredCoreFieldGoesToTheOktaProfileUnlessOktaHoldsIt() {
        MasteryPolicy emailFromRingCentral = new MasteryPolicy(Master.OKTA, Map.of(EMAIL, Master.RINGCENTRAL));
        ImportDecision decision = importer.decide(rc("Enabled", attrs(EMAIL, "ada@new.example.com")),
                linked(Map.of(), Map.of(), null, attrs(EMAIL, "ada@example.com")), emailFromRingCentral);
        assertThat(decision.commands()).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(Action.UPDATE_PROFILE);
            assertThat(c.attributes()).containsExactly(Map.entry("email", "ada@new.example.com"));
        });
        assertThat(importer.decide(rc("Enabled", attrs(EMAIL, "ada@example.com")),
                linked(Map.of(), Map.of(), null, attrs(EMAIL, "ada@example.com")), emailFromRingCentral).commands())
                .isEmpty();
    }

    @Test
    void ourOwnRingCentralWriteComingBackIsAnEcho() {
        MasteryPolicy emailFromRingCentral = new MasteryPolicy(Master.OKTA, Map.of(EMAIL, Master.RINGCENTRAL));
        ImportDecision decision = importer.decide(rc("Enabled", attrs(EMAIL, "ada@example.com")),
                linked(attrs(EMAIL, "ada@example.com"), Map.of(), null, attrs(EMAIL, "old@example.com")),
                emailFromRingCentral);
        assertThat(decision).isInstanceOfSatisfying(ImportDecision.NoChange.class,
                n -> assertThat(n.reason()).isEqualTo(ImportDecision.Reason.ECHO));
    }

    @Test
    void customFieldsGoToTheAppUserAsRcId() {
        MasteryPolicy custom = new MasteryPolicy(Master.OKTA, Map.of("customFields.42", Master.RINGCENTRAL));
        ImportDecision decision = importer.decide(rc("Enabled", attrs("customFields.42", "CC-7")),
                linked(Map.of(), Map.of(), null, Map.of()), custom);
        assertThat(decision.commands()).singleElement()
                .satisfies(c -> assertThat(c.attributes()).containsExactly(Map.entry("rc_42", "CC-7")));
    }

    @Test
    void aClearedRingCentralValueWeHadCommandedIsClearedInOkta() {
        ImportDecision decision = importer.decide(rc("Enabled", Map.of()),
                linked(Map.of(), attrs(EXT, "101"), null, Map.of()), defaults);
        assertThat(decision.commands()).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(Action.UPDATE_APP_USER);
            assertThat(c.attributes()).containsEntry("extensionNumber", null);
        });
    }

    @Test
    void withRingCentralAsProfileMasterItsLifecycleFlowsBack() {
        ImportDecision suspend = importer.decide(rc("Disabled", Map.of()), linked(Map.of(), Map.of(), null, Map.of()),
                ringCentralMaster);
        assertThat(suspend.commands()).extracting(OktaCommand::action).containsExactly(Action.SUSPEND);
        assertThat(((ImportDecision.ToOkta) suspend).lifecycle()).isEqualTo(OktaLifecycle.SUSPENDED);

        ImportDecision again = importer.decide(rc("Disabled", Map.of()),
                linked(Map.of(), Map.of(), OktaLifecycle.SUSPENDED, Map.of()), ringCentralMaster);
        assertThat(again.commands()).isEmpty();

        ImportDecision unsuspend = importer.decide(rc("Enabled", Map.of()),
                linked(Map.of(), Map.of(), OktaLifecycle.SUSPENDED, Map.of()), ringCentralMaster);
        assertThat(unsuspend.commands()).extracting(OktaCommand::action).containsExactly(Action.UNSUSPEND);

        RingCentralState removed = new RingCentralState("101", null, null, true, Map.of());
        ImportDecision deactivate = importer.decide(removed, linked(Map.of(), Map.of(), null, Map.of()),
                ringCentralMaster);
        assertThat(deactivate.commands()).extracting(OktaCommand::action).containsExactly(Action.DEACTIVATE);
        assertThat(importer.decide(removed, linked(Map.of(), Map.of(), OktaLifecycle.DEACTIVATED, Map.of()),
                ringCentralMaster)).isEqualTo(new ImportDecision.NoChange(ImportDecision.Reason.ALREADY_DEACTIVATED,
                "extension removed"));
    }

    @Test
    void withOktaAsProfileMasterRingCentralLifecycleStaysThere() {
        assertThat(importer.decide(rc("Disabled", Map.of()), linked(Map.of(), Map.of(), null, Map.of()), defaults)
                .commands()).isEmpty();
        RingCentralState removed = new RingCentralState("101", null, null, true, Map.of());
        assertThat(importer.decide(removed, linked(Map.of(), Map.of(), null, Map.of()), defaults))
                .isInstanceOfSatisfying(ImportDecision.NoChange.class,
                        n -> assertThat(n.reason()).isEqualTo(ImportDecision.Reason.OKTA_MASTERS_LIFECYCLE));
    }

    @Test
    void aLinkStillBeingCreatedWaits() {
        Importer.LinkedUser pending = new Importer.LinkedUser(LINK, "00u1", LinkState.PENDING_CREATE, Map.of(),
                Map.of(), null, "ACTIVE", Map.of());
        assertThat(importer.decide(rc("Enabled", attrs(EXT, "102")), pending, defaults))
                .isInstanceOfSatisfying(ImportDecision.NoChange.class,
                        n -> assertThat(n.reason()).isEqualTo(ImportDecision.Reason.LINK_NOT_SETTLED));
    }

    @Test
    void appUserNames() {
        assertThat(Importer.appUserAttribute("extensionNumber")).isEqualTo("extensionNumber");
        assertThat(Importer.appUserAttribute("customFields.42")).isEqualTo("rc_42");
        assertThat(Importer.appUserAttribute("contact.company")).isEqualTo("company");
        assertThat(importer.profileAttribute(EMAIL)).isEqualTo("email");
        assertThat(importer.profileAttribute(EXT)).isNull();
        assertThat(List.of(Action.values())).contains(Action.UPDATE_APP_USER_SCHEMA);
    }
}
