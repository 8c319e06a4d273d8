package dev.switchboard.oktaingress.domain;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Okta's paging: the {@code Link} response header (RFC 8288) with {@code rel="self"} and {@code rel="next"}. */
public final class LinkHeader {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)");
    private static final Pattern REL = Pattern.compile("rel\\s*=\\s*\"?([^\";]+)\"?");

    private LinkHeader() {
    }

    /** The {@code next} link among the header values (repeated headers or comma-separated links), if any. */
    public static Optional<URI> next(List<String> headerValues) {
        for (String value : headerValues) {
            Matcher link = LINK.matcher(value);
            while (link.find()) {
                Matcher rel = REL.matcher(link.group(2));
                if (rel.find() && List.of(rel.group(1).trim().split("\\s+")).contains("next")) {
                    try {
                        return Optional.of(URI.create(link.group(1).trim()));
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The query parameters of a link, decoded, in order. The next page is asked for with exactly these (the cursor
     * {@code after} is opaque), on the same endpoint: the link is followed, not rebuilt.
     */
    public static Map<String, String> query(URI link) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = link.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.put(name, value);
        }
        return params;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
