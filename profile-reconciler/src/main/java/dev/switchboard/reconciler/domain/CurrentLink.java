package dev.switchboard.reconciler.domain;

import dev.switchboard.contracts.RingCentralCommand;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What the reconciler knows about the latest link of one Okta user, as the decision logic needs it.
 *
 * @param id              the link id
 * @param state           where the link stands, as the writer's results confirmed it
 * @param extensionId     the RingCentral extension, once linked
 * @param lastOktaUpdated Okta's {@code lastUpdated} of the last snapshot applied to this link
 * @param lastOktaReadAt  when that snapshot was read
 * @param commandedStatus the status we last commanded (the status part of the echo ledger)
 * @param echoLedger      per RingCentral attribute, the value we last commanded, with the command id and time
 */
public record CurrentLink(UUID id, LinkState state, String extensionId, Instant lastOktaUpdated, Instant lastOktaReadAt,
                          CommandedStatus commandedStatus, Map<String, ObservedValue> echoLedger) {

    public CurrentLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        commandedStatus = commandedStatus == null ? CommandedStatus.impliedBy(state) : commandedStatus;
        echoLedger = echoLedger == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(echoLedger));
    }

    /** A link with nothing commanded yet beyond what its state implies. */
    public CurrentLink(UUID id, LinkState state, String extensionId, Instant lastOktaUpdated) {
        this(id, state, extensionId, lastOktaUpdated, null, null, null);
    }

    /** The link with a new confirmed state and extension id. */
    public CurrentLink withState(LinkState newState, String newExtensionId) {
        return new CurrentLink(id, newState, newExtensionId, lastOktaUpdated, lastOktaReadAt, commandedStatus,
                echoLedger);
    }

    /** The link after an applied snapshot: its version becomes the link's. */
    public CurrentLink applied(OktaState okta) {
        return new CurrentLink(id, state, extensionId,
                okta.lastUpdated() == null ? lastOktaUpdated : okta.lastUpdated(),
                okta.readAt() == null ? lastOktaReadAt : okta.readAt(), commandedStatus, echoLedger);
    }

    /**
     * The link after we commanded {@code command}: the echo ledger takes the attribute values (a {@code null} value
     * clears one), the commanded status follows the action, and a released REMOVE puts the link in REMOVING.
     *
     * @param released false when the breaker holds the command: the intent is recorded (so it is not proposed again
     *                 on every snapshot), the confirmed state stays
     */
    public CurrentLink commanded(RingCentralCommand command, Instant at, boolean released) {
        Map<String, ObservedValue> ledger = new LinkedHashMap<>(echoLedger);
        command.attributes().forEach((attribute, value) -> {
            if (value == null) {
                ledger.remove(attribute);
            } else {
                ledger.put(attribute, new ObservedValue(value, command.commandId(), at));
            }
        });
        CommandedStatus status = switch (command.action()) {
            case CREATE, UNSUSPEND -> CommandedStatus.ACTIVE;
            case SUSPEND -> CommandedStatus.SUSPENDED;
            case DISABLE -> CommandedStatus.DISABLED;
            case REMOVE -> CommandedStatus.REMOVED;
            case UPDATE -> commandedStatus;
        };
        LinkState next = released && command.action() == RingCentralCommand.Action.REMOVE ? LinkState.REMOVING : state;
        return new CurrentLink(id, next, extensionId, lastOktaUpdated, lastOktaReadAt, status, ledger);
    }

    /**
     * The link after a command failed (not because the extension is gone): we forget what it commanded so the next
     * snapshot proposes it again. Ledger entries of later commands stay.
     */
    public CurrentLink forget(String commandId, RingCentralCommand.Action action, LinkState confirmed) {
        Map<String, ObservedValue> ledger = new LinkedHashMap<>(echoLedger);
        ledger.values().removeIf(v -> commandId.equals(v.sourceEventId()));
        CommandedStatus status = action == RingCentralCommand.Action.UPDATE
                ? commandedStatus : CommandedStatus.impliedBy(confirmed);
        return new CurrentLink(id, confirmed, extensionId, lastOktaUpdated, lastOktaReadAt, status, ledger);
    }

    /** The bare values of the echo ledger. */
    public Map<String, String> lastCommandedValues() {
        return ObservedValue.values(echoLedger);
    }
}
