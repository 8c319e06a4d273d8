package dev.switchboard.rcingress.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * What to do so that exactly one healthy subscription delivers to our address with our filters. Pure: given the
 * subscriptions RingCentral lists and the time, it decides; {@code SubscriptionKeeper} carries it out.
 *
 * @param action what happens to the subscription we keep
 * @param keep   the subscription kept (renewed, or left alone), when there is one
 * @param delete ids to delete first: duplicates with our address, and the old one of a recreate
 * @param reason why, for logs and health
 */
public record SubscriptionPlan(Action action, Optional<String> keep, List<String> delete, String reason) {

    public enum Action {
        /** None of ours exists: create one. */
        CREATE,
        /** Ours is healthy but expires within renew-before: renew it. */
        RENEW,
        /** Ours is Blacklisted, expired or has other filters: delete it and create a new one. */
        RECREATE,
        /** Ours is healthy; only duplicates (if any) are deleted. */
        NOTHING
    }

    public SubscriptionPlan {
        delete = List.copyOf(delete);
    }

    public static SubscriptionPlan decide(List<SubscriptionView> listed, String address, List<String> filters,
                                          Instant now, Duration renewBefore) {
        List<SubscriptionView> ours = listed.stream()
                .filter(s -> "WebHook".equalsIgnoreCase(s.transportType()) && address.equals(s.address()))
                .toList();
        if (ours.isEmpty()) {
            return new SubscriptionPlan(Action.CREATE, Optional.empty(), List.of(), "no subscription delivers to " + address);
        }
        // the best candidate: healthy first, then the right filters, then the longest remaining life
        SubscriptionView best = ours.stream().max(Comparator
                .comparing((SubscriptionView s) -> !s.blacklisted() && !s.expiredAt(now))
                .thenComparing(s -> sameFilters(s, filters))
                .thenComparing(s -> s.expirationTime() == null ? Instant.MIN : s.expirationTime())).orElseThrow();
        List<String> delete = new ArrayList<>(ours.stream().filter(s -> s != best).map(SubscriptionView::id).toList());
        String duplicates = delete.isEmpty() ? "" : "; " + delete.size() + " duplicate(s) deleted";
        if (best.blacklisted()) {
            delete.add(best.id());
            return new SubscriptionPlan(Action.RECREATE, Optional.empty(), delete, "subscription " + best.id()
                    + " is Blacklisted (" + best.blacklistReason() + ")" + duplicates);
        }
        if (best.expiredAt(now)) {
            delete.add(best.id());
            return new SubscriptionPlan(Action.RECREATE, Optional.empty(), delete,
                    "subscription " + best.id() + " expired at " + best.expirationTime() + duplicates);
        }
        if (!sameFilters(best, filters)) {
            delete.add(best.id());
            return new SubscriptionPlan(Action.RECREATE, Optional.empty(), delete,
                    "subscription " + best.id() + " has filters " + best.eventFilters() + duplicates);
        }
        if (best.expirationTime() == null || best.expirationTime().isBefore(now.plus(renewBefore))) {
            return new SubscriptionPlan(Action.RENEW, Optional.of(best.id()), delete,
                    "subscription " + best.id() + " expires at " + best.expirationTime() + duplicates);
        }
        return new SubscriptionPlan(Action.NOTHING, Optional.of(best.id()), delete,
                "subscription " + best.id() + " is active until " + best.expirationTime() + duplicates);
    }

    private static boolean sameFilters(SubscriptionView subscription, List<String> filters) {
        return new HashSet<>(subscription.eventFilters()).equals(new HashSet<>(filters));
    }
}
