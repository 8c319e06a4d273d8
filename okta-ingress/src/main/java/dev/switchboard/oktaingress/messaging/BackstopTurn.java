package dev.switchboard.oktaingress.messaging;

import dev.switchboard.contracts.Topics;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Whose turn the scheduled backstop is. okta-ingress keeps no database, but its replicas already share the enricher's
 * consumer group: the replica that Kafka assigns partition 0 of {@code okta.hooks.v1} runs the scheduled backstop, the
 * others skip it (each run reads the System Log and every assigned user, so running it on every replica would only
 * double the Okta reads). A replica that dies loses its partitions and Kafka gives partition 0 to another.
 */
@ApplicationScoped
@Default // also injectable without the qualifier the Kafka connector looks it up by
@Identifier(BackstopTurn.NAME)
public class BackstopTurn implements KafkaConsumerRebalanceListener {

    /** The listener's name in {@code mp.messaging.incoming.okta-hooks-in.consumer-rebalance-listener.name}. */
    public static final String NAME = "backstop-turn";

    static final TopicPartition TURN = new TopicPartition(Topics.OKTA_HOOKS.name(), 0);

    private static final Logger LOG = Logger.getLogger(BackstopTurn.class);

    // several consumers of the channel may report their partitions here; assignments can be incremental
    private final Set<TopicPartition> held = ConcurrentHashMap.newKeySet();

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        held.addAll(partitions);
        if (partitions.contains(TURN)) {
            LOG.infof("%s assigned here: this replica runs the scheduled backstop", TURN);
        }
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        held.removeAll(partitions);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        held.removeAll(partitions);
    }

    /** Whether this replica runs the scheduled backstop now. */
    public boolean mine() {
        return held.contains(TURN);
    }
}
