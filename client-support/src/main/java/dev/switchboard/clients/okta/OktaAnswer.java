package dev.switchboard.clients.okta;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP answer from Okta: status, body (empty when there was none) and headers, whose names are looked up without
 * case.
 */
public record OktaAnswer(int status, String body, Map<String, List<String>> headers) {

    public OktaAnswer {
        body = body == null ? "" : body;
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> copy.put(name, values == null ? List.of() : List.copyOf(values)));
        }
        headers = copy;
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** Every value of the header (a header may come more than once), empty when absent. */
    public List<String> headers(String name) {
        return headers.getOrDefault(name, List.of());
    }

    /** The first value of the header, or null. */
    public String header(String name) {
        List<String> values = headers(name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The answer's {@code Date}: Okta's clock, which its {@code X-Rate-Limit-Reset} is measured on. */
    public Optional<Instant> date() {
        String date = header("Date");
        if (date == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
