package dev.switchboard.oktaingress.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class BackstopTurnTest {

    private static final TopicPartition ONE = new TopicPartition(BackstopTurn.TURN.topic(), 1);

    @Test
    void theReplicaHoldingPartitionZeroRunsTheBackstopUntilItLosesIt() {
        BackstopTurn turn = new BackstopTurn();
        assertThat(turn.mine()).as("before any assignment").isFalse();

        turn.onPartitionsAssigned(null, List.of(ONE));
        assertThat(turn.mine()).isFalse();
        turn.onPartitionsAssigned(null, List.of(BackstopTurn.TURN)); // incremental assignment
        assertThat(turn.mine()).isTrue();

        turn.onPartitionsRevoked(null, List.of(ONE));
        assertThat(turn.mine()).as("another partition moved away").isTrue();
        turn.onPartitionsRevoked(null, List.of(BackstopTurn.TURN));
        assertThat(turn.mine()).isFalse();

        turn.onPartitionsAssigned(null, List.of(BackstopTurn.TURN, ONE));
        turn.onPartitionsLost(null, List.of(BackstopTurn.TURN, ONE));
        assertThat(turn.mine()).as("lost with the session").isFalse();
    }
}
