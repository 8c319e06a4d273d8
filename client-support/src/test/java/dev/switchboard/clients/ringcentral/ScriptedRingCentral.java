package dev.switchboard.clients.ringcentral;

import dev.switchboard.clients.Backoff;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * RingCentral as a script of answers (or failures to answer), with what the client sent and how long it waited: the
 * calls are tested without HTTP and without sleeping (waits move the {@link MutableClock}).
 */
final class ScriptedRingCentral implements RingCentralCalls.Exchange {

    final MutableClock clock = new MutableClock();
    final List<String> authorizations = new ArrayList<>();
    final List<Duration> waits = new ArrayList<>();
    private final Deque<Supplier<Answer>> script = new ArrayDeque<>();

    ScriptedRingCentral answer(int status, String body, Map<String, String> headers) {
        Answer answer = new Answer(status, body, headers);
        script.addLast(() -> answer);
        return this;
    }

    ScriptedRingCentral answer(int status, String body) {
        return answer(status, body, Map.of());
    }

    ScriptedRingCentral noAnswer() {
        script.addLast(() -> {
            throw new RingCentralCalls.NoAnswer(new SocketTimeoutException("connect timed out"));
        });
        return this;
    }

    /** Calls with a jitter of 0.5, so that each backoff is half its ceiling. */
    RingCentralCalls calls(int maxAttempts) {
        return new RingCentralCalls(maxAttempts, new Backoff(Duration.ofSeconds(2),
                Duration.ofSeconds(60)), clock, wait -> {
                    waits.add(wait);
                    clock.advance(wait.toMillis());
                }, () -> 0.5);
    }

    @Override
    public Answer send(String authorization) {
        authorizations.add(authorization);
        if (script.isEmpty()) {
            throw new AssertionError("no answer scripted for call " + authorizations.size());
        }
        return script.removeFirst().get();
    }

    int calls() {
        return authorizations.size();
    }
}
