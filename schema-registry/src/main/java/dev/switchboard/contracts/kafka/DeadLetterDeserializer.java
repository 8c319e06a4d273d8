package dev.switchboard.contracts.kafka;

import dev.switchboard.contracts.DeadLetter;
import dev.switchboard.contracts.Topics;

/** Reads {@link Topics#DEAD_LETTERS}. */
public class DeadLetterDeserializer extends EventDeserializer<DeadLetter> {
    public DeadLetterDeserializer() {
        super(Topics.DEAD_LETTERS);
    }
}
