package dev.switchboard.writers;

import dev.switchboard.contracts.ErrorDetail;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.InvalidEventException;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.Topic;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * A writer's command consumer, for any command type: every record ends as a provisioning result, a dead letter, or
 * both; none is dropped. Per record:
 * <ol>
 *   <li>read the value as an event of the commands topic; an invalid record is dead-lettered ({@link #INVALID_EVENT},
 *       attempts 0) with its partition, offset and payload, and the consumer goes on;</li>
 *   <li>look the command id up in the ledger: found → publish {@code DUPLICATE}, execute nothing;</li>
 *   <li>execute; an exception inside the writer becomes a {@code FAILED} {@link #INTERNAL} result;</li>
 *   <li>{@code FAILED} → publish the result and the dead letter, record nothing (the dead letter must stay
 *       replayable); otherwise record the result in the ledger, then publish it.</li>
 * </ol>
 * The caller runs this on a worker thread, one record at a time per partition, and commits the record after it
 * returns. Ledger and publishing errors are not caught: the record stays uncommitted and the channel fails rather
 * than executing without the ledger or losing a result.
 *
 * @param <C> the writer's command type
 */
public final class CommandProcessor<C> {

    /** The record is not a valid event of the commands topic. */
    public static final String INVALID_EVENT = "SWB-INVALID-EVENT";
    /** Something failed inside the writer itself. */
    public static final String INTERNAL = "SWB-INTERNAL";

    private static final Logger LOG = Logger.getLogger(CommandProcessor.class);

    private final Topic<C> topic;
    private final CommandExecutor<C> executor;
    private final CommandLedger ledger;
    private final WriterPublisher publisher;

    /**
     * @param topic     the commands topic the records come from
     * @param executor  the writer's handler
     * @param ledger    the writer's ledger of executed command ids
     * @param publisher where results and dead letters go
     */
    public CommandProcessor(Topic<C> topic, CommandExecutor<C> executor, CommandLedger ledger,
                            WriterPublisher publisher) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    /** Processes one record of the commands topic, its value as bytes. */
    public void process(ConsumerRecord<String, byte[]> record) {
        Event<C> event;
        try {
            // read here rather than in the Kafka client, so an invalid record is dead-lettered whole
            if (record.value() == null) {
                throw new InvalidEventException(topic, "record without a value");
            }
            event = Json.readEvent(topic, record.value());
        } catch (InvalidEventException e) {
            LOG.warnf("invalid record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            publisher.deadLetter(record, null, new ErrorDetail(INVALID_EVENT, e.getMessage(), null), 0);
            return;
        }
        C command = event.data();
        String commandId = executor.commandId(command);
        Optional<ProvisioningResult> earlier = ledger.find(commandId);
        if (earlier.isPresent()) {
            LOG.infof("command %s was executed before (%s); answering DUPLICATE", commandId, earlier.get().outcome());
            publisher.result(event, executor.duplicate(command, earlier.get()));
            return;
        }
        ProvisioningResult result;
        try {
            result = executor.execute(command);
        } catch (RuntimeException e) {
            LOG.errorf(e, "command %s failed inside the writer", commandId);
            result = executor.failed(command, new ErrorDetail(INTERNAL, e.toString(), null), 0);
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
