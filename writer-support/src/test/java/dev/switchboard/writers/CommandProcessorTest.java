package dev.switchboard.writers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.contracts.DeadLetter;
import dev.switchboard.contracts.ErrorDetail;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import dev.switchboard.contracts.ProvisioningResult.TargetSystem;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.contracts.RingCentralCommand.Action;
import dev.switchboard.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The consumer's steps for one record, with a real ledger and a recording publisher. */
class CommandProcessorTest {

    private static final String CONSUMER = "test-writer/commands";
    private static final String TOPIC = Topics.RINGCENTRAL_COMMANDS.name();

    private final CommandLedger ledger =
            new CommandLedger(LedgerTables.dataSource(), LedgerTables.RINGCENTRAL, TargetSystem.RINGCENTRAL);
    private final List<Event<ProvisioningResult>> results = new ArrayList<>();
    private final List<Event<DeadLetter>> deadLetters = new ArrayList<>();
    private final List<String> deadLetterKeys = new ArrayList<>();
    /** Whether the ledger held the command when its result was published. */
    private final List<Boolean> recordedWhenPublished = new ArrayList<>();
    private final WriterPublisher publisher = new WriterPublisher(CONSUMER,
            (key, event) -> {
                assertThat(key).isEqualTo(event.key());
                recordedWhenPublished.add(ledger.find(event.data().commandId()).isPresent());
                results.add(event);
            },
            (key, event) -> {
                deadLetterKeys.add(key);
                deadLetters.add(event);
            });
    private final TestExecutor executor = new TestExecutor();
    private final CommandProcessor<RingCentralCommand> processor =
            new CommandProcessor<>(Topics.RINGCENTRAL_COMMANDS, executor, ledger, publisher);

    @Test
    void anExecutedCommandIsRecordedBeforeItsResultIsPublishedInTheCommandsCorrelation() {
        Event<RingCentralCommand> command = command(Action.UPDATE);
        executor.answer = c -> executor.result(c, Outcome.APPLIED, null);

        processor.process(record(command, 7));

        assertThat(executor.executed).containsExactly(command.data().commandId());
        assertThat(results).singleElement().satisfies(event -> {
            assertThat(event.data().outcome()).isEqualTo(Outcome.APPLIED);
            assertThat(event.key()).isEqualTo(command.data().linkId());
            assertThat(event.correlationId()).isEqualTo(command.correlationId());
            assertThat(event.causationId()).isEqualTo(command.id());
            assertThat(event.type()).isEqualTo(Topics.PROVISIONING_RESULTS.eventType());
        });
        assertThat(recordedWhenPublished).containsExactly(true);
        assertThat(ledger.find(command.data().commandId())).contains(results.get(0).data());
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void aCommandIdInTheLedgerIsAnsweredDuplicateFromTheFirstExecutionWithoutExecuting() {
        Event<RingCentralCommand> command = command(Action.CREATE);
        executor.answer = c -> executor.result(c, Outcome.APPLIED, null);
        processor.process(record(command, 1));

        processor.process(record(command, 2)); // redelivered or replayed

        assertThat(executor.executed).hasSize(1);
        assertThat(results).hasSize(2);
        ProvisioningResult second = results.get(1).data();
        assertThat(second.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(second.extensionId()).isEqualTo(results.get(0).data().extensionId());
        assertThat(second.attempts()).isZero();
        assertThat(results.get(1).correlationId()).isEqualTo(command.correlationId());
    }

    @Test
    void aFailedCommandIsPublishedAndDeadLetteredButNotRecordedSoItsReplayExecutesAgain() {
        Event<RingCentralCommand> command = command(Action.SUSPEND);
        ErrorDetail refused = new ErrorDetail("CMN-101", "Parameter [status] value is invalid", 400);
        executor.answer = c -> executor.result(c, Outcome.FAILED, refused);
        ConsumerRecord<String, byte[]> record = record(command, 42);

        processor.process(record);

        assertThat(results).singleElement().satisfies(event -> assertThat(event.data().error()).isEqualTo(refused));
        assertThat(recordedWhenPublished).containsExactly(false);
        assertThat(deadLetters).singleElement().satisfies(event -> {
            DeadLetter letter = event.data();
            assertThat(letter.consumer()).isEqualTo(CONSUMER);
            assertThat(letter.sourceTopic()).isEqualTo(TOPIC);
            assertThat(letter.partition()).isEqualTo(2);
            assertThat(letter.offset()).isEqualTo(42);
            assertThat(letter.recordKey()).isEqualTo(command.key());
            assertThat(letter.payload()).isEqualTo(new String(record.value(), StandardCharsets.UTF_8));
            assertThat(letter.error()).isEqualTo(refused);
            assertThat(letter.attempts()).isEqualTo(3);
            assertThat(event.key()).isEqualTo(command.key());
            assertThat(event.correlationId()).isEqualTo(command.correlationId());
        });
        assertThat(ledger.find(command.data().commandId())).isEmpty();

        processor.process(record);

        assertThat(executor.executed).hasSize(2);
    }

    @Test
    void anExceptionInsideTheWriterEndsAsAnInternalFailureWithADeadLetter() {
        Event<RingCentralCommand> command = command(Action.UPDATE);
        executor.answer = c -> {
            throw new IllegalStateException("bug");
        };

        processor.process(record(command, 3));

        assertThat(results).singleElement().satisfies(event -> {
            assertThat(event.data().outcome()).isEqualTo(Outcome.FAILED);
            assertThat(event.data().error().code()).isEqualTo(CommandProcessor.INTERNAL);
            assertThat(event.data().error().message()).contains("bug");
        });
        assertThat(deadLetters).singleElement()
                .satisfies(event -> assertThat(event.data().error().code()).isEqualTo(CommandProcessor.INTERNAL));
        assertThat(ledger.find(command.data().commandId())).isEmpty();
    }

    @Test
    void anInvalidRecordIsDeadLetteredWholeInACorrelationOfItsOwnAndNothingIsExecuted() throws Exception {
        // an event of another topic is not a command of this one
        byte[] okta = Json.MAPPER.writeValueAsBytes(Event.first(Topics.OKTA_COMMANDS, "link-9",
                new OktaCommand("cmd-okta", "link-9", OktaCommand.Action.SUSPEND, "00u1", null, Map.of(), null)));
        List<byte[]> invalid = List.of("{\"not\":\"a command\"".getBytes(StandardCharsets.UTF_8), okta);

        for (byte[] value : invalid) {
            processor.process(new ConsumerRecord<>(TOPIC, 0, 5, "link-9", value));
        }
        processor.process(new ConsumerRecord<>(TOPIC, 1, 6, null, null));

        assertThat(executor.executed).isEmpty();
        assertThat(results).isEmpty();
        assertThat(deadLetters).hasSize(3).allSatisfy(event -> {
            assertThat(event.data().error().code()).isEqualTo(CommandProcessor.INVALID_EVENT);
            assertThat(event.data().attempts()).isZero();
            assertThat(event.causationId()).isNull();
            assertThat(event.correlationId()).isEqualTo(event.id());
        });
        assertThat(deadLetters.get(0).data().payload()).isEqualTo("{\"not\":\"a command\"");
        assertThat(deadLetters.get(1).data().error().message()).contains("expected " + Topics.RINGCENTRAL_COMMANDS.eventType());
        assertThat(deadLetters.get(2).data().payload()).isNull();
        assertThat(deadLetters.get(2).data().error().message()).contains("record without a value");
        assertThat(deadLetterKeys).containsExactly("link-9", "link-9", TOPIC + "-1@6");
    }

    @Test
    void withoutItsLedgerNothingIsExecutedOrPublished() {
        CommandProcessor<RingCentralCommand> blind = new CommandProcessor<>(Topics.RINGCENTRAL_COMMANDS, executor,
                new CommandLedger(LedgerTables.unreachable(), LedgerTables.RINGCENTRAL, TargetSystem.RINGCENTRAL),
                publisher);
        executor.answer = c -> executor.result(c, Outcome.APPLIED, null);

        assertThatThrownBy(() -> blind.process(record(command(Action.UPDATE), 8)))
                .isInstanceOf(CommandLedger.LedgerException.class);

        assertThat(executor.executed).isEmpty();
        assertThat(results).isEmpty();
        assertThat(deadLetters).isEmpty();
    }

    private static Event<RingCentralCommand> command(Action action) {
        String commandId = LedgerTables.uniqueId("cmd-");
        RingCentralCommand command = new RingCentralCommand(commandId, "link-" + commandId, action, "00u1",
                action == Action.CREATE ? null : "62000001", Map.of(), null);
        return Event.first(Topics.RINGCENTRAL_COMMANDS, command.linkId(), command);
    }

    private static ConsumerRecord<String, byte[]> record(Event<RingCentralCommand> command, long offset) {
        try {
            return new ConsumerRecord<>(TOPIC, 2, offset, command.key(), Json.MAPPER.writeValueAsBytes(command));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A writer whose execution answers as the test says, and which remembers what it executed. */
    private static final class TestExecutor implements CommandExecutor<RingCentralCommand> {
        final List<String> executed = new ArrayList<>();
        Function<RingCentralCommand, ProvisioningResult> answer;

        @Override
        public String commandId(RingCentralCommand command) {
            return command.commandId();
        }

        @Override
        public ProvisioningResult execute(RingCentralCommand command) {
            executed.add(command.commandId());
            return answer.apply(command);
        }

        @Override
        public ProvisioningResult failed(RingCentralCommand command, ErrorDetail error, int attempts) {
            return new ProvisioningResult(command.commandId(), command.linkId(), TargetSystem.RINGCENTRAL,
                    command.action().name(), Outcome.FAILED, command.oktaUserId(), command.extensionId(), Map.of(),
                    error, attempts, Instant.now());
        }

        @Override
        public ProvisioningResult duplicate(RingCentralCommand command, ProvisioningResult earlier) {
            return new ProvisioningResult(command.commandId(), command.linkId(), TargetSystem.RINGCENTRAL,
                    earlier.action(), Outcome.DUPLICATE, command.oktaUserId(), earlier.extensionId(),
                    earlier.appliedAttributes(), null, 0, Instant.now());
        }

        ProvisioningResult result(RingCentralCommand command, Outcome outcome, ErrorDetail error) {
            return outcome == Outcome.FAILED ? failed(command, error, 3)
                    : new ProvisioningResult(command.commandId(), command.linkId(), TargetSystem.RINGCENTRAL,
                            command.action().name(), outcome, command.oktaUserId(), "ext-" + command.commandId(),
                            Map.of(), null, 2, Instant.now());
        }
    }
}
