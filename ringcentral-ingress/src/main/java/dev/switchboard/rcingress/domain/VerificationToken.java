package dev.switchboard.rcingress.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The webhook's Verification-Token, compared in constant time and never printed. */
public final class VerificationToken {

    private final byte[] expected;

    public VerificationToken(String expected) {
        if (expected == null || expected.isEmpty()) {
            throw new IllegalArgumentException("the webhook verification token must not be empty");
        }
        this.expected = expected.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether {@code presented} is the token; {@code null} never is. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), expected);
    }

    @Override
    public String toString() {
        return "VerificationToken[redacted]";
    }
}
