package dev.switchboard.sandbox.domain.okta;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of the System Log's SCIM filter the sandbox understands: {@code eventType eq "x"} clauses joined by
 * {@code or} (what a backstop asks for). Anything else is refused, so a caller never silently gets everything.
 */
public final class LogFilter implements Predicate<LogEvent> {

    private static final Pattern CLAUSE = Pattern.compile("\\s*eventType\\s+eq\\s+\"([^\"]+)\"\\s*");
    private static final Pattern OR = Pattern.compile("\\s+or\\s+", Pattern.CASE_INSENSITIVE);

    private final Set<String> eventTypes;

    private LogFilter(Set<String> eventTypes) {
        this.eventTypes = eventTypes;
    }

    /** Parses a filter; null or blank matches every event. */
    public static LogFilter parse(String filter) {
        if (filter == null || filter.isBlank()) {
            return new LogFilter(null);
        }
        List<String> types = new ArrayList<>();
        for (String clause : OR.split(filter.trim())) {
            Matcher m = CLAUSE.matcher(clause);
            if (!m.matches()) {
                throw OktaApiException.validation("filter: Invalid filter expression, supported: eventType eq \"<type>\" "
                        + "joined by or; got: " + clause.trim());
            }
            types.add(m.group(1));
        }
        return new LogFilter(Set.copyOf(types));
    }

    @Override
    public boolean test(LogEvent event) {
        return eventTypes == null || eventTypes.contains(event.eventType());
    }
}
