package dev.switchboard.oktawriter.messaging;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/** The writer as an OAuth 2.0 service app (private_key_jwt) instead of SSWS; everything else as in %test. */
public class OAuthMode implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "switchboard.okta.auth", "oauth",
                "switchboard.okta.client-id", FakeOktaTokens.CLIENT_ID,
                // so that only the bearer token can get a call through the gate
                "switchboard.okta.api-token", "",
                "quarkus.oidc-client.okta.credentials.jwt.key-file", "okta-service-app-test-key.pem",
                // these tests count calls exactly and this application starts fresh: with one consumer no rebalance
                // between the channel's consumers hands a command (Kafka is at-least-once) to a second execution
                "mp.messaging.incoming.commands.partitions", "1",
                // the oidc-client fixes its token endpoint (served by this test application) at start, before a port
                // 0 would be known: a free port is chosen up front
                "quarkus.http.test-port", String.valueOf(freePort()));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
