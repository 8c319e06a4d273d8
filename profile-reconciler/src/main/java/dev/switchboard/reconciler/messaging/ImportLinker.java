package dev.switchboard.reconciler.messaging;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.contracts.RingCentralAttributes;
import dev.switchboard.reconciler.config.ReconcilerConfig;
import dev.switchboard.reconciler.domain.CommandedStatus;
import dev.switchboard.reconciler.domain.CurrentLink;
import dev.switchboard.reconciler.domain.ImportDecision;
import dev.switchboard.reconciler.domain.Importer;
import dev.switchboard.reconciler.domain.LinkState;
import dev.switchboard.reconciler.domain.Master;
import dev.switchboard.reconciler.domain.Matching;
import dev.switchboard.reconciler.domain.ObservedValue;
import dev.switchboard.reconciler.domain.Presence;
import dev.switchboard.reconciler.domain.RingCentralState;
import dev.switchboard.reconciler.mastery.MasteryStore;
import dev.switchboard.reconciler.persistence.LinkEntity;
import dev.switchboard.reconciler.persistence.LinkRepository;
import dev.switchboard.reconciler.persistence.OktaUserStateEntity;
import dev.switchboard.reconciler.persistence.OktaUserStateRepository;
import dev.switchboard.reconciler.persistence.RcAppUserEntity;
import dev.switchboard.reconciler.persistence.RcAppUserRepository;
import dev.switchboard.reconciler.persistence.RingCentralExtensionStateRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Import New Users: matches an unlinked RingCentral user to known Okta users (rc_app_user), links a match —
 * automatically (switchboard.matching.confirm=auto) or on an operator's confirmation — and, where configured, assigns
 * the Okta user to the app (ASSIGN with externalId) or creates it (CREATE_USER). Everything inside the caller's
 * transaction.
 */
@ApplicationScoped
public class ImportLinker {

    private static final Logger LOG = Logger.getLogger(ImportLinker.class);

    private final LinkRepository links;
    private final OktaUserStateRepository oktaStates;
    private final RcAppUserRepository appUsers;
    private final RingCentralExtensionStateRepository extensions;
    private final Matching matching;
    private final Importer importer;
    private final MasteryStore mastery;
    private final OktaCommandWriter okta;
    private final ReconcilerConfig config;
    private final Clock clock;

    public ImportLinker(LinkRepository links, OktaUserStateRepository oktaStates, RcAppUserRepository appUsers,
                        RingCentralExtensionStateRepository extensions, Matching matching, Importer importer, MasteryStore mastery, OktaCommandWriter okta,
                        ReconcilerConfig config, Clock clock) {
        this.links = links;
        this.oktaStates = oktaStates;
        this.appUsers = appUsers;
        this.extensions = extensions;
        this.matching = matching;
        this.importer = importer;
        this.mastery = mastery;
        this.okta = okta;
        this.config = config;
        this.clock = clock;
    }

    /** An unlinked, existing RingCentral User extension: match it and act on the outcome. */
    public Uni<RcAppUserEntity> unlinked(Event<?> cause, RingCentralState rc) {
        Instant now = clock.instant();
        String email = Matching.normalise(rc.attributes().get(RingCentralAttributes.EMAIL));
        return appUsers.findById(rc.extensionId()).chain(existing -> {
            RcAppUserEntity row = existing != null ? existing : newRow(rc.extensionId(), now);
            row.email = email;
            row.login = email;
            if (existing != null && existing.matchStatus == Matching.Status.IGNORED) {
                row.updatedAt = now;
                LOG.infof("extension %s: ignored by %s, not matched again", rc.extensionId(), row.decidedBy);
                return Uni.createFrom().item(row);
            }
            return candidates(email).chain(known -> {
                Optional<Matching.OktaUser> creating = known.stream()
                        .filter(u -> u.linked() && u.linkedExtensionId() == null).findFirst();
                if (creating.isPresent()) {
                    // most likely our own CREATE coming back before its result: the result links it
                    LOG.infof("extension %s (%s): Okta user %s's CREATE is in flight; not matched now",
                            rc.extensionId(), email, creating.get().oktaUserId());
                    return Uni.createFrom().item(row);
                }
                Matching.Result result = matching.match(rc.extensionId(), email, known);
                row.matchStatus = result.status();
                row.candidates = candidatesJson(result.candidates());
                row.reason = result.reason();
                row.oktaUserId = result.match();
                row.updatedAt = now;
                LOG.infof("extension %s (%s): %s — %s", rc.extensionId(), email, result.status(), result.reason());
                Uni<Void> persisted = existing == null ? appUsers.persist(row).replaceWithVoid()
                        : Uni.createFrom().voidItem();
                return persisted.chain(() -> act(cause, rc, row, result)).replaceWith(row);
            });
        });
    }

    /**
     * An Okta user snapshot was applied: the RingCentral users left UNMATCHED with its (normalised) email or login are
     * matched again as their own snapshot would be — their snapshot may simply have arrived before the Okta user's.
     */
    public Uni<Void> rematch(Event<?> cause, String email, String login) {
        List<String> keys = Stream.of(email, login).filter(Objects::nonNull).distinct().toList();
        if (keys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // the caller's okta_user_state change must be visible to the candidate query
        return oktaStates.flush().chain(() -> appUsers.lockUnmatched(keys)).chain(rows -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (RcAppUserEntity row : rows) {
                chain = chain.chain(() -> rematch(cause, row));
            }
            return chain;
        });
    }

    private Uni<Void> rematch(Event<?> cause, RcAppUserEntity row) {
        if (row.linkId != null) {
            // a CREATE_USER for it is in flight: its result links it under the link id it was keyed by
            return Uni.createFrom().voidItem();
        }
        return links.lockActiveByExtensionId(row.extensionId).chain(active -> {
            if (active != null) {
                // linked by push meanwhile: the extension's next snapshot settles the record
                return Uni.createFrom().voidItem();
            }
            return extensions.findById(row.extensionId).chain(state -> {
                if (state == null || state.removed || !state.toState().user()) {
                    return Uni.createFrom().voidItem();
                }
                LOG.infof("extension %s (%s): a matching Okta user is known now (event %s); matching again",
                        row.extensionId, row.email, cause.id());
                return unlinked(cause, state.toState()).replaceWithVoid();
            });
        });
    }

    private Uni<Void> act(Event<?> cause, RingCentralState rc, RcAppUserEntity row, Matching.Result result) {
        if (result.status() == Matching.Status.MATCHED && "auto".equalsIgnoreCase(config.matching().confirm())) {
            return oktaStates.findById(result.match())
                    .chain(user -> link(cause, rc, row, user, "auto")).replaceWithVoid();
        }
        if (result.status() == Matching.Status.UNMATCHED && mastery.profileMaster() == Master.RINGCENTRAL
                && config.matching().createOktaUsers() && row.linkId == null && row.email != null) {
            return createOktaUser(cause, rc, row);
        }
        return Uni.createFrom().voidItem();
    }

    /**
     * Links the extension to the Okta user: a LINKED link (no RingCentral command: the user exists there), the
     * RingCentral-side echo ledger seeded with RingCentral's current values (so push sends only real differences),
     * ASSIGN when configured, then whatever RingCentral masters goes to Okta.
     *
     * @return the link, or {@code null} when the Okta user already has another active link (the row becomes DISPUTED)
     */
    public Uni<LinkEntity> link(Event<?> cause, RingCentralState rc, RcAppUserEntity row, OktaUserStateEntity user,
                                String actor) {
        return link(cause, rc, row, user, actor, UUID.randomUUID());
    }

    /** As above with a given link id (the one a CREATE_USER command was keyed by). */
    public Uni<LinkEntity> link(Event<?> cause, RingCentralState rc, RcAppUserEntity row, OktaUserStateEntity user,
                                String actor, UUID linkId) {
        Instant now = clock.instant();
        return links.findActiveByOktaUserId(user.oktaUserId).chain(active -> {
            if (active != null) {
                row.matchStatus = Matching.Status.DISPUTED;
                row.reason = "Okta user " + user.oktaUserId + " is already linked to extension " + active.extensionId;
                row.updatedAt = now;
                LOG.warnf("extension %s: %s", rc.extensionId(), row.reason);
                return Uni.createFrom().nullItem();
            }
            LinkEntity link = new LinkEntity();
            link.id = linkId;
            link.oktaUserId = user.oktaUserId;
            link.createdAt = now;
            link.updatedAt = now;
            boolean disabled = "Disabled".equals(rc.status());
            link.state = disabled ? LinkState.SUSPENDED : LinkState.LINKED;
            Map<String, ObservedValue> seed = new LinkedHashMap<>();
            rc.attributes().forEach((attribute, value) -> {
                if (importer.profileAttribute(attribute) != null) {
                    seed.put(attribute, new ObservedValue(value, cause == null ? null : cause.id(), now));
                }
            });
            link.apply(new CurrentLink(link.id, link.state, rc.extensionId(), user.lastUpdated, user.readAt,
                    disabled ? CommandedStatus.SUSPENDED : CommandedStatus.ACTIVE, seed), now);
            link.awaitingAssignment = user.presence == Presence.GONE;
            row.matchStatus = Matching.Status.LINKED;
            row.oktaUserId = user.oktaUserId;
            row.linkId = link.id;
            row.decidedBy = actor;
            row.updatedAt = now;
            LOG.infof("extension %s linked to Okta user %s (link %s, by %s)", rc.extensionId(), user.oktaUserId,
                    link.id, actor);
            Uni<Void> chain = links.persistAndFlush(link).replaceWithVoid();
            if (config.matching().assignInOkta()) {
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("externalId", rc.extensionId());
                OktaCommand assign = new OktaCommand(UUID.randomUUID().toString(), link.id.toString(),
                        OktaCommand.Action.ASSIGN, user.oktaUserId, null, attributes,
                        "RingCentral user " + rc.extensionId() + " linked by import (" + actor + ")");
                chain = chain.chain(() -> okta.write(cause, link, assign, Map.of()));
            }
            ImportDecision decision = importer.decide(rc, link.toLinkedUser(user), mastery);
            for (OktaCommand command : decision.commands()) {
                Map<String, String> ledger = ledgerOf(rc, link, user, command);
                chain = chain.chain(() -> okta.write(cause, link, command, ledger));
            }
            return chain.replaceWith(link);
        });
    }

    /** The Okta-side ledger values (by RingCentral attribute) of an import command decided for {@code rc}. */
    Map<String, String> ledgerOf(RingCentralState rc, LinkEntity link, OktaUserStateEntity user, OktaCommand command) {
        if (command.action() != OktaCommand.Action.UPDATE_PROFILE
                && command.action() != OktaCommand.Action.UPDATE_APP_USER) {
            return Map.of();
        }
        Map<String, String> all = importer.changedAttributes(rc, link.toLinkedUser(user), mastery);
        Map<String, String> mine = new LinkedHashMap<>();
        all.forEach((attribute, value) -> {
            String oktaName = importer.profileAttribute(attribute);
            boolean profile = oktaName != null;
            String name = profile ? oktaName : Importer.appUserAttribute(attribute);
            if (profile == (command.action() == OktaCommand.Action.UPDATE_PROFILE)
                    && command.attributes().containsKey(name)) {
                mine.put(attribute, value);
            }
        });
        return mine;
    }

    private Uni<Void> createOktaUser(Event<?> cause, RingCentralState rc, RcAppUserEntity row) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("login", row.email);
        rc.attributes().forEach((attribute, value) -> {
            String profile = importer.profileAttribute(attribute);
            if (profile != null) {
                attributes.put(profile, value);
            }
        });
        row.linkId = UUID.randomUUID();
        row.reason = row.reason + "; Okta user requested (CREATE_USER)";
        OktaCommand create = new OktaCommand(UUID.randomUUID().toString(), row.linkId.toString(),
                OktaCommand.Action.CREATE_USER, null, null, attributes,
                "RingCentral user " + rc.extensionId() + " has no Okta user (RingCentral is profile master)");
        LOG.infof("extension %s: no Okta user, CREATE_USER %s (link %s)", rc.extensionId(), create.commandId(),
                row.linkId);
        return okta.write(cause, null, create, Map.of());
    }

    private Uni<List<Matching.OktaUser>> candidates(String email) {
        if (email == null) {
            return Uni.createFrom().item(List.of());
        }
        return oktaStates.matching(email).chain(states -> {
            List<Matching.OktaUser> users = new ArrayList<>();
            Uni<Void> chain = Uni.createFrom().voidItem();
            // one query at a time: a reactive session runs no two queries at once
            for (OktaUserStateEntity state : states) {
                chain = chain.chain(() -> links.findActiveByOktaUserId(state.oktaUserId).invoke(active -> users.add(
                        new Matching.OktaUser(state.oktaUserId, state.email, state.login,
                                active == null ? null : active.extensionId, active != null)))).replaceWithVoid();
            }
            return chain.replaceWith(users);
        });
    }

    private static Map<String, Object> candidatesJson(List<Matching.Candidate> candidates) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (Matching.Candidate c : candidates) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("rules", c.rules());
            entry.put("full", c.full());
            entry.put("linkedTo", c.linkedTo());
            json.put(c.oktaUserId(), entry);
        }
        return json;
    }

    private static RcAppUserEntity newRow(String extensionId, Instant now) {
        RcAppUserEntity row = new RcAppUserEntity();
        row.extensionId = extensionId;
        row.createdAt = now;
        return row;
    }
}
