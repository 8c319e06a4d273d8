package dev.switchboard.oktawriter.messaging;

import dev.switchboard.contracts.ErrorDetail;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.InvalidEventException;
import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.Topics;
import dev.switchboard.contracts.kafka.OktaCommandDeserializer;
import dev.switchboard.oktawriter.persistence.CommandLedger;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes okta.commands.v1 one record at a time and in order (ordered blocking: the worker thread waits for Okta's
 * rate-limit resets and backoff, never the event loop). Every record ends as a provisioning result, a dead letter, or
 * both. A command id found in the ledger is answered DUPLICATE and not executed again.
 *
 * <p>The value arrives as bytes and is read with {@link OktaCommandDeserializer} here rather than in the Kafka
 * client, so that an invalid record reaches the dead-letter topic with its partition, offset and payload.
 */
@ApplicationScoped
public class CommandConsumer {

    /** Identifies this consumer in dead letters. */
    public static final String CONSUMER = "okta-writer/commands";
    /** The record is not a valid okta.commands.v1 event. */
    public static final String INVALID_EVENT = "SWB-INVALID-EVENT";

    private static final Logger LOG = Logger.getLogger(CommandConsumer.class);

    private final OktaCommandDeserializer deserializer = new OktaCommandDeserializer();
    private final CommandHandler handler;
    private final WriterPublisher publisher;
    private final CommandLedger ledger;

    @Inject
    CommandConsumer(CommandHandler handler, WriterPublisher publisher, CommandLedger ledger) {
        this.handler = handler;
        this.publisher = publisher;
        this.ledger = ledger;
    }

    @Incoming("commands")
    @Blocking(ordered = true)
    public void consume(ConsumerRecord<String, byte[]> record) {
        Event<OktaCommand> event;
        try {
            event = deserializer.deserialize(record.topic(), record.value());
            if (event == null) {
                throw new InvalidEventException(Topics.OKTA_COMMANDS, "record without a value");
            }
        } catch (InvalidEventException e) {
            LOG.warnf("invalid record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            publisher.deadLetter(record, null, new ErrorDetail(INVALID_EVENT, e.getMessage(), null), 0);
            return;
        }
        OktaCommand command = event.data();
        // ledger errors are not caught: without the ledger nothing is executed, and the record stays uncommitted
        Optional<ProvisioningResult> earlier = ledger.find(command.commandId());
        if (earlier.isPresent()) {
            LOG.infof("command %s was executed before (%s); answering DUPLICATE", command.commandId(),
                    earlier.get().outcome());
            publisher.result(event, CommandHandler.duplicate(command, earlier.get()));
            return;
        }
        ProvisioningResult result;
        try {
            result = handler.execute(command);
        } catch (RuntimeException e) {
            LOG.errorf(e, "command %s failed inside the writer", command.commandId());
            result = CommandHandler.failed(command, new ErrorDetail(CommandHandler.INTERNAL, e.toString(), null), 0);
        }
        if (result.outcome() == ProvisioningResult.Outcome.FAILED) {
            // not recorded: a dead letter must stay replayable, and executing it again reads before it writes
            publisher.result(event, result);
            publisher.deadLetter(record, event, result.error(), result.attempts());
            return;
        }
        // recorded before the result is published: if publishing fails, the redelivered record is a DUPLICATE
        ledger.record(result, result.completedAt());
        publisher.result(event, result);
    }
}
