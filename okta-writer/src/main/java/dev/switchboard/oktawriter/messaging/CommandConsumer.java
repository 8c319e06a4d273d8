package dev.switchboard.oktawriter.messaging;

import dev.switchboard.contracts.DeadLetter;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.Topics;
import dev.switchboard.writers.CommandLedger;
import dev.switchboard.writers.CommandProcessor;
import dev.switchboard.writers.WriterPublisher;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes okta.commands.v1, one record at a time and in order (ordered blocking: the worker thread waits for Okta's
 * rate-limit resets and backoff, never the event loop), through writer-support's {@link CommandProcessor}: dedupe by
 * the ledger, execute with {@link CommandHandler}, publish the result and any dead letter.
 */
@ApplicationScoped
public class CommandConsumer {

    /** Identifies this consumer in dead letters. */
    public static final String CONSUMER = "okta-writer/commands";

    private final CommandProcessor<OktaCommand> processor;

    @Inject
    CommandConsumer(CommandHandler handler, CommandLedger ledger,
                    @Channel("results") MutinyEmitter<Event<ProvisioningResult>> results,
                    @Channel("dead-letters") MutinyEmitter<Event<DeadLetter>> deadLetters) {
        this.processor = new CommandProcessor<>(Topics.OKTA_COMMANDS, handler, ledger,
                new WriterPublisher(CONSUMER, results, deadLetters));
    }

    @Incoming("commands")
    @Blocking(ordered = true)
    public void consume(ConsumerRecord<String, byte[]> record) {
        processor.process(record);
    }
}
