package dev.switchboard.oktawriter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.DeadLetter;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.Topic;
import dev.switchboard.contracts.Topics;
import dev.switchboard.contracts.schema.ContractValidator;
import dev.switchboard.testing.InJvmKafka;
import dev.switchboard.testing.TestTopics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.awaitility.Awaitility;

/** Reads what the writer produced, by key, checking every record against its topic's contract. */
final class Produced {

    private static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private Produced() {
    }

    static Event<ProvisioningResult> result(String linkId) {
        return results(linkId, 1).get(0);
    }

    /** The first {@code count} results for {@code linkId}, in the order they were published. */
    static List<Event<ProvisioningResult>> results(String linkId, int count) {
        return await(Topics.PROVISIONING_RESULTS, linkId, count);
    }

    static Event<DeadLetter> deadLetter(String key) {
        return await(Topics.DEAD_LETTERS, key, 1).get(0);
    }

    /** The first {@code count} events with {@code key} on {@code topic}, each checked against the topic's schema. */
    static <T> List<Event<T>> await(Topic<T> topic, String key, int count) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = TestTopics.consumer(InJvmKafka.bootstrapServers(), topic.name())) {
            List<ConsumerRecord<String, byte[]>> found = Awaitility.await().atMost(MAX_WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().filter(r -> key.equals(r.key())).limit(count).toList();
            }, records -> records.size() == count);
            List<Event<T>> events = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : found) {
                ContractValidator.assertConforms(topic, record.value());
                Event<T> event = Json.readEvent(topic, record.value());
                assertThat(event.key()).isEqualTo(key);
                events.add(event);
            }
            return events;
        }
    }
}
