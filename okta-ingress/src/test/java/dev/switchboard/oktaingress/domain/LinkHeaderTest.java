package dev.switchboard.oktaingress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {

    private static final String NEXT = "https://example.okta.com/api/v1/logs?since=2026-11-28T09%3A25%3A00Z"
            + "&filter=eventType+eq+%22user.lifecycle.create%22&limit=1000&after=1732787100_1";

    @Test
    void findsTheNextLinkAmongRepeatedHeaders() {
        List<String> headers = List.of("<https://example.okta.com/api/v1/logs?limit=1000>; rel=\"self\"",
                "<" + NEXT + ">; rel=\"next\"");
        assertThat(LinkHeader.next(headers)).contains(URI.create(NEXT));
    }

    @Test
    void findsTheNextLinkInOneCommaSeparatedHeader() {
        List<String> headers = List.of("<https://example.okta.com/api/v1/apps/0oa1/users?limit=2>; rel=\"self\", "
                + "<https://example.okta.com/api/v1/apps/0oa1/users?after=00u2&limit=2>; rel=\"next\"");
        assertThat(LinkHeader.next(headers))
                .contains(URI.create("https://example.okta.com/api/v1/apps/0oa1/users?after=00u2&limit=2"));
    }

    @Test
    void noNextLinkOnTheLastPage() {
        assertThat(LinkHeader.next(List.of("<https://example.okta.com/api/v1/apps/0oa1/users?limit=2>; rel=\"self\"")))
                .isEmpty();
        assertThat(LinkHeader.next(List.of())).isEmpty();
    }

    @Test
    void theNextPageIsAskedForWithTheLinksOwnParametersDecoded() {
        assertThat(LinkHeader.query(URI.create(NEXT))).containsExactly(
                org.assertj.core.api.Assertions.entry("since", "2026-11-28T09:25:00Z"),
                org.assertj.core.api.Assertions.entry("filter", "eventType eq \"user.lifecycle.create\""),
                org.assertj.core.api.Assertions.entry("limit", "1000"),
                org.assertj.core.api.Assertions.entry("after", "1732787100_1"));
    }

    @Test
    void theSystemLogFilterNamesEveryTypeAndTheWindowOverlapsTwoRuns() {
        assertThat(SystemLogQuery.filter(List.of("user.lifecycle.suspend", "application.user_membership.add")))
                .isEqualTo("eventType eq \"application.user_membership.add\" or eventType eq \"user.lifecycle.suspend\"");
        assertThat(SystemLogQuery.since(java.time.Instant.parse("2026-11-28T10:00:00Z"), java.time.Duration.ofMinutes(15),
                java.time.Duration.ofMinutes(5))).isEqualTo(java.time.Instant.parse("2026-11-28T09:25:00Z"));
    }
}
