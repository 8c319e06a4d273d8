package dev.switchboard.clients.okta;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** Our clock in a test: it stands still until the test (or a fake sleep) moves it. */
final class Hands implements InstantSource {

    Instant now;

    Hands(Instant start) {
        this.now = start;
    }

    @Override
    public Instant instant() {
        return now;
    }

    void advance(Duration by) {
        now = now.plus(by);
    }
}
