package dev.switchboard.rcwriter.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.ErrorDetail;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import dev.switchboard.contracts.RingCentralAttributes;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.rcwriter.client.Attempted;
import dev.switchboard.rcwriter.client.RingCentralException;
import dev.switchboard.rcwriter.client.RingCentralExtensions;
import dev.switchboard.rcwriter.domain.ExtensionBodies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Executes one {@link RingCentralCommand} against RingCentral and says what came of it. */
@ApplicationScoped
public class CommandHandler {

    /** The action is not implemented by this writer yet (UPDATE, SUSPEND, … arrive with issue 3). */
    public static final String UNSUPPORTED = "SWB-UNSUPPORTED";
    /** The command cannot be executed as given (e.g. CREATE without an email). */
    public static final String INVALID_COMMAND = "SWB-INVALID-COMMAND";
    /** Something failed inside the writer itself. */
    public static final String INTERNAL = "SWB-INTERNAL";

    private static final Logger LOG = Logger.getLogger(CommandHandler.class);

    private final RingCentralExtensions extensions;

    @Inject
    CommandHandler(RingCentralExtensions extensions) {
        this.extensions = extensions;
    }

    /** The result of {@code command}; {@link Outcome#FAILED} results belong in the dead-letter topic as well. */
    public ProvisioningResult execute(RingCentralCommand command) {
        if (command.action() == RingCentralCommand.Action.CREATE) {
            return create(command);
        }
        return failed(command, new ErrorDetail(UNSUPPORTED,
                "action " + command.action() + " is not implemented by ringcentral-writer yet", null), 0);
    }

    /** Links to the user holding the email when there is one (never a duplicate), else creates it. */
    private ProvisioningResult create(RingCentralCommand command) {
        Map<String, String> attributes = command.attributes();
        String email = attributes.get(RingCentralAttributes.EMAIL);
        if (email == null || email.isBlank()) {
            return failed(command, new ErrorDetail(INVALID_COMMAND,
                    "CREATE without " + RingCentralAttributes.EMAIL + ": cannot look up or create the user", null), 0);
        }
        int attempts = 0;
        try {
            Attempted<Optional<JsonNode>> found = extensions.findUserByEmail(email);
            attempts += found.attempts();
            if (found.value().isPresent()) {
                JsonNode existing = found.value().get();
                LOG.infof("link %s: RingCentral already has extension %s for the email; linking", command.linkId(),
                        existing.path("id").asText());
                return done(command, Outcome.LINKED_EXISTING, existing, attempts);
            }
            Attempted<JsonNode> created = extensions.create(ExtensionBodies.createUser(attributes));
            attempts += created.attempts();
            LOG.infof("link %s: created extension %s", command.linkId(), created.value().path("id").asText());
            return done(command, Outcome.APPLIED, created.value(), attempts);
        } catch (RingCentralException e) {
            LOG.warnf("link %s: %s", command.linkId(), e.getMessage());
            return failed(command, e.error().toErrorDetail(), attempts + e.attempts());
        }
    }

    private static ProvisioningResult done(RingCentralCommand command, Outcome outcome, JsonNode extension, int attempts) {
        return new ProvisioningResult(command.commandId(), command.linkId(), ProvisioningResult.TargetSystem.RINGCENTRAL,
                command.action().name(), outcome, command.oktaUserId(), extension.path("id").asText(),
                ExtensionBodies.held(extension, command.attributes().keySet()), null, attempts, Instant.now());
    }

    /** A FAILED result for {@code command}. */
    public static ProvisioningResult failed(RingCentralCommand command, ErrorDetail error, int attempts) {
        return new ProvisioningResult(command.commandId(), command.linkId(), ProvisioningResult.TargetSystem.RINGCENTRAL,
                command.action() == null ? "UNKNOWN" : command.action().name(), Outcome.FAILED, command.oktaUserId(),
                command.extensionId(), Map.of(), error, attempts, Instant.now());
    }
}
