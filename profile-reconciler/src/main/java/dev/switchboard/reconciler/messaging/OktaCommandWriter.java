package dev.switchboard.reconciler.messaging;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.contracts.Topics;
import dev.switchboard.reconciler.breaker.BreakerService;
import dev.switchboard.reconciler.domain.ImportDecision;
import dev.switchboard.reconciler.persistence.LinkEntity;
import dev.switchboard.reconciler.persistence.OutboxRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;

/**
 * Writes an Okta command inside the caller's transaction: records it in the link's Okta-side echo ledger (so the Okta
 * snapshot that echoes it, and replays of the RingCentral snapshot, make nothing) and queues it in the outbox for
 * okta.commands.v1 (key = link id); destructive ones (SUSPEND, DEACTIVATE) pass the breaker first.
 */
@ApplicationScoped
public class OktaCommandWriter {

    private final OutboxRepository outbox;
    private final BreakerService breaker;
    private final Clock clock;

    public OktaCommandWriter(OutboxRepository outbox, BreakerService breaker, Clock clock) {
        this.outbox = outbox;
        this.breaker = breaker;
        this.clock = clock;
    }

    /**
     * @param cause  the event the command was decided for, or {@code null} for an operator's action (new correlation)
     * @param link   the link (locked), or {@code null} for commands without a link yet (CREATE_USER, schema)
     * @param ledger the command's values by RingCentral attribute, for the Okta-side echo ledger
     */
    public Uni<Void> write(Event<?> cause, LinkEntity link, OktaCommand command, Map<String, String> ledger) {
        Event<OktaCommand> event = cause == null
                ? Event.first(Topics.OKTA_COMMANDS, command.linkId(), command)
                : Event.causedBy(cause, Topics.OKTA_COMMANDS, command.linkId(), command);
        if (link != null) {
            link.oktaCommanded(command, ledger, clock.instant());
        }
        Uni<Boolean> released = link != null && ImportDecision.destructive(command)
                ? breaker.admit(cause == null ? event : cause, link, command) : Uni.createFrom().item(true);
        return released.chain(send -> send ? outbox.enqueue(Topics.OKTA_COMMANDS.name(), event)
                : Uni.createFrom().voidItem());
    }
}
