package dev.switchboard.clients.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OktaAuthorizationTest {

    private static final Map<String, String> KEY = Map.of("quarkus.oidc-client.okta.credentials.jwt.key-file", "app.pem");

    private static OktaAuthorization configured(OktaAuth auth, String apiToken, String clientId, Map<String, String> props) {
        return OktaAuthorization.configured(auth, Optional.ofNullable(apiToken), Optional.ofNullable(clientId),
                name -> Optional.ofNullable(props.get(name)), Duration.ofMinutes(1),
                () -> new AccessTokenCache.Issued("tok", null));
    }

    @Test
    void sswsSendsTheApiTokenAndNeverRenewsIt() {
        OktaAuthorization ssws = configured(OktaAuth.SSWS, "00abc", null, Map.of());

        assertThat(ssws.header()).isEqualTo("SSWS 00abc");
        assertThat(ssws.renew("SSWS 00abc")).isFalse();
        assertThat(ssws).hasToString("SSWS");
    }

    @Test
    void oauthSendsTheServiceAppsTokenAndDropsARefusedOne() {
        int[] fetched = {0};
        OktaAuthorization bearer = OktaAuthorization.configured(OktaAuth.OAUTH, Optional.empty(), Optional.of("0oa1"),
                name -> Optional.ofNullable(KEY.get(name)), Duration.ofMinutes(1),
                () -> new AccessTokenCache.Issued("tok-" + ++fetched[0], null));

        assertThat(bearer.header()).isEqualTo("Bearer tok-1");
        assertThat(bearer.header()).isEqualTo("Bearer tok-1");
        assertThat(bearer.renew("Bearer tok-1")).isTrue();
        assertThat(bearer.header()).isEqualTo("Bearer tok-2");
        assertThat(bearer).hasToString("Bearer");
    }

    @Test
    void halfConfiguredModesRefuseToStartNamingWhatIsMissing() {
        assertThatThrownBy(() -> configured(OktaAuth.SSWS, " ", null, Map.of()))
                .hasMessageContaining("switchboard.okta.api-token");
        assertThatThrownBy(() -> configured(OktaAuth.OAUTH, null, null, KEY))
                .hasMessageContaining("switchboard.okta.client-id");
        assertThatThrownBy(() -> configured(OktaAuth.OAUTH, null, "0oa1", Map.of()))
                .hasMessageContaining("private key");
        assertThat(configured(OktaAuth.OAUTH, null, "0oa1",
                Map.of("quarkus.oidc-client.okta.credentials.jwt.key", "-----BEGIN PRIVATE KEY-----"))).isNotNull();
    }
}
