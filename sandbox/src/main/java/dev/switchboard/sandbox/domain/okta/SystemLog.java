package dev.switchboard.sandbox.domain.okta;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Every System Log event the org recorded, in recording order (the same objects hooks deliver). Paging uses an
 * opaque cursor (the position after the last returned event). A polling query (no {@code until}) always has a
 * next page, as in Okta; a bounded query ends when nothing is left.
 */
public final class SystemLog {

    /** Okta's default when {@code since} is not given. */
    public static final Duration DEFAULT_SINCE = Duration.ofDays(7);

    /** A page of events and the cursor of the next page (null: no next page). */
    public record Page(List<LogEvent> events, String nextAfter) {
    }

    private final Clock clock;
    private final List<LogEvent> events = new ArrayList<>();

    public SystemLog(Clock clock) {
        this.clock = clock;
    }

    public synchronized void record(List<LogEvent> recorded) {
        events.addAll(recorded);
    }

    /** Events with {@code since <= published < until} that match, after the cursor, at most {@code limit}. */
    public synchronized Page query(Instant since, Instant until, LogFilter filter, int limit, String after) {
        Instant from = since == null ? clock.instant().minus(DEFAULT_SINCE) : since;
        int position = after == null || after.isBlank() ? 0 : decode(after);
        List<LogEvent> page = new ArrayList<>();
        int next = position;
        boolean more = false;
        for (int i = position; i < events.size(); i++) {
            LogEvent e = events.get(i);
            if (e.published().isBefore(from) || (until != null && !e.published().isBefore(until)) || !filter.test(e)) {
                continue;
            }
            if (page.size() == limit) {
                more = true;
                break;
            }
            page.add(e);
            next = i + 1;
        }
        if (page.isEmpty()) {
            // Nothing new yet: a poller keeps its cursor (never the end of the log, which may grow).
            next = position;
        }
        boolean polling = until == null;
        return new Page(List.copyOf(page), polling || more ? encode(next) : null);
    }

    public synchronized void clear() {
        events.clear();
    }

    private static String encode(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("pos:" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith("pos:")) {
                int position = Integer.parseInt(raw.substring(4));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new OktaApiException(400, "E0000054", "Invalid paging request: the after cursor is not valid",
                List.of());
    }
}
