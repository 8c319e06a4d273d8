package dev.switchboard.sandbox.domain.ringcentral;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * Decides which RingCentral calls get a fault, on request of a test: with probability {@code rate} a call
 * gets one of the configured kinds, picked uniformly. Seeded for repeatable runs; counts what it injected.
 */
public final class FaultInjector {

    /** What can go wrong with a call. */
    public enum Kind {
        /** 503 with RingCentral's error body, nothing done. */
        SERVER_ERROR("5xx"),
        /** Held longer than the client's timeout, then performed and answered. */
        TIMEOUT("timeout"),
        /** 429 CMN-301 with Retry-After, nothing done. */
        RATE_LIMITED("429"),
        /** Held for a while, then performed and answered. */
        SLOW("slow"),
        /** Performed, then answered 503: the caller cannot know the write happened. */
        LOST_RESPONSE("lost-response");

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        public static Kind fromWire(String name) {
            for (Kind k : values()) {
                if (k.wireName.equalsIgnoreCase(name)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown fault kind " + name + "; known: 5xx, timeout, 429, slow, lost-response");
        }
    }

    /** Faults in force; {@code rate} 0 injects nothing. */
    public record Settings(double rate, List<Kind> kinds, Duration slow, Duration timeout, long retryAfterSeconds,
                           boolean includeToken) {
        public Settings {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("rate must be between 0 and 1");
            }
            kinds = List.copyOf(kinds);
            if (rate > 0 && kinds.isEmpty()) {
                throw new IllegalArgumentException("kinds must name at least one fault when rate > 0");
            }
            Objects.requireNonNull(slow);
            Objects.requireNonNull(timeout);
            if (slow.isNegative() || timeout.isNegative() || retryAfterSeconds < 0) {
                throw new IllegalArgumentException("slowMs, timeoutMs and retryAfterSeconds must not be negative");
            }
        }

        public static Settings none(boolean includeToken) {
            return new Settings(0, List.of(), Duration.ofSeconds(2), Duration.ofSeconds(65), 5, includeToken);
        }
    }

    private Settings settings;
    private Random random;
    private final Map<Kind, Long> injected = new EnumMap<>(Kind.class);
    private long considered;

    public FaultInjector(Settings settings, Long seed) {
        this.settings = settings;
        this.random = seed == null ? new Random() : new Random(seed);
    }

    /** The fault for one call of {@code path}, if any. */
    public synchronized Optional<Kind> decide(String path) {
        if (settings.rate() == 0 || (!settings.includeToken() && path.startsWith("/restapi/oauth/"))) {
            return Optional.empty();
        }
        considered++;
        if (random.nextDouble() >= settings.rate()) {
            return Optional.empty();
        }
        Kind kind = settings.kinds().get(random.nextInt(settings.kinds().size()));
        injected.merge(kind, 1L, Long::sum);
        return Optional.of(kind);
    }

    public synchronized Settings settings() {
        return settings;
    }

    /** New settings; counters restart; a non-null seed restarts the random sequence. */
    public synchronized void update(Settings newSettings, Long seed) {
        settings = Objects.requireNonNull(newSettings);
        if (seed != null) {
            random = new Random(seed);
        }
        injected.clear();
        considered = 0;
    }

    /** Stops injecting; the counters stay readable until the next update. */
    public synchronized void stop() {
        settings = new Settings(0, List.of(), settings.slow(), settings.timeout(), settings.retryAfterSeconds(),
                settings.includeToken());
    }

    /** Calls considered (eligible while faults were on) and faults injected per kind (wire names). */
    public synchronized Map<String, Object> counters() {
        Map<String, Object> byKind = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            byKind.put(k.wireName(), injected.getOrDefault(k, 0L));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("considered", considered);
        out.put("injected", byKind);
        out.put("total", injected.values().stream().mapToLong(Long::longValue).sum());
        return out;
    }
}
