package dev.switchboard.oktawriter.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.contracts.ErrorDetail;
import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import dev.switchboard.clients.okta.OktaException;
import dev.switchboard.oktawriter.client.Attempted;
import dev.switchboard.oktawriter.client.OktaOrg;
import dev.switchboard.oktawriter.client.OktaUser;
import dev.switchboard.oktawriter.config.WriterConfig;
import dev.switchboard.oktawriter.domain.Lifecycle;
import dev.switchboard.oktawriter.domain.ProfileDiff;
import dev.switchboard.oktawriter.domain.SchemaAdditions;
import dev.switchboard.oktawriter.domain.UnsupportedCharacters;
import dev.switchboard.writers.CommandExecutor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Executes one {@link OktaCommand} against Okta and says what came of it. Every action reads before it writes and
 * writes nothing when Okta already holds the target (UNCHANGED); profile writes are partial (POST), never a replace.
 */
@ApplicationScoped
public class CommandHandler implements CommandExecutor<OktaCommand> {

    /** The command cannot be executed as given (e.g. UPDATE_PROFILE without an Okta user id). */
    public static final String INVALID_COMMAND = "SWB-INVALID-COMMAND";
    /** Okta cannot make the lifecycle transition from the user's current status. */
    public static final String LIFECYCLE_NOT_ALLOWED = "SWB-LIFECYCLE-NOT-ALLOWED";
    /** The user changed between every read and write (412 on each If-Match) until the attempts ran out. */
    public static final String CONCURRENT_CHANGES = "SWB-CONCURRENT-CHANGES";
    /** UPDATE_APP_USER for a user who is not assigned to the app. */
    public static final String NOT_ASSIGNED = "SWB-NOT-ASSIGNED";
    /** The Okta user does not exist (any more). */
    public static final String USER_GONE = "SWB-USER-GONE";
    /** ASSIGN: attribute holding the app user's externalId (the RingCentral extension id), not a profile attribute. */
    public static final String EXTERNAL_ID = "externalId";
    /** ASSIGN: attribute holding the app user's userName (credentials), not a profile attribute. */
    public static final String USER_NAME = "userName";

    private static final Logger LOG = Logger.getLogger(CommandHandler.class);

    private final OktaOrg okta;
    private final String defaultAppId;
    private final UnsupportedCharacters.Policy fourByteCharacters;
    private final int maxRounds;

    @Inject
    CommandHandler(OktaOrg okta, WriterConfig config) {
        this.okta = okta;
        this.defaultAppId = config.okta().appId();
        this.fourByteCharacters = config.okta().fourByteCharacters();
        this.maxRounds = Math.max(1, config.retry().maxAttempts());
    }

    /** Counts the HTTP calls one command took, across its steps. */
    private static final class Tally {
        int attempts;

        <T> T take(Attempted<T> attempted) {
            attempts += attempted.attempts();
            return attempted.value();
        }
    }

    @Override
    public String commandId(OktaCommand command) {
        return command.commandId();
    }

    /** The result of {@code command}; {@link Outcome#FAILED} results belong in the dead-letter topic as well. */
    @Override
    public ProvisioningResult execute(OktaCommand command) {
        if (command.action() == null) {
            return failed(command, new ErrorDetail(INVALID_COMMAND, "command without an action", null), 0);
        }
        Map<String, String> attributes = command.attributes();
        List<String> offending = UnsupportedCharacters.offending(attributes);
        if (!offending.isEmpty()) {
            if (fourByteCharacters == UnsupportedCharacters.Policy.REJECT) {
                LOG.warnf("link %s: 4-byte characters in %s; %s not executed", command.linkId(), offending,
                        command.action());
                return failed(command, new ErrorDetail(UnsupportedCharacters.CODE, "Okta does not accept 4-byte UTF-8 "
                        + "characters (emoji and others outside the Basic Multilingual Plane); found in " + offending
                        + "; nothing was written", null), 0);
            }
            LOG.infof("link %s: 4-byte characters removed from %s", command.linkId(), offending);
            attributes = UnsupportedCharacters.stripAll(attributes);
        }
        Tally tally = new Tally();
        try {
            return switch (command.action()) {
                case UPDATE_PROFILE -> updateProfile(command, attributes, tally);
                case UPDATE_APP_USER -> updateAppUser(command, attributes, tally);
                case ASSIGN -> assign(command, attributes, tally);
                case CREATE_USER -> createUser(command, attributes, tally);
                case SUSPEND, UNSUSPEND, DEACTIVATE -> lifecycle(command, tally);
                case UPDATE_APP_USER_SCHEMA -> updateAppUserSchema(command, attributes, tally);
            };
        } catch (OktaException e) {
            tally.attempts += e.attempts();
            LOG.warnf("link %s: %s", command.linkId(), e.getMessage());
            return failed(command, e.error().toErrorDetail(), tally.attempts);
        } catch (InvalidCommand e) {
            return failed(command, new ErrorDetail(INVALID_COMMAND, e.getMessage(), null), tally.attempts);
        }
    }

    /**
     * Reads the user (with its ETag), sends only the differing attributes with {@code If-Match}. A 412 means someone
     * changed the user in between: read again, diff again, try again — the new version may already hold the target.
     */
    private ProvisioningResult updateProfile(OktaCommand command, Map<String, String> attributes, Tally tally) {
        String userId = requireUser(command);
        for (int round = 1; round <= maxRounds; round++) {
            Optional<OktaUser> read = tally.take(okta.user(userId));
            if (read.isEmpty()) {
                return userGone(command, tally);
            }
            OktaUser user = read.get();
            Map<String, String> changes = ProfileDiff.changes(user.profile(), attributes);
            if (changes.isEmpty()) {
                LOG.infof("link %s: Okta user %s already holds %s", command.linkId(), userId, attributes.keySet());
                return done(command, Outcome.UNCHANGED, userId, ProfileDiff.held(user.profile(), attributes.keySet()),
                        tally);
            }
            try {
                OktaUser updated = tally.take(okta.updateProfile(userId, user.etag(), ProfileDiff.body(changes)));
                LOG.infof("link %s: profile of Okta user %s updated (%s)", command.linkId(), userId, changes.keySet());
                return done(command, Outcome.APPLIED, userId, ProfileDiff.held(updated.profile(), attributes.keySet()),
                        tally);
            } catch (OktaException e) {
                if (!e.error().preconditionFailed()) {
                    throw e;
                }
                tally.attempts += e.attempts();
                LOG.infof("link %s: Okta user %s changed since it was read (412); reading it again", command.linkId(),
                        userId);
            }
        }
        return failed(command, new ErrorDetail(CONCURRENT_CHANGES, "Okta user " + userId + " changed between each of "
                + maxRounds + " reads and writes (412 Precondition Failed every time); nothing was written", 412),
                tally.attempts);
    }

    /** Reads the app user and sends only the differing app-user profile attributes. */
    private ProvisioningResult updateAppUser(OktaCommand command, Map<String, String> attributes, Tally tally) {
        String userId = requireUser(command);
        String appId = appId(command);
        Optional<JsonNode> read = tally.take(okta.appUser(appId, userId));
        if (read.isEmpty()) {
            return failed(command, new ErrorDetail(NOT_ASSIGNED, "Okta user " + userId + " is not assigned to app "
                    + appId + "; app-user profile not updated", 404), tally.attempts);
        }
        JsonNode profile = read.get().path("profile");
        Map<String, String> changes = ProfileDiff.changes(profile, attributes);
        if (changes.isEmpty()) {
            return done(command, Outcome.UNCHANGED, userId, ProfileDiff.held(profile, attributes.keySet()), tally);
        }
        JsonNode updated = tally.take(okta.updateAppUser(appId, userId, ProfileDiff.body(changes)));
        LOG.infof("link %s: app user %s updated (%s)", command.linkId(), userId, changes.keySet());
        return done(command, Outcome.APPLIED, userId, ProfileDiff.held(updated.path("profile"), attributes.keySet()),
                tally);
    }

    /**
     * Assigns the user to the app (scope USER, userName from the command or the user's login, the other attributes as
     * app-user profile), then sets externalId when the command gives one. An existing assignment is only brought to
     * the target: differing profile attributes and externalId.
     */
    private ProvisioningResult assign(OktaCommand command, Map<String, String> attributes, Tally tally) {
        String userId = requireUser(command);
        String appId = appId(command);
        String externalId = blankToNull(attributes.get(EXTERNAL_ID));
        String userName = blankToNull(attributes.get(USER_NAME));
        Map<String, String> profile = new LinkedHashMap<>(attributes);
        profile.remove(EXTERNAL_ID);
        profile.remove(USER_NAME);

        Optional<JsonNode> existing = tally.take(okta.appUser(appId, userId));
        JsonNode appUser;
        Outcome outcome;
        if (existing.isPresent()) {
            appUser = existing.get();
            Map<String, String> changes = ProfileDiff.changes(appUser.path("profile"), profile);
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            if (!changes.isEmpty()) {
                body = ProfileDiff.body(changes);
            }
            if (externalId != null && !externalId.equals(text(appUser, EXTERNAL_ID))) {
                body.put(EXTERNAL_ID, externalId);
            }
            if (body.isEmpty()) {
                LOG.infof("link %s: Okta user %s is assigned to app %s as wanted", command.linkId(), userId, appId);
                return done(command, Outcome.UNCHANGED, userId, assignmentHeld(appUser, attributes.keySet()), tally);
            }
            appUser = tally.take(okta.updateAppUser(appId, userId, body));
            outcome = Outcome.APPLIED;
        } else {
            if (userName == null) {
                Optional<OktaUser> user = tally.take(okta.user(userId));
                if (user.isEmpty()) {
                    return userGone(command, tally);
                }
                userName = user.get().profile().path("login").asText(null);
            }
            ObjectNode body = JsonNodeFactory.instance.objectNode().put("id", userId).put("scope", "USER");
            if (userName != null) {
                body.putObject("credentials").put("userName", userName);
            }
            ObjectNode appProfile = JsonNodeFactory.instance.objectNode();
            profile.forEach((name, value) -> {
                if (blankToNull(value) != null) {
                    appProfile.put(name, value);
                }
            });
            if (!appProfile.isEmpty()) {
                body.set("profile", appProfile);
            }
            appUser = tally.take(okta.assign(appId, body));
            LOG.infof("link %s: Okta user %s assigned to app %s", command.linkId(), userId, appId);
            if (externalId != null && !externalId.equals(text(appUser, EXTERNAL_ID))) {
                appUser = tally.take(okta.updateAppUser(appId, userId,
                        JsonNodeFactory.instance.objectNode().put(EXTERNAL_ID, externalId)));
            }
            outcome = Outcome.APPLIED;
        }
        return done(command, outcome, userId, assignmentHeld(appUser, attributes.keySet()), tally);
    }

    /**
     * Links to the user that has the login already (never a second user), else creates and activates one. A create
     * whose answer was lost (no response, 5xx) is not sent again blindly: the login is looked up first, and a user
     * found then is the one this command created.
     */
    private ProvisioningResult createUser(OktaCommand command, Map<String, String> attributes, Tally tally) {
        Map<String, String> profile = new LinkedHashMap<>(attributes);
        String login = blankToNull(profile.get("login"));
        if (login == null) {
            login = blankToNull(profile.get("email"));
            if (login == null) {
                throw new InvalidCommand("CREATE_USER needs a login or an email to look the user up and create it");
            }
            profile.put("login", login); // Okta's default: the login is the email
        }
        if (login.contains("/")) {
            throw new InvalidCommand("CREATE_USER: a login containing '/' cannot be looked up, so it is not created");
        }
        boolean sentWithoutAnswer = false;
        for (int creates = 1; ; creates++) {
            Optional<OktaUser> found = tally.take(okta.user(login));
            if (found.isPresent()) {
                OktaUser user = found.get();
                Outcome outcome = sentWithoutAnswer ? Outcome.APPLIED : Outcome.LINKED_EXISTING;
                LOG.infof("link %s: Okta user %s has the login (%s)", command.linkId(), user.id(), outcome);
                return done(command, outcome, user.id(), ProfileDiff.held(user.profile(), profile.keySet()), tally);
            }
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            ObjectNode values = body.putObject("profile");
            profile.forEach((name, value) -> {
                if (blankToNull(value) != null) {
                    values.put(name, value);
                }
            });
            try {
                OktaUser created = tally.take(okta.createUser(body));
                LOG.infof("link %s: created Okta user %s", command.linkId(), created.id());
                return done(command, Outcome.APPLIED, created.id(), ProfileDiff.held(created.profile(), profile.keySet()),
                        tally);
            } catch (OktaException e) {
                if (!e.outcomeUnknown() || creates >= maxRounds) {
                    throw e;
                }
                tally.attempts += e.attempts();
                LOG.infof("link %s: create answered %s; looking the login up before trying again", command.linkId(),
                        e.error().code());
                sentWithoutAnswer = true;
                okta.pause("POST /api/v1/users", creates);
            }
        }
    }

    /** Reads the status, then calls the lifecycle operation only when the user is not in the target state yet. */
    private ProvisioningResult lifecycle(OktaCommand command, Tally tally) {
        String userId = requireUser(command);
        Optional<OktaUser> read = tally.take(okta.user(userId));
        if (read.isEmpty()) {
            if (command.action() == OktaCommand.Action.DEACTIVATE) {
                // a deleted user is past deactivation
                LOG.infof("link %s: Okta user %s is gone already", command.linkId(), userId);
                return done(command, Outcome.UNCHANGED, userId, Map.of(), tally);
            }
            return userGone(command, tally);
        }
        OktaUser user = read.get();
        Lifecycle.Decision decision = Lifecycle.decide(command.action(), user.status(), user.transitioningToStatus());
        return switch (decision.step()) {
            case ALREADY -> {
                LOG.infof("link %s: %s of Okta user %s: %s", command.linkId(), command.action(), userId, decision.reason());
                yield done(command, Outcome.UNCHANGED, userId, Map.of(), tally);
            }
            case NOT_ALLOWED -> failed(command, new ErrorDetail(LIFECYCLE_NOT_ALLOWED, command.action() + " of Okta user "
                    + userId + " not possible: " + decision.reason(), null), tally.attempts);
            case CALL -> {
                tally.take(okta.lifecycle(userId, Lifecycle.operation(command.action())));
                LOG.infof("link %s: Okta user %s: %s done", command.linkId(), userId, command.action());
                yield done(command, Outcome.APPLIED, userId, Map.of(), tally);
            }
        };
    }

    /** Adds the attributes (name → title) the app-user schema lacks, as custom string properties; others stay. */
    private ProvisioningResult updateAppUserSchema(OktaCommand command, Map<String, String> attributes, Tally tally) {
        if (attributes.isEmpty()) {
            throw new InvalidCommand("UPDATE_APP_USER_SCHEMA without attributes");
        }
        String appId = appId(command);
        JsonNode schema = tally.take(okta.appUserSchema(appId));
        Map<String, String> missing = SchemaAdditions.missing(schema, attributes);
        if (missing.isEmpty()) {
            return done(command, Outcome.UNCHANGED, command.oktaUserId(),
                    SchemaAdditions.held(schema, attributes.keySet()), tally);
        }
        JsonNode updated = tally.take(okta.updateAppUserSchema(appId, SchemaAdditions.body(missing)));
        LOG.infof("link %s: app-user schema of %s extended by %s", command.linkId(), appId, missing.keySet());
        return done(command, Outcome.APPLIED, command.oktaUserId(), SchemaAdditions.held(updated, attributes.keySet()),
                tally);
    }

    private String appId(OktaCommand command) {
        return command.appId() == null || command.appId().isBlank() ? defaultAppId : command.appId();
    }

    private static String requireUser(OktaCommand command) {
        if (command.oktaUserId() == null || command.oktaUserId().isBlank()) {
            throw new InvalidCommand(command.action() + " without an Okta user id");
        }
        return command.oktaUserId();
    }

    /** What an assignment holds for the command's attributes: externalId, userName, else the app-user profile. */
    private static Map<String, String> assignmentHeld(JsonNode appUser, Iterable<String> names) {
        Map<String, String> held = new LinkedHashMap<>();
        for (String name : names) {
            held.put(name, switch (name) {
                case EXTERNAL_ID -> text(appUser, EXTERNAL_ID);
                case USER_NAME -> text(appUser.path("credentials"), USER_NAME);
                default -> ProfileDiff.held(appUser.path("profile"), List.of(name)).get(name);
            });
        }
        return held;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private ProvisioningResult userGone(OktaCommand command, Tally tally) {
        LOG.warnf("link %s: Okta user %s does not exist", command.linkId(), command.oktaUserId());
        return failed(command, new ErrorDetail(USER_GONE, "Okta user " + command.oktaUserId() + " does not exist; "
                + command.action() + " not applied", 404), tally.attempts);
    }

    private static ProvisioningResult done(OktaCommand command, Outcome outcome, String oktaUserId,
                                           Map<String, String> applied, Tally tally) {
        return new ProvisioningResult(command.commandId(), command.linkId(), ProvisioningResult.TargetSystem.OKTA,
                command.action().name(), outcome, oktaUserId, null, applied, null, tally.attempts, Instant.now());
    }

    /** A FAILED result for {@code command}. */
    @Override
    public ProvisioningResult failed(OktaCommand command, ErrorDetail error, int attempts) {
        return new ProvisioningResult(command.commandId(), command.linkId(), ProvisioningResult.TargetSystem.OKTA,
                command.action() == null ? "UNKNOWN" : command.action().name(), Outcome.FAILED, command.oktaUserId(),
                null, Map.of(), error, attempts, Instant.now());
    }

    /**
     * The answer to a command id found in the ledger: DUPLICATE, carrying the Okta user id and attributes the first
     * execution reported, without error and without calls.
     */
    @Override
    public ProvisioningResult duplicate(OktaCommand command, ProvisioningResult earlier) {
        return new ProvisioningResult(command.commandId(), command.linkId(), ProvisioningResult.TargetSystem.OKTA,
                earlier.action(), Outcome.DUPLICATE, earlier.oktaUserId(), null, earlier.appliedAttributes(), null, 0,
                Instant.now());
    }

    /** The command lacks what its action needs. */
    private static final class InvalidCommand extends RuntimeException {
        InvalidCommand(String message) {
            super(message);
        }
    }
}
