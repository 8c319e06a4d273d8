package dev.switchboard.rcwriter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.ProvisioningResult.Outcome;
import dev.switchboard.rcwriter.client.RingCentralClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The session is revoked as at shutdown: the token goes to /restapi/oauth/revoke and is not used again. */
@QuarkusTest
class TokenRevokeTest {

    @Inject
    FakeRingCentral ringCentral;
    @Inject
    RingCentralClient client;

    @Test
    void revokesTheSharedTokenWithClientAuthAndFetchesANewOneWhenNeeded() {
        assertThat(Produced.result(Commands.send(Commands.create(Commands.uniqueEmail())).data().linkId()).data()
                .outcome()).isEqualTo(Outcome.APPLIED); // a token is in use now
        String used = tokenOfLastCall();
        long tokenRequests = ringCentral.tokenRequests();

        assertThat(client.revoke()).isTrue();

        List<FakeRingCentral.Recorded> revokes = ringCentral.requests().stream()
                .filter(r -> r.operation().equals("revoke")).toList();
        FakeRingCentral.Recorded revoke = revokes.get(revokes.size() - 1);
        assertThat(revoke.body()).isEqualTo("token=" + used);
        assertThat(revoke.authorization()).startsWith("Basic ");
        assertThat(revoke.contentType()).startsWith("application/x-www-form-urlencoded");
        assertThat(client.revoke()).isFalse(); // nothing left to revoke

        assertThat(Produced.result(Commands.send(Commands.create(Commands.uniqueEmail())).data().linkId()).data()
                .outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(ringCentral.tokenRequests()).isEqualTo(tokenRequests + 1);
        assertThat(tokenOfLastCall()).isNotEqualTo(used);
    }

    private String tokenOfLastCall() {
        List<FakeRingCentral.Recorded> calls = ringCentral.requests().stream()
                .filter(r -> r.authorization() != null && r.authorization().startsWith("Bearer ")).toList();
        return calls.get(calls.size() - 1).authorization().substring("Bearer ".length());
    }
}
