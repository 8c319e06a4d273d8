package dev.switchboard.sandbox.domain;

import dev.switchboard.sandbox.domain.okta.LogEvent;
import dev.switchboard.sandbox.domain.okta.LogEventFactory;
import dev.switchboard.sandbox.domain.okta.OktaUser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds System Log events for unit tests. */
final class LogEvents {

    private static final LogEventFactory.Context CTX = new LogEventFactory.Context("00uadmin", "admin@example.com",
            "Admin", "127.0.0.1", "test", "/api/v1/users");

    private LogEvents() {
    }

    static OktaUser user(Clock clock, String id) {
        return new OktaUser(id, "ACTIVE", clock.instant(), clock.instant(), clock.instant(), null, clock.instant(),
                null, Map.of("login", id + "@example.com", "firstName", "Ada", "lastName", "Lovelace"), 1);
    }

    static LogEvent event(Clock clock, String type, String userId) {
        return new LogEventFactory(clock).userEvent(type, user(clock, userId), CTX, Map.of());
    }

    /** {@code n} user.lifecycle.create events for users u0 … u(n-1). */
    static List<LogEvent> creates(Clock clock, int n) {
        List<LogEvent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(event(clock, "user.lifecycle.create", "u" + i));
        }
        return out;
    }
}
