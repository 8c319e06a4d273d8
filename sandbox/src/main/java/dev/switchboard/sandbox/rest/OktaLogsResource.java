package dev.switchboard.sandbox.rest;

import dev.switchboard.sandbox.domain.okta.LogFilter;
import dev.switchboard.sandbox.domain.okta.OktaApiException;
import dev.switchboard.sandbox.domain.okta.SystemLog;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Okta System Log API: the events the org recorded, filtered by type, paged by an opaque cursor. */
@Path("/api/v1/logs")
@Produces(MediaType.APPLICATION_JSON)
public class OktaLogsResource {

    @Inject
    SystemLog systemLog;
    @Context
    UriInfo uriInfo;

    @GET
    public Response list(@QueryParam("since") String since, @QueryParam("until") String until,
                         @QueryParam("filter") String filter, @QueryParam("limit") String limitParam,
                         @QueryParam("after") String after) {
        int limit = limit(limitParam);
        Instant from = instant("since", since);
        Instant to = instant("until", until);
        SystemLog.Page page = systemLog.query(from, to, LogFilter.parse(filter), limit, after);
        String self = OktaViews.base(uriInfo) + "/api/v1/logs?" + query(since, until, filter, limit, after);
        String link = "<" + self + ">; rel=\"self\"";
        if (page.nextAfter() != null) {
            link += ", <" + OktaViews.base(uriInfo) + "/api/v1/logs?"
                    + query(since, until, filter, limit, page.nextAfter()) + ">; rel=\"next\"";
        }
        List<Object> body = page.events().stream().map(e -> (Object) e.body()).toList();
        return Response.ok(body).header("Link", link).build();
    }

    private static String query(String since, String until, String filter, int limit, String after) {
        StringBuilder q = new StringBuilder("limit=").append(limit);
        append(q, "since", since);
        append(q, "until", until);
        append(q, "filter", filter);
        append(q, "after", after);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
    }

    /** Okta: 0–1000, default 100. */
    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return 100;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 0 && value <= 1000) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw OktaApiException.validation("limit: must be a number between 0 and 1000");
    }

    private static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw OktaApiException.validation(name + ": must be an ISO 8601 timestamp, e.g. 2026-01-01T00:00:00.000Z");
        }
    }
}
