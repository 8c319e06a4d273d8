package dev.switchboard.reconciler.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.ErrorDetail;
import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.contracts.RingCentralCommand.Action;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One Okta user pushed through the pure domain the way SnapshotApplier and ResultApplier drive it, against a
 * simulated RingCentral account whose writer executes commands in order when told to deliver a result. While it
 * runs it checks the per-decision properties: an UPDATE holds only values that differ from the last commanded
 * ones, and a snapshot equal to the last applied one produces no command.
 */
final class PushSimulation {

    /** A RingCentral user as the simulated account holds it. */
    record RcUser(boolean enabled, Map<String, String> attributes) {
    }

    private final Reconciler reconciler;
    private Optional<OktaState> lastApplied = Optional.empty();
    private final List<CurrentLink> links = new ArrayList<>();
    private final Deque<RingCentralCommand> inFlight = new ArrayDeque<>();
    private final Map<String, RcUser> ringCentral = new HashMap<>();
    private final List<RingCentralCommand> sent = new ArrayList<>();

    PushSimulation(Deactivation deactivation) {
        this.reconciler = new Reconciler(AttributeMapping.defaultMapping(), Mastery.oktaMastersAll(), deactivation,
                UUID::randomUUID);
    }

    /** Delivers one snapshot, as SnapshotApplier applies it. */
    void deliver(OktaUserSnapshot snapshot) {
        OktaState okta = OktaState.of(snapshot, reconciler.mapping());
        boolean replayOfLastApplied = lastApplied.map(okta::equals).orElse(false);
        Decision decision = reconciler.decide(okta, lastApplied, latest());
        if (replayOfLastApplied) {
            assertThat(decision.commands()).as("commands for a snapshot equal to the last applied one").isEmpty();
        }
        if (!(decision instanceof Decision.NoChange noChange && noChange.reason() == Decision.Reason.STALE)) {
            lastApplied = Optional.of(okta);
        }
        write(decision);
    }

    /** The writer executes the oldest command in flight; its result is applied as ResultApplier does. */
    boolean deliverOneResult() {
        RingCentralCommand command = inFlight.poll();
        if (command == null) {
            return false;
        }
        ProvisioningResult result = execute(command);
        int index = indexOf(UUID.fromString(command.linkId()));
        CurrentLink link = links.get(index);
        Optional<ResultOutcome.Change> change = ResultOutcome.apply(link, result);
        if (change.isEmpty()) {
            return true;
        }
        ResultOutcome.Change c = change.get();
        CurrentLink updated = c.forgetCommand()
                ? link.forget(command.commandId(), command.action(), c.state())
                : link.withState(c.state(), c.extensionId());
        links.set(index, updated);
        boolean settled = (link.state() == LinkState.PENDING_CREATE || link.state() == LinkState.REMOVING)
                && updated.state() != link.state();
        if (settled && index == links.size() - 1 && lastApplied.isPresent()) {
            // what arrived while the command was in flight is decided now
            write(reconciler.decide(lastApplied.get(), lastApplied, latest()));
        }
        return true;
    }

    void deliverAllResults() {
        while (deliverOneResult()) {
            // keep going: a result may cause follow-up commands
        }
    }

    Map<String, RcUser> ringCentral() {
        return ringCentral;
    }

    List<RingCentralCommand> sent() {
        return sent;
    }

    private void write(Decision decision) {
        if (decision instanceof Decision.CreateLink create) {
            CurrentLink link = new CurrentLink(create.linkId(), LinkState.PENDING_CREATE, null,
                    lastApplied.get().lastUpdated(), lastApplied.get().readAt(), null, null);
            links.add(link.commanded(create.command(), Instant.EPOCH, true));
        } else if (!decision.commands().isEmpty()) {
            int index = links.size() - 1;
            CurrentLink link = links.get(index);
            for (RingCentralCommand command : decision.commands()) {
                if (command.action() == Action.UPDATE) {
                    assertThat(command.attributes()).isNotEmpty();
                    Map<String, String> lastCommanded = link.lastCommandedValues();
                    command.attributes().forEach((attribute, value) -> assertThat(value)
                            .as("UPDATE of %s", attribute).isNotEqualTo(lastCommanded.get(attribute)));
                }
                link = link.commanded(command, Instant.EPOCH, true);
            }
            links.set(index, link);
        }
        inFlight.addAll(decision.commands());
        sent.addAll(decision.commands());
    }

    private ProvisioningResult execute(RingCentralCommand command) {
        String extensionId = command.action() == Action.CREATE ? "ext-" + command.linkId() : command.extensionId();
        RcUser user = ringCentral.get(extensionId);
        ProvisioningResult.Outcome outcome = ProvisioningResult.Outcome.APPLIED;
        ErrorDetail error = null;
        switch (command.action()) {
            case CREATE -> ringCentral.put(extensionId, new RcUser(true, withAttributes(Map.of(), command)));
            case REMOVE -> ringCentral.remove(extensionId); // an extension already gone counts as removed
            default -> {
                if (user == null) {
                    outcome = ProvisioningResult.Outcome.FAILED;
                    error = new ErrorDetail(ResultOutcome.EXTENSION_GONE, "gone", 404);
                } else {
                    boolean enabled = switch (command.action()) {
                        case SUSPEND, DISABLE -> false;
                        case UNSUSPEND -> true;
                        default -> user.enabled();
                    };
                    ringCentral.put(extensionId, new RcUser(enabled, withAttributes(user.attributes(), command)));
                }
            }
        }
        return new ProvisioningResult(command.commandId(), command.linkId(),
                ProvisioningResult.TargetSystem.RINGCENTRAL, command.action().name(), outcome, command.oktaUserId(),
                outcome == ProvisioningResult.Outcome.FAILED ? null : extensionId, Map.of(), error, 1, Instant.EPOCH);
    }

    private static Map<String, String> withAttributes(Map<String, String> before, RingCentralCommand command) {
        Map<String, String> after = new LinkedHashMap<>(before);
        command.attributes().forEach((attribute, value) -> {
            if (value == null) {
                after.remove(attribute);
            } else {
                after.put(attribute, value);
            }
        });
        return after;
    }

    private Optional<CurrentLink> latest() {
        return links.isEmpty() ? Optional.empty() : Optional.of(links.get(links.size() - 1));
    }

    private int indexOf(UUID linkId) {
        for (int i = 0; i < links.size(); i++) {
            if (Objects.equals(links.get(i).id(), linkId)) {
                return i;
            }
        }
        throw new IllegalStateException("no link " + linkId);
    }
}
