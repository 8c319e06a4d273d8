package dev.switchboard.reconciler.messaging;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.contracts.Topics;
import dev.switchboard.reconciler.breaker.BreakerService;
import dev.switchboard.reconciler.domain.CurrentLink;
import dev.switchboard.reconciler.domain.Decision;
import dev.switchboard.reconciler.domain.LinkState;
import dev.switchboard.reconciler.domain.OktaState;
import dev.switchboard.reconciler.persistence.LinkEntity;
import dev.switchboard.reconciler.persistence.LinkRepository;
import dev.switchboard.reconciler.persistence.OutboxRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Writes a decision inside the caller's transaction: the new link or the link's echo ledger and commanded status,
 * and each command to the outbox — destructive ones only if the breaker lets them pass (else it holds them).
 */
@ApplicationScoped
public class DecisionWriter {

    private final LinkRepository links;
    private final OutboxRepository outbox;
    private final BreakerService breaker;
    private final Clock clock;

    public DecisionWriter(LinkRepository links, OutboxRepository outbox, BreakerService breaker, Clock clock) {
        this.links = links;
        this.outbox = outbox;
        this.breaker = breaker;
        this.clock = clock;
    }

    /**
     * @param cause  the event the decision was taken for (its correlation continues in the commands)
     * @param okta   the Okta state decided on (a new link takes its version)
     * @param link   the user's latest link, locked, or {@code null}; ignored for {@link Decision.CreateLink}
     */
    public Uni<Void> write(Event<?> cause, Decision decision, OktaState okta, LinkEntity link) {
        Instant now = clock.instant();
        if (decision instanceof Decision.CreateLink create) {
            LinkEntity created = new LinkEntity();
            created.id = create.linkId();
            created.oktaUserId = create.oktaUserId();
            created.state = LinkState.PENDING_CREATE;
            created.createdAt = now;
            created.updatedAt = now;
            created.apply(new CurrentLink(create.linkId(), LinkState.PENDING_CREATE, null, okta.lastUpdated(),
                    okta.readAt(), null, null).commanded(create.command(), now, true), now);
            return links.persist(created).chain(() -> send(cause, create.command()));
        }
        if (decision.commands().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        boolean statusChange = !(decision instanceof Decision.Update);
        Uni<Void> chain = statusChange ? breaker.supersedePending(link.id, now) : Uni.createFrom().voidItem();
        for (RingCentralCommand command : decision.commands()) {
            chain = chain.chain(() -> writeCommand(cause, link, command, now));
        }
        return chain;
    }

    private Uni<Void> writeCommand(Event<?> cause, LinkEntity link, RingCentralCommand command, Instant now) {
        Uni<Boolean> released = Decision.destructive(command)
                ? breaker.admit(cause, link, command) : Uni.createFrom().item(true);
        return released.chain(send -> {
            link.apply(link.toCurrent().commanded(command, now, send), now);
            return send ? send(cause, command) : Uni.createFrom().voidItem();
        });
    }

    private Uni<Void> send(Event<?> cause, RingCentralCommand command) {
        return outbox.enqueue(Topics.RINGCENTRAL_COMMANDS.name(),
                Event.causedBy(cause, Topics.RINGCENTRAL_COMMANDS, command.linkId(), command));
    }
}
