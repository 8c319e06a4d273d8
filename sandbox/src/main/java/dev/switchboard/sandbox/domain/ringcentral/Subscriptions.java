package dev.switchboard.sandbox.domain.ringcentral;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * WebHook subscriptions of the sandbox account, with RingCentral's rules: {@code expiresIn} at the top level
 * (omitted → the default TTL of about 7 days, the pitfall that silently kills webhooks), at most 10 years; an
 * expired subscription disappears (404); a subscription whose deliveries fail {@code blacklistAfter} times in a
 * row becomes Blacklisted and stays so (RingCentral's fix is delete and recreate). At most 30 per user and app.
 */
public final class Subscriptions {

    /** RingCentral's default TTL when expiresIn is left out (observed: 7 days). */
    public static final long DEFAULT_EXPIRES_IN = 604_800;
    /** Maximum lifetime of a WebHook subscription (10 years). */
    public static final long MAX_EXPIRES_IN = 315_360_000;
    public static final int MAX_SUBSCRIPTIONS = 30;

    /** SubscriptionInfo.status: the spec's enum has only these two. */
    public enum Status { Active, Blacklisted }

    /** A validated create request, not stored until the address passed the Validation-Token handshake. */
    public record Draft(List<String> eventFilters, String address, String verificationToken, long expiresIn) {
    }

    /** A subscription; immutable, replaced on every change. */
    public record Subscription(String id, Instant creationTime, List<String> eventFilters, String address,
                               String verificationToken, long expiresIn, Instant expirationTime, Status status,
                               Instant blacklistedAt, String blacklistReason, int consecutiveFailures) {

        /** Seconds left (at least 0), what SubscriptionInfo.expiresIn reports. */
        public long secondsLeft(Instant now) {
            return Math.max(0, Duration.between(now, expirationTime).toSeconds());
        }

        Subscription with(Status newStatus, Instant at, String reason, int failures, Instant expiration,
                          long newExpiresIn, List<String> filters) {
            return new Subscription(id, creationTime, filters, address, verificationToken, newExpiresIn, expiration,
                    newStatus, at, reason, failures);
        }
    }

    private final Clock clock;
    private final Map<String, Subscription> subscriptions = new LinkedHashMap<>();
    private final Set<String> expired = new HashSet<>();
    private volatile int blacklistAfter;

    public Subscriptions(Clock clock, int blacklistAfter) {
        this.clock = clock;
        blacklistAfter(blacklistAfter);
    }

    /** Consecutive failed deliveries after which a subscription is Blacklisted. */
    public void blacklistAfter(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("blacklistAfter must be at least 1");
        }
        this.blacklistAfter = failures;
    }

    public int blacklistAfter() {
        return blacklistAfter;
    }

    /** Validates a CreateSubscriptionRequest (400 CMN-101 naming the parameter, 403 SUB-505 over the limit). */
    public synchronized Draft prepare(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new RingCentralApiException(400, "CMN-103", "Request body is invalid", null, null);
        }
        List<String> filters = filters(body.get("eventFilters"));
        JsonNode mode = body.get("deliveryMode");
        if (mode == null || !mode.isObject()) {
            throw RingCentralApiException.invalid("deliveryMode", null);
        }
        String transport = mode.path("transportType").asText(null);
        if (!"WebHook".equals(transport)) {
            throw RingCentralApiException.invalid("deliveryMode.transportType", transport);
        }
        String address = mode.path("address").asText(null);
        if (!usableAddress(address)) {
            throw RingCentralApiException.invalid("deliveryMode.address", address);
        }
        JsonNode token = mode.get("verificationToken");
        if (token != null && !token.isNull() && (!token.isTextual() || token.asText().isEmpty())) {
            throw RingCentralApiException.invalid("deliveryMode.verificationToken", null);
        }
        long expiresIn = expiresIn(body.get("expiresIn"));
        purgeExpired();
        if (subscriptions.size() >= MAX_SUBSCRIPTIONS) {
            throw new RingCentralApiException(403, "SUB-505",
                    "The limit of subscriptions per user per application is exceeded", null, null);
        }
        return new Draft(filters, address, token == null || token.isNull() ? null : token.asText(), expiresIn);
    }

    /** Stores a draft whose address answered the handshake. */
    public synchronized Subscription create(Draft draft) {
        Instant now = clock.instant();
        Subscription s = new Subscription(UUID.randomUUID().toString(), now, draft.eventFilters(), draft.address(),
                draft.verificationToken(), draft.expiresIn(), now.plusSeconds(draft.expiresIn()), Status.Active,
                null, null, 0);
        subscriptions.put(s.id(), s);
        return s;
    }

    public synchronized List<Subscription> list() {
        purgeExpired();
        return List.copyOf(subscriptions.values());
    }

    public synchronized Subscription get(String id) {
        purgeExpired();
        Subscription s = subscriptions.get(id);
        if (s == null) {
            throw gone(id);
        }
        return s;
    }

    /** PUT: replaces the filters and the lifetime; an empty body renews with the default TTL (RingCentral's rule). */
    public synchronized Subscription update(String id, JsonNode body) {
        Subscription s = get(id);
        boolean empty = body == null || body.isNull() || (body.isObject() && body.isEmpty());
        if (!empty && !body.isObject()) {
            throw new RingCentralApiException(400, "CMN-103", "Request body is invalid", null, null);
        }
        List<String> filters = empty || !body.has("eventFilters") ? s.eventFilters() : filters(body.get("eventFilters"));
        long expiresIn = empty ? DEFAULT_EXPIRES_IN : expiresIn(body.get("expiresIn"));
        Instant now = clock.instant();
        Subscription updated = s.with(s.status(), s.blacklistedAt(), s.blacklistReason(), s.consecutiveFailures(),
                now.plusSeconds(expiresIn), expiresIn, filters);
        subscriptions.put(id, updated);
        return updated;
    }

    /** POST /renew: the same lifetime again, counted from now. A Blacklisted subscription stays Blacklisted. */
    public synchronized Subscription renew(String id) {
        Subscription s = get(id);
        Subscription renewed = s.with(s.status(), s.blacklistedAt(), s.blacklistReason(), s.consecutiveFailures(),
                clock.instant().plusSeconds(s.expiresIn()), s.expiresIn(), s.eventFilters());
        subscriptions.put(id, renewed);
        return renewed;
    }

    public synchronized void delete(String id) {
        get(id);
        subscriptions.remove(id);
    }

    /** Blacklists at once (control API, tests). */
    public synchronized Subscription blacklist(String id, String reason) {
        Subscription s = get(id);
        Subscription b = s.with(Status.Blacklisted, clock.instant(), reason, s.consecutiveFailures(),
                s.expirationTime(), s.expiresIn(), s.eventFilters());
        subscriptions.put(id, b);
        return b;
    }

    /**
     * Records the outcome of one delivery: a success resets the count of consecutive failures; the
     * {@code blacklistAfter}-th failure in a row blacklists with {@code failureReason}. Empty when the subscription
     * is gone.
     */
    public synchronized Optional<Subscription> delivered(String id, boolean success, String failureReason) {
        Subscription s = subscriptions.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Subscription next;
        if (success) {
            next = s.with(s.status(), s.blacklistedAt(), s.blacklistReason(), 0, s.expirationTime(), s.expiresIn(),
                    s.eventFilters());
        } else {
            int failures = s.consecutiveFailures() + 1;
            boolean blacklist = s.status() == Status.Active && failures >= blacklistAfter;
            next = blacklist
                    ? s.with(Status.Blacklisted, clock.instant(), failureReason, failures, s.expirationTime(),
                            s.expiresIn(), s.eventFilters())
                    : s.with(s.status(), s.blacklistedAt(), s.blacklistReason(), failures, s.expirationTime(),
                            s.expiresIn(), s.eventFilters());
        }
        subscriptions.put(id, next);
        return Optional.of(next);
    }

    /** Active, unexpired subscriptions (the ones that get notifications). */
    public synchronized List<Subscription> active() {
        purgeExpired();
        return subscriptions.values().stream().filter(s -> s.status() == Status.Active).toList();
    }

    /** Whether {@code id} is still there and Active (a queued notification is not sent otherwise). */
    public synchronized boolean isActive(String id) {
        purgeExpired();
        Subscription s = subscriptions.get(id);
        return s != null && s.status() == Status.Active;
    }

    public synchronized void clear() {
        subscriptions.clear();
        expired.clear();
    }

    /** Expired subscriptions are removed server-side; their ids answer SUB-507 afterwards. */
    private void purgeExpired() {
        Instant now = clock.instant();
        List<String> dead = new ArrayList<>();
        subscriptions.values().forEach(s -> {
            if (!now.isBefore(s.expirationTime())) {
                dead.add(s.id());
            }
        });
        dead.forEach(id -> {
            subscriptions.remove(id);
            expired.add(id);
        });
    }

    private RingCentralApiException gone(String id) {
        if (expired.contains(id)) {
            return new RingCentralApiException(404, "SUB-507", "Subscription is expired", "subscriptionId", id);
        }
        return RingCentralApiException.notFound("subscriptionId", id);
    }

    private static List<String> filters(JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw RingCentralApiException.invalid("eventFilters", null);
        }
        List<String> filters = new ArrayList<>();
        for (JsonNode f : node) {
            if (!f.isTextual() || f.asText().isBlank()) {
                throw RingCentralApiException.invalid("eventFilters", f.toString());
            }
            filters.add(f.asText());
        }
        return List.copyOf(filters);
    }

    private static long expiresIn(JsonNode node) {
        if (node == null || node.isNull()) {
            return DEFAULT_EXPIRES_IN;
        }
        if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() < 1 || node.asLong() > MAX_EXPIRES_IN) {
            throw RingCentralApiException.invalid("expiresIn", node.asText());
        }
        return node.asLong();
    }

    private static boolean usableAddress(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(address);
            // Real RingCentral wants https with a valid TLS chain; the sandbox accepts http for the local stack.
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
