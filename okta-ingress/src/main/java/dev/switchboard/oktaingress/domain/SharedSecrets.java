package dev.switchboard.oktaingress.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** The hook's shared secret, with the previous one still accepted during a rotation. Compared in constant time. */
public final class SharedSecrets {

    private final byte[] current;
    private final byte[] previous;

    public SharedSecrets(String current, Optional<String> previous) {
        if (current == null || current.isEmpty()) {
            throw new IllegalArgumentException("the hook secret must not be empty");
        }
        this.current = current.getBytes(StandardCharsets.UTF_8);
        this.previous = previous.filter(p -> !p.isEmpty()).map(p -> p.getBytes(StandardCharsets.UTF_8)).orElse(null);
    }

    /** Whether {@code presented} is the current or the previous secret. */
    public boolean matches(String presented) {
        if (presented == null) {
            return false;
        }
        byte[] bytes = presented.getBytes(StandardCharsets.UTF_8);
        // both comparisons always run, so the time taken does not tell which secret was close
        boolean currentMatches = MessageDigest.isEqual(bytes, current);
        boolean previousMatches = previous != null && MessageDigest.isEqual(bytes, previous);
        return currentMatches | previousMatches;
    }

    @Override
    public String toString() {
        return "SharedSecrets[redacted]";
    }
}
