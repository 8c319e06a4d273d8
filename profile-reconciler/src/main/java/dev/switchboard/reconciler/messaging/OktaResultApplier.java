package dev.switchboard.reconciler.messaging;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import dev.switchboard.reconciler.domain.Matching;
import dev.switchboard.reconciler.domain.Presence;
import dev.switchboard.reconciler.domain.RingCentralState;
import dev.switchboard.reconciler.persistence.CommandOutcomeRepository;
import dev.switchboard.reconciler.persistence.LinkRepository;
import dev.switchboard.reconciler.persistence.OktaUserStateEntity;
import dev.switchboard.reconciler.persistence.OktaUserStateRepository;
import dev.switchboard.reconciler.persistence.RcAppUserRepository;
import dev.switchboard.reconciler.persistence.RcSchemaAttributeRepository;
import dev.switchboard.reconciler.persistence.RingCentralExtensionStateRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Applies okta-writer's results (system OKTA) inside the caller's transaction: a failed command is forgotten from the
 * link's Okta-side echo ledger (so the next RingCentral snapshot proposes it again); a successful ASSIGN confirms the
 * app-user record; a created Okta user is linked; a failed schema push is tried again on the next schema event.
 */
@ApplicationScoped
public class OktaResultApplier {

    private static final Logger LOG = Logger.getLogger(OktaResultApplier.class);

    private final LinkRepository links;
    private final RcAppUserRepository appUsers;
    private final RcSchemaAttributeRepository schema;
    private final RingCentralExtensionStateRepository extensions;
    private final OktaUserStateRepository oktaStates;
    private final CommandOutcomeRepository outcomes;
    private final ImportLinker linker;

    public OktaResultApplier(LinkRepository links, RcAppUserRepository appUsers, RcSchemaAttributeRepository schema,
                             RingCentralExtensionStateRepository extensions, OktaUserStateRepository oktaStates,
                             CommandOutcomeRepository outcomes, ImportLinker linker) {
        this.links = links;
        this.appUsers = appUsers;
        this.schema = schema;
        this.extensions = extensions;
        this.oktaStates = oktaStates;
        this.outcomes = outcomes;
        this.linker = linker;
    }

    public Uni<Void> apply(Event<ProvisioningResult> event, Instant now) {
        ProvisioningResult result = event.data();
        boolean failed = result.outcome() == Outcome.FAILED;
        String action = String.valueOf(result.action());
        if ("UPDATE_APP_USER_SCHEMA".equals(action)) {
            if (!failed) {
                LOG.infof("Okta app-user schema holds %s", result.appliedAttributes().keySet());
                return Uni.createFrom().voidItem();
            }
            LOG.warnf("Okta app-user schema update %s failed (%s): attributes offered again with the next schema",
                    result.commandId(), result.error());
            return schema.update("pushedAt = null where pushedAt is not null").replaceWithVoid();
        }
        UUID linkId;
        try {
            linkId = UUID.fromString(result.linkId());
        } catch (RuntimeException e) {
            throw new InvalidRecordException("INVALID_LINK_ID", "link id is not a UUID: " + result.linkId());
        }
        if ("CREATE_USER".equals(action)) {
            return created(event, linkId, failed);
        }
        return links.lock(linkId).chain(link -> {
            if (link == null) {
                throw new InvalidRecordException("UNKNOWN_LINK", "no link " + linkId + " for Okta command "
                        + result.commandId());
            }
            Uni<Void> recorded = outcomes.record(event, linkId, now);
            if (failed) {
                boolean forgot = link.forgetOkta(result.commandId(), action);
                LOG.warnf("link %s: Okta %s %s failed (%s)%s", linkId, action, result.commandId(), result.error(),
                        forgot ? "; forgotten from the Okta echo ledger, proposed again by the next snapshot" : "");
                return recorded;
            }
            LOG.infof("link %s (correlation %s): Okta %s %s", linkId, event.correlationId(), action, result.outcome());
            if ("ASSIGN".equals(action)) {
                return recorded.chain(() -> appUsers.findByLinkId(linkId)).invoke(row -> {
                    if (row != null && row.matchStatus == Matching.Status.LINKED) {
                        row.matchStatus = Matching.Status.CONFIRMED;
                        row.updatedAt = now;
                    }
                }).replaceWithVoid();
            }
            return recorded;
        });
    }

    /** CREATE_USER settled: link the new (or existing, same login) Okta user, or allow a new request. */
    private Uni<Void> created(Event<ProvisioningResult> event, UUID linkId, boolean failed) {
        ProvisioningResult result = event.data();
        return appUsers.findByLinkId(linkId).chain(row -> {
            if (row == null) {
                LOG.warnf("CREATE_USER result %s for unknown request %s: ignored", result.commandId(), linkId);
                return Uni.createFrom().voidItem();
            }
            if (failed || result.oktaUserId() == null) {
                row.linkId = null;
                row.reason = "Okta user creation failed: " + result.error();
                LOG.warnf("extension %s: %s", row.extensionId, row.reason);
                return Uni.createFrom().voidItem();
            }
            return extensions.findById(row.extensionId).chain(rcState -> oktaStates.findById(result.oktaUserId())
                    .chain(known -> {
                        OktaUserStateEntity user = known != null ? known : unassigned(result.oktaUserId());
                        RingCentralState rc = rcState != null ? rcState.toState()
                                : new RingCentralState(row.extensionId, null, null, false, Map.of());
                        return linker.link(event, rc, row, user, "create-okta-user", linkId).replaceWithVoid();
                    }));
        });
    }

    /** An Okta user we created and have not seen a snapshot of yet: active, not assigned. */
    private static OktaUserStateEntity unassigned(String oktaUserId) {
        OktaUserStateEntity user = new OktaUserStateEntity();
        user.oktaUserId = oktaUserId;
        user.status = "ACTIVE";
        user.presence = Presence.GONE;
        user.attributes = Map.of();
        return user;
    }
}
