package dev.switchboard.sandbox.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.net.URL;
import java.util.Map;
import java.util.UUID;

/**
 * Tests that subscribe to the sandbox account: a RingCentral token, webhook addresses on the test receiver, and
 * no subscription left behind (at most 30 may exist, and leftovers would receive other tests' changes). Rate
 * limits are off while they run: they make many calls, and the limits have tests of their own.
 */
abstract class SubscriberTestBase {

    @TestHTTPResource("/rc-receiver")
    URL receiver;

    String token;

    @BeforeEach
    void login() {
        rateLimits(false);
        token = Fixtures.sharedRcToken();
    }

    @AfterEach
    void unsubscribe() {
        Fixtures.unsubscribeAll(token);
        rateLimits(true);
    }

    static void rateLimits(boolean enabled) {
        Fixtures.control().body(Map.of("enabled", enabled)).put("/sandbox/ringcentral/rate-limits").then().statusCode(200);
    }

    /** An address of the test receiver in {@code mode} (ok, mute, fail500) under a fresh tag. */
    String address(String mode) {
        return address(mode, UUID.randomUUID().toString());
    }

    String address(String mode, String tag) {
        return receiver + "/" + mode + "/" + tag;
    }
}
