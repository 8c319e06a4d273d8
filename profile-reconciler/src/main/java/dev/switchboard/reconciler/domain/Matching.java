package dev.switchboard.reconciler.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Matches an unlinked RingCentral user to known Okta users by the configured rules. Pure.
 *
 * <p>Rules: {@code email} — the RingCentral email equals the Okta user's {@code profile.email}; {@code login} — the
 * RingCentral email (RingCentral has no separate login) equals the Okta user's {@code profile.login}. Values are
 * normalised by {@link #normalise} (trim, lower-case) before comparing. A candidate is an Okta user matched by at least
 * one rule; it is a full match when every configured rule matches it.
 *
 * <ul>
 *   <li>exactly one candidate, a full match, not linked to another extension → MATCHED</li>
 *   <li>no candidate → UNMATCHED</li>
 *   <li>several candidates, a partial match (e.g. same email, different login), or a candidate already linked to
 *       another extension → DISPUTED, for an operator to decide</li>
 * </ul>
 */
public final class Matching {

    /** The rules a deployment may enable (switchboard.matching.rules). */
    public enum Rule {
        EMAIL, LOGIN;

        public static Rule parse(String value) {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }

    public enum Status { UNMATCHED, MATCHED, DISPUTED, LINKED, CONFIRMED, IGNORED }

    /**
     * A known Okta user (from okta_user_state).
     *
     * @param linkedExtensionId the extension its active link points to, or {@code null}
     */
    public record OktaUser(String oktaUserId, String email, String login, String linkedExtensionId, boolean linked) {
    }

    /**
     * @param oktaUserId  the Okta user
     * @param rules       the rules that matched it
     * @param full        every configured rule matched
     * @param linkedTo    the extension it is already linked to, if any
     */
    public record Candidate(String oktaUserId, List<String> rules, boolean full, String linkedTo) {
    }

    /**
     * @param status     MATCHED, UNMATCHED or DISPUTED
     * @param match      the one Okta user for MATCHED, else {@code null}
     * @param candidates every Okta user that matched a rule
     * @param reason     why, in words an operator reads
     */
    public record Result(Status status, String match, List<Candidate> candidates, String reason) {
    }

    private final List<Rule> rules;

    public Matching(List<Rule> rules) {
        if (rules == null || rules.isEmpty()) {
            throw new IllegalArgumentException("at least one matching rule is needed");
        }
        this.rules = List.copyOf(Set.copyOf(rules)).stream().sorted().toList();
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Trim and lower-case; {@code null} for blank values (they never match). */
    public static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed.toLowerCase(Locale.ROOT);
    }

    /**
     * @param extensionId the RingCentral extension being matched
     * @param email       its email (normalised here)
     * @param known       the Okta users that could match (callers may pre-filter by the normalised email)
     */
    public Result match(String extensionId, String email, List<OktaUser> known) {
        String wanted = normalise(email);
        if (wanted == null) {
            return new Result(Status.UNMATCHED, null, List.of(), "the RingCentral user has no email to match on");
        }
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (OktaUser user : known.stream().sorted(Comparator.comparing(OktaUser::oktaUserId)).toList()) {
            List<String> matched = new ArrayList<>();
            for (Rule rule : rules) {
                String value = rule == Rule.EMAIL ? user.email() : user.login();
                if (wanted.equals(normalise(value))) {
                    matched.add(rule.name().toLowerCase(Locale.ROOT));
                }
            }
            if (!matched.isEmpty()) {
                candidates.put(user.oktaUserId(), new Candidate(user.oktaUserId(), List.copyOf(matched),
                        matched.size() == rules.size(), user.linked() ? user.linkedExtensionId() : null));
            }
        }
        List<Candidate> list = List.copyOf(candidates.values());
        if (list.isEmpty()) {
            return new Result(Status.UNMATCHED, null, list, "no Okta user matches " + wanted + " by " + ruleNames());
        }
        if (list.size() > 1) {
            return new Result(Status.DISPUTED, null, list, list.size() + " Okta users match " + wanted);
        }
        Candidate only = list.get(0);
        if (!only.full()) {
            return new Result(Status.DISPUTED, null, list, "partial match: Okta user " + only.oktaUserId()
                    + " matches by " + String.join(", ", only.rules()) + " only, not by all of " + ruleNames());
        }
        if (only.linkedTo() != null && !Objects.equals(only.linkedTo(), extensionId)) {
            return new Result(Status.DISPUTED, null, list, "Okta user " + only.oktaUserId()
                    + " is already linked to extension " + only.linkedTo());
        }
        return new Result(Status.MATCHED, only.oktaUserId(), list, "Okta user " + only.oktaUserId()
                + " matches by " + ruleNames());
    }

    private String ruleNames() {
        return String.join(", ", rules.stream().map(r -> r.name().toLowerCase(Locale.ROOT)).toList());
    }
}
