package dev.switchboard.rcwriter.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.contracts.ErrorDetail;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import dev.switchboard.contracts.RingCentralAttributes;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.clients.ringcentral.Attempted;
import dev.switchboard.clients.ringcentral.RingCentralException;
import dev.switchboard.rcwriter.client.RingCentralClient;
import dev.switchboard.rcwriter.client.RingCentralExtensions;
import dev.switchboard.rcwriter.config.WriterConfig;
import dev.switchboard.rcwriter.domain.BulkDeleteItem;
import dev.switchboard.rcwriter.domain.ExtensionBodies;
import dev.switchboard.rcwriter.domain.ExtensionChanges;
import dev.switchboard.writers.CommandExecutor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Executes one {@link RingCentralCommand} against RingCentral and says what came of it. Every action reads before it
 * writes and writes nothing when the extension already holds the target (UNCHANGED).
 */
@ApplicationScoped
public class CommandHandler implements CommandExecutor<RingCentralCommand> {

    /** The command cannot be executed as given (e.g. CREATE without an email, UPDATE without an extension id). */
    public static final String INVALID_COMMAND = "SWB-INVALID-COMMAND";
    /** The extension an UPDATE / SUSPEND / UNSUSPEND / DISABLE targets does not exist any more. */
    public static final String EXTENSION_GONE = "SWB-EXTENSION-GONE";

    private static final Logger LOG = Logger.getLogger(CommandHandler.class);

    private final RingCentralExtensions extensions;
    private final RingCentralClient client;
    private final int maxCreates;

    @Inject
    CommandHandler(RingCentralExtensions extensions, RingCentralClient client, WriterConfig config) {
        this.extensions = extensions;
        this.client = client;
        this.maxCreates = Math.max(1, config.retry().maxAttempts());
    }

    @Override
    public String commandId(RingCentralCommand command) {
        return command.commandId();
    }

    /** The result of {@code command}; {@link Outcome#FAILED} results belong in the dead-letter topic as well. */
    @Override
    public ProvisioningResult execute(RingCentralCommand command) {
        if (command.action() == null) {
            return failed(command, new ErrorDetail(INVALID_COMMAND, "command without an action", null), 0);
        }
        List<String> readOnly = command.attributes().keySet().stream()
                .filter(name -> !RingCentralAttributes.writable(name)).toList();
        if (!readOnly.isEmpty()) {
            // RingCentral assigns these in its phone-number inventory; an extension PUT would ignore or refuse them
            return failed(command, new ErrorDetail(INVALID_COMMAND, "read-only RingCentral attributes cannot be set: "
                    + readOnly, null), 0);
        }
        return switch (command.action()) {
            case CREATE -> create(command);
            case UPDATE -> change(command, held -> ExtensionChanges.update(held, command.attributes()));
            case SUSPEND -> change(command, held -> ExtensionChanges.disable(held,
                    ExtensionChanges.comment(command.reason(), ExtensionChanges.SUSPENDED_COMMENT)));
            case DISABLE -> change(command, held -> ExtensionChanges.disable(held,
                    ExtensionChanges.comment(command.reason(), ExtensionChanges.DEACTIVATED_COMMENT)));
            case UNSUSPEND -> change(command, ExtensionChanges::enable);
            case REMOVE -> remove(command);
        };
    }

    /**
     * Links to the user holding the email when there is one (never a duplicate), else creates it. A create whose
     * answer was lost (no response, 5xx) is not sent again blindly: the email is looked up first, and a user found
     * then is the one this command created.
     */
    private ProvisioningResult create(RingCentralCommand command) {
        Map<String, String> attributes = command.attributes();
        String email = attributes.get(RingCentralAttributes.EMAIL);
        if (email == null || email.isBlank()) {
            return failed(command, new ErrorDetail(INVALID_COMMAND,
                    "CREATE without " + RingCentralAttributes.EMAIL + ": cannot look up or create the user", null), 0);
        }
        int attempts = 0;
        boolean sentWithoutAnswer = false;
        for (int creates = 1; ; creates++) {
            try {
                Attempted<Optional<JsonNode>> found = extensions.findUserByEmail(email);
                attempts += found.attempts();
                if (found.value().isPresent()) {
                    JsonNode existing = found.value().get();
                    if (sentWithoutAnswer) {
                        LOG.infof("link %s: the create whose answer was lost made extension %s", command.linkId(),
                                existing.path("id").asText());
                        return done(command, Outcome.APPLIED, existing, attempts);
                    }
                    LOG.infof("link %s: RingCentral already has extension %s for the email; linking", command.linkId(),
                            existing.path("id").asText());
                    return done(command, Outcome.LINKED_EXISTING, existing, attempts);
                }
                Attempted<JsonNode> created = extensions.create(ExtensionBodies.createUser(attributes));
                attempts += created.attempts();
                LOG.infof("link %s: created extension %s", command.linkId(), created.value().path("id").asText());
                return done(command, Outcome.APPLIED, created.value(), attempts);
            } catch (RingCentralException e) {
                attempts += e.attempts();
                if (!e.outcomeUnknown() || creates >= maxCreates) {
                    LOG.warnf("link %s: %s", command.linkId(), e.getMessage());
                    return failed(command, e.error().toErrorDetail(), attempts);
                }
                LOG.infof("link %s: create answered %s; looking the email up before trying again", command.linkId(),
                        e.error().code());
                sentWithoutAnswer = true;
                client.backoff(creates);
            }
        }
    }

    /**
     * Reads the extension, asks {@code plan} what to PUT given what it holds, and PUTs it unless there is nothing to
     * change. A missing extension fails the command (the reconciler decides what a vanished user means).
     */
    private ProvisioningResult change(RingCentralCommand command, Function<JsonNode, Optional<ObjectNode>> plan) {
        String id = command.extensionId();
        if (id == null || id.isBlank()) {
            return failed(command, new ErrorDetail(INVALID_COMMAND, command.action() + " without an extension id", null), 0);
        }
        int attempts = 0;
        try {
            Attempted<Optional<JsonNode>> read = extensions.find(id);
            attempts += read.attempts();
            if (read.value().isEmpty()) {
                return gone(command, attempts);
            }
            Optional<ObjectNode> body = plan.apply(read.value().get());
            if (body.isEmpty()) {
                LOG.infof("link %s: extension %s already as %s wants it", command.linkId(), id, command.action());
                return done(command, Outcome.UNCHANGED, read.value().get(), attempts);
            }
            Attempted<JsonNode> updated = extensions.update(id, body.get());
            attempts += updated.attempts();
            LOG.infof("link %s: %s applied to extension %s (%s)", command.linkId(), command.action(), id,
                    body.get().properties().stream().map(Map.Entry::getKey).toList());
            return done(command, Outcome.APPLIED, updated.value(), attempts);
        } catch (RingCentralException e) {
            attempts += e.attempts();
            if (e.error().extensionGone()) {
                return gone(command, attempts); // removed between our read and our write
            }
            LOG.warnf("link %s: %s", command.linkId(), e.getMessage());
            return failed(command, e.error().toErrorDetail(), attempts);
        }
    }

    /** Removes the user with the v2 bulk delete; a user that is gone already counts as removed. */
    private ProvisioningResult remove(RingCentralCommand command) {
        String id = command.extensionId();
        if (id == null || id.isBlank()) {
            return failed(command, new ErrorDetail(INVALID_COMMAND, "REMOVE without an extension id", null), 0);
        }
        int attempts = 0;
        try {
            Attempted<Optional<JsonNode>> read = extensions.find(id);
            attempts += read.attempts();
            if (read.value().isEmpty()) {
                LOG.infof("link %s: extension %s is gone already", command.linkId(), id);
                return removed(command, Outcome.UNCHANGED, attempts);
            }
            Attempted<BulkDeleteItem> deleted = extensions.remove(id);
            attempts += deleted.attempts();
            BulkDeleteItem item = deleted.value();
            return switch (item.kind()) {
                case REMOVED -> {
                    LOG.infof("link %s: removed extension %s", command.linkId(), id);
                    yield removed(command, Outcome.APPLIED, attempts);
                }
                // found a moment ago: an earlier attempt of ours whose answer was lost removed it, or someone else did
                case GONE -> removed(command, deleted.attempts() > 1 ? Outcome.APPLIED : Outcome.UNCHANGED, attempts);
                case FAILED -> {
                    LOG.warnf("link %s: RingCentral did not remove extension %s: %s %s", command.linkId(), id,
                            item.code(), item.message());
                    yield failed(command, new ErrorDetail(item.code(), item.message(), 200), attempts);
                }
            };
        } catch (RingCentralException e) {
            attempts += e.attempts();
            LOG.warnf("link %s: %s", command.linkId(), e.getMessage());
            return failed(command, e.error().toErrorDetail(), attempts);
        }
    }

    private ProvisioningResult gone(RingCentralCommand command, int attempts) {
        LOG.warnf("link %s: extension %s does not exist in RingCentral any more", command.linkId(), command.extensionId());
        return failed(command, new ErrorDetail(EXTENSION_GONE, "extension " + command.extensionId()
                + " does not exist in RingCentral any more; " + command.action() + " not applied", 404), attempts);
    }

    private static ProvisioningResult done(RingCentralCommand command, Outcome outcome, JsonNode extension, int attempts) {
        return new ProvisioningResult(command.commandId(), command.linkId(), ProvisioningResult.TargetSystem.RINGCENTRAL,
                command.action().name(), outcome, command.oktaUserId(), extension.path("id").asText(),
                ExtensionBodies.held(extension, command.attributes().keySet()), null, attempts, Instant.now());
    }

    private static ProvisioningResult removed(RingCentralCommand command, Outcome outcome, int attempts) {
        return new ProvisioningResult(command.commandId(), command.linkId(), ProvisioningResult.TargetSystem.RINGCENTRAL,
                command.action().name(), outcome, command.oktaUserId(), command.extensionId(), Map.of(), null, attempts,
                Instant.now());
    }

    /** A FAILED result for {@code command}. */
    @Override
    public ProvisioningResult failed(RingCentralCommand command, ErrorDetail error, int attempts) {
        return new ProvisioningResult(command.commandId(), command.linkId(), ProvisioningResult.TargetSystem.RINGCENTRAL,
                command.action() == null ? "UNKNOWN" : command.action().name(), Outcome.FAILED, command.oktaUserId(),
                command.extensionId(), Map.of(), error, attempts, Instant.now());
    }

    /**
     * The answer to a command id found in the ledger: DUPLICATE, carrying the extension id and attributes the first
     * execution reported, without error and without calls.
     */
    @Override
    public ProvisioningResult duplicate(RingCentralCommand command, ProvisioningResult earlier) {
        return new ProvisioningResult(command.commandId(), command.linkId(), ProvisioningResult.TargetSystem.RINGCENTRAL,
                earlier.action(), Outcome.DUPLICATE, command.oktaUserId(), earlier.extensionId(),
                earlier.appliedAttributes(), null, 0, Instant.now());
    }
}
