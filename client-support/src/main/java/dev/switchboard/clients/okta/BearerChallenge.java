package dev.switchboard.clients.okta;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code WWW-Authenticate: Bearer …} challenge Okta sends with a 401 or 403 to an OAuth access token (RFC 6750
 * §3), e.g. {@code Bearer authorization_uri="…", realm="…", scope="okta.users.manage", error="insufficient_scope",
 * error_description="The access token provided does not contain the required scopes.", resource="/api/v1/users"}.
 *
 * @param error            {@code invalid_token}, {@code insufficient_scope}, … or null
 * @param errorDescription Okta's text, or null
 * @param scope            the scope the call needs (with insufficient_scope), or null
 */
public record BearerChallenge(String error, String errorDescription, String scope) {

    public static final String INSUFFICIENT_SCOPE = "insufficient_scope";
    public static final String INVALID_TOKEN = "invalid_token";

    /** The challenge in a WWW-Authenticate value; empty when there is none or it is not a Bearer challenge. */
    public static Optional<BearerChallenge> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        if (!value.regionMatches(true, 0, "Bearer", 0, 6)
                || (value.length() > 6 && !Character.isWhitespace(value.charAt(6)))) {
            return Optional.empty();
        }
        Map<String, String> params = params(value.substring(6));
        return Optional.of(new BearerChallenge(params.get("error"), params.get("error_description"),
                params.get("scope")));
    }

    public boolean insufficientScope() {
        return INSUFFICIENT_SCOPE.equals(error);
    }

    public boolean invalidToken() {
        return INVALID_TOKEN.equals(error);
    }

    /** auth-params: {@code name="quoted \" string"} or {@code name=token}, separated by commas; names without case. */
    private static Map<String, String> params(String text) {
        Map<String, String> params = new LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && (text.charAt(i) == ',' || Character.isWhitespace(text.charAt(i)))) {
                i++;
            }
            int nameStart = i;
            while (i < n && text.charAt(i) != '=' && text.charAt(i) != ',') {
                i++;
            }
            String name = text.substring(nameStart, i).strip().toLowerCase(Locale.ROOT);
            if (i >= n || text.charAt(i) != '=') {
                continue;
            }
            i++;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            StringBuilder parsed = new StringBuilder();
            if (i < n && text.charAt(i) == '"') {
                i++;
                while (i < n && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    parsed.append(text.charAt(i++));
                }
                i++;
            } else {
                while (i < n && text.charAt(i) != ',') {
                    parsed.append(text.charAt(i++));
                }
            }
            if (!name.isEmpty()) {
                params.putIfAbsent(name, parsed.toString().strip());
            }
        }
        return params;
    }
}
