package dev.switchboard.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Measurements the benchmarks share: what Kafka carried, and how much memory each process of the stack holds. */
final class StackFigures {

    private StackFigures() {
    }

    /** Every value on {@code topic} from its beginning until {@code quiet} passes without a new record. */
    static List<JsonNode> readTopic(LocalStack stack, String topic, Duration quiet) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        List<JsonNode> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long lastRecord = System.nanoTime();
            while (System.nanoTime() - lastRecord < quiet.toNanos()) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    lastRecord = System.nanoTime();
                }
                records.forEach(r -> {
                    try {
                        values.add(Json.MAPPER.readTree(r.value()));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        }
        return values;
    }

    /** Resident memory in MB of every process of the stack that has a pid file (services and the broker). */
    static Map<String, Long> rssMegabytes(LocalStack stack) {
        Map<String, Long> rss = new HashMap<>();
        try (var files = Files.list(stack.home)) {
            for (Path pidFile : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                String name = pidFile.getFileName().toString().replace(".pid", "");
                String pid = Files.readString(pidFile).trim();
                Path status = Path.of("/proc", pid, "status");
                if (Files.exists(status)) {
                    for (String line : Files.readAllLines(status)) {
                        if (line.startsWith("VmRSS:")) {
                            rss.put(name, Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rss;
    }

    /** Keeps the largest RSS seen per process. */
    static void keepPeak(Map<String, Long> peak, Map<String, Long> now) {
        now.forEach((name, mb) -> peak.merge(name, mb, Math::max));
    }

    static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
