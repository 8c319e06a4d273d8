package dev.switchboard.rcingress.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the lifecycle needs of a RingCentral SubscriptionInfo.
 *
 * @param expirationTime when it expires; {@code null} when RingCentral did not say
 */
public record SubscriptionView(String id, String status, String transportType, String address,
                               List<String> eventFilters, Instant expirationTime, String blacklistReason) {

    public SubscriptionView {
        eventFilters = eventFilters == null ? List.of() : List.copyOf(eventFilters);
    }

    public static SubscriptionView of(JsonNode info) {
        List<String> filters = new ArrayList<>();
        info.path("eventFilters").forEach(f -> filters.add(f.asText()));
        JsonNode mode = info.path("deliveryMode");
        return new SubscriptionView(info.path("id").asText(null), info.path("status").asText(null),
                mode.path("transportType").asText(null), mode.path("address").asText(null), filters,
                instant(info.path("expirationTime").asText(null)),
                info.path("blacklistedData").path("reason").asText(null));
    }

    public static List<SubscriptionView> listOf(JsonNode list) {
        List<SubscriptionView> views = new ArrayList<>();
        list.path("records").forEach(record -> views.add(of(record)));
        return views;
    }

    public boolean blacklisted() {
        return "Blacklisted".equalsIgnoreCase(status);
    }

    public boolean expiredAt(Instant now) {
        return expirationTime != null && !expirationTime.isAfter(now);
    }

    private static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
