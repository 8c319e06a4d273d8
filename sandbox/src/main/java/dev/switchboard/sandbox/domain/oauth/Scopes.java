package dev.switchboard.sandbox.domain.oauth;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** The requested {@code scope} parameter checked against what a client may have. */
public final class Scopes {

    private Scopes() {
    }

    public static Set<String> parse(String scope) {
        Set<String> out = new LinkedHashSet<>();
        if (scope != null) {
            Arrays.stream(scope.trim().split("\\s+")).filter(s -> !s.isBlank()).forEach(out::add);
        }
        return out;
    }

    /**
     * The scopes to grant: the requested ones when all are allowed, all allowed ones when none were requested
     * and {@code defaultToAllowed}; otherwise 400 invalid_scope.
     */
    public static Set<String> grant(String requested, Set<String> allowed, boolean defaultToAllowed) {
        Set<String> asked = parse(requested);
        if (asked.isEmpty()) {
            if (defaultToAllowed) {
                return new LinkedHashSet<>(allowed);
            }
            throw OAuthException.invalidScope("The 'scope' parameter is required: this authorization server has no default scopes.");
        }
        for (String scope : asked) {
            if (!allowed.contains(scope)) {
                throw OAuthException.invalidScope("The following scopes are not allowed for this client: " + scope);
            }
        }
        return asked;
    }
}
