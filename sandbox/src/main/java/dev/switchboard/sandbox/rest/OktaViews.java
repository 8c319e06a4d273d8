package dev.switchboard.sandbox.rest;

import dev.switchboard.sandbox.domain.Secrets;
import dev.switchboard.sandbox.domain.okta.EventHook;
import dev.switchboard.sandbox.domain.okta.OktaAppUser;
import dev.switchboard.sandbox.domain.okta.OktaGroup;
import dev.switchboard.sandbox.domain.okta.OktaUser;
import jakarta.ws.rs.core.UriInfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.switchboard.sandbox.domain.okta.LogEventFactory.format;

/** Okta's JSON shapes (User, AppUser, EventHook, Error) built from the sandbox state. */
final class OktaViews {

    private OktaViews() {
    }

    static String base(UriInfo uriInfo) {
        String base = uriInfo.getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    static Map<String, Object> user(OktaUser u, String base) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.id());
        m.put("status", u.status());
        m.put("created", format(u.created()));
        m.put("activated", format(u.activated()));
        m.put("statusChanged", format(u.statusChanged()));
        m.put("lastLogin", format(u.lastLogin()));
        m.put("lastUpdated", format(u.lastUpdated()));
        m.put("passwordChanged", format(u.passwordChanged()));
        m.put("type", Map.of("id", "otysandboxdefault0001"));
        m.put("profile", u.profile());
        Map<String, Object> provider = new LinkedHashMap<>();
        provider.put("type", "OKTA");
        provider.put("name", "OKTA");
        Map<String, Object> credentials = new LinkedHashMap<>();
        if (u.passwordChanged() != null) {
            credentials.put("password", Map.of());
        }
        credentials.put("provider", provider);
        m.put("credentials", credentials);
        String self = base + "/api/v1/users/" + u.id();
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", Map.of("href", self));
        if ("ACTIVE".equals(u.status())) {
            links.put("suspend", link(self + "/lifecycle/suspend"));
            links.put("deactivate", link(self + "/lifecycle/deactivate"));
        } else if ("SUSPENDED".equals(u.status())) {
            links.put("unsuspend", link(self + "/lifecycle/unsuspend"));
            links.put("deactivate", link(self + "/lifecycle/deactivate"));
        } else if ("DEPROVISIONED".equals(u.status())) {
            links.put("activate", link(self + "/lifecycle/activate"));
        } else {
            links.put("activate", link(self + "/lifecycle/activate"));
            links.put("deactivate", link(self + "/lifecycle/deactivate"));
        }
        links.put("type", Map.of("href", base + "/api/v1/meta/types/user/otysandboxdefault0001"));
        links.put("schema", Map.of("href", base + "/api/v1/meta/schemas/user/oscsandboxdefault0001"));
        m.put("_links", links);
        return m;
    }

    static Map<String, Object> appUser(OktaAppUser a, String base) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.userId());
        m.put("externalId", a.externalId());
        m.put("created", format(a.created()));
        m.put("lastUpdated", format(a.lastUpdated()));
        m.put("scope", a.scope());
        m.put("status", a.status());
        m.put("statusChanged", format(a.statusChanged()));
        m.put("passwordChanged", null);
        m.put("syncState", a.syncState());
        Map<String, Object> credentials = new LinkedHashMap<>();
        credentials.put("userName", a.userName());
        m.put("credentials", credentials);
        m.put("profile", a.profile());
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("app", Map.of("href", base + "/api/v1/apps/" + a.appId()));
        links.put("user", Map.of("href", base + "/api/v1/users/" + a.userId()));
        m.put("_links", links);
        return m;
    }

    static Map<String, Object> group(OktaGroup g, String base) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", g.id());
        m.put("created", format(g.created()));
        m.put("lastUpdated", format(g.lastUpdated()));
        m.put("lastMembershipUpdated", format(g.lastMembershipUpdated()));
        m.put("objectClass", List.of("okta:user_group"));
        m.put("type", "OKTA_GROUP");
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", g.name());
        profile.put("description", g.description());
        m.put("profile", profile);
        String self = base + "/api/v1/groups/" + g.id();
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("users", Map.of("href", self + "/users"));
        links.put("apps", Map.of("href", self + "/apps"));
        m.put("_links", links);
        return m;
    }

    /** ApplicationGroupAssignment: the group's id, priority and (empty) app profile. */
    static Map<String, Object> groupAssignment(OktaGroup g, String appId, String base) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", g.id());
        m.put("lastUpdated", format(g.lastUpdated()));
        m.put("priority", 0);
        m.put("profile", Map.of());
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("app", Map.of("href", base + "/api/v1/apps/" + appId));
        links.put("self", Map.of("href", base + "/api/v1/apps/" + appId + "/groups/" + g.id()));
        links.put("group", Map.of("href", base + "/api/v1/groups/" + g.id()));
        m.put("_links", links);
        return m;
    }

    static Map<String, Object> hook(EventHook h, String base) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id());
        m.put("status", h.status());
        m.put("verificationStatus", h.verificationStatus());
        m.put("name", h.name());
        m.put("description", h.description());
        m.put("created", format(h.created()));
        m.put("createdBy", h.createdBy());
        m.put("lastUpdated", format(h.lastUpdated()));
        m.put("events", Map.of("type", "EVENT_TYPE", "items", h.eventTypes()));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("uri", h.uri());
        List<Map<String, Object>> headers = new ArrayList<>();
        for (Map.Entry<String, String> header : h.headers()) {
            headers.add(Map.of("key", header.getKey(), "value", header.getValue()));
        }
        config.put("headers", headers);
        if (h.authKey() != null) {
            // Okta never returns authScheme.value: it is write-only.
            Map<String, Object> auth = new LinkedHashMap<>();
            auth.put("type", "HEADER");
            auth.put("key", h.authKey());
            config.put("authScheme", auth);
        } else {
            config.put("authScheme", null);
        }
        config.put("method", "POST");
        Map<String, Object> channel = new LinkedHashMap<>();
        channel.put("type", "HTTP");
        channel.put("version", "1.0.0");
        channel.put("config", config);
        m.put("channel", channel);
        String self = base + "/api/v1/eventHooks/" + h.id();
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", Map.of("href", self, "hints", Map.of("allow", List.of("GET", "PUT", "DELETE"))));
        links.put("verify", Map.of("href", self + "/lifecycle/verify", "hints", Map.of("allow", List.of("POST"))));
        if ("ACTIVE".equals(h.status())) {
            links.put("deactivate", Map.of("href", self + "/lifecycle/deactivate", "hints", Map.of("allow", List.of("POST"))));
        } else {
            links.put("activate", Map.of("href", self + "/lifecycle/activate", "hints", Map.of("allow", List.of("POST"))));
        }
        m.put("_links", links);
        return m;
    }

    static Map<String, Object> error(String code, String summary, List<String> causes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("errorCode", code);
        m.put("errorSummary", summary);
        m.put("errorLink", code);
        m.put("errorId", "oae" + Secrets.randomAlnum(22));
        m.put("errorCauses", causes.stream().map(c -> Map.of("errorSummary", c)).toList());
        return m;
    }

    /** RFC 8288 Link header value for a cursor page. */
    static String linkHeader(String path, int limit, String nextAfter) {
        String self = "<" + path + "?limit=" + limit + ">; rel=\"self\"";
        return nextAfter == null ? self : self + ", <" + path + "?after=" + nextAfter + "&limit=" + limit + ">; rel=\"next\"";
    }

    private static Map<String, Object> link(String href) {
        return Map.of("href", href, "method", "POST");
    }
}
