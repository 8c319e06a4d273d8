package dev.switchboard.sandbox.domain.ringcentral;

import dev.switchboard.sandbox.domain.Secrets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** OAuth sessions of the sandbox RingCentral account: access tokens (1 h) and single-use refresh tokens (7 d). */
public final class TokenStore {

    public static final Duration ACCESS_TTL = Duration.ofSeconds(3600);
    public static final Duration REFRESH_TTL = Duration.ofSeconds(604800);

    /** A session's current tokens. */
    public record Grant(String accessToken, String refreshToken, String sessionId, String endpointId, long ownerId,
                        Instant accessExpires, Instant refreshExpires) {
    }

    /** Why an access token was refused: unknown (OAU-149) or expired (OAU-128). */
    public enum Rejection { UNKNOWN, EXPIRED }

    private final Clock clock;
    private final Map<String, Grant> byAccess = new HashMap<>();
    private final Map<String, Grant> byRefresh = new HashMap<>();

    public TokenStore(Clock clock) {
        this.clock = clock;
    }

    public synchronized Grant issue(long ownerId, String endpointId) {
        return store(ownerId, Secrets.randomAlnum(32), endpointId == null ? Secrets.randomAlnum(22) : endpointId);
    }

    /** Exchanges a refresh token: single use; the old access token dies at once. Empty when unknown/expired. */
    public synchronized Optional<Grant> refresh(String refreshToken) {
        Grant old = byRefresh.remove(refreshToken);
        if (old == null || !clock.instant().isBefore(old.refreshExpires())) {
            return Optional.empty();
        }
        byAccess.remove(old.accessToken());
        return Optional.of(store(old.ownerId(), old.sessionId(), old.endpointId()));
    }

    /** The grant of a valid access token, or the reason it is refused. */
    public synchronized Object check(String accessToken) {
        Grant grant = accessToken == null ? null : byAccess.get(accessToken);
        if (grant == null) {
            return Rejection.UNKNOWN;
        }
        return clock.instant().isBefore(grant.accessExpires()) ? grant : Rejection.EXPIRED;
    }

    public synchronized void clear() {
        byAccess.clear();
        byRefresh.clear();
    }

    private Grant store(long ownerId, String sessionId, String endpointId) {
        Instant now = clock.instant();
        Grant grant = new Grant(Secrets.randomAlnum(48), Secrets.randomAlnum(48), sessionId, endpointId, ownerId,
                now.plus(ACCESS_TTL), now.plus(REFRESH_TTL));
        byAccess.put(grant.accessToken(), grant);
        byRefresh.put(grant.refreshToken(), grant);
        return grant;
    }
}
