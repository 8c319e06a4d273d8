package dev.switchboard.sandbox.domain.okta;

import dev.switchboard.sandbox.domain.Secrets;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds System Log events (LogEvent shape) for what happens in the sandbox org. */
public final class LogEventFactory {

    /** Okta's own timestamp format: ISO-8601 with milliseconds, UTC. */
    public static final DateTimeFormatter OKTA_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** Who acted (the admin owning the API token) and from where. */
    public record Context(String actorId, String actorLogin, String actorName, String ipAddress, String userAgent,
                          String requestUri) {
    }

    private record Kind(String displayMessage, String legacyEventType) {
    }

    private static final Map<String, Kind> KINDS = new HashMap<>();

    static {
        KINDS.put("user.lifecycle.create", new Kind("Create Okta user", "core.user.config.user_creation.success"));
        KINDS.put("user.lifecycle.activate", new Kind("Activate Okta user", "core.user.config.user_activated"));
        KINDS.put("user.lifecycle.deactivate", new Kind("Deactivate Okta user", "core.user.config.user_deactivated"));
        KINDS.put("user.lifecycle.suspend", new Kind("Suspend Okta user", "core.user.config.user_status.suspended"));
        KINDS.put("user.lifecycle.unsuspend", new Kind("Unsuspend Okta user", "core.user.config.user_status.unsuspended"));
        KINDS.put("user.account.update_profile", new Kind("Update user profile for Okta", "core.user.config.profile_update.success"));
        KINDS.put("application.user_membership.add", new Kind("Add user to application membership", "app.generic.provision.assign_user_to_app"));
        KINDS.put("application.user_membership.remove", new Kind("Remove user from application membership", "app.generic.unprovision.unassign_user_from_app"));
        KINDS.put("application.user_membership.update", new Kind("Update user's application property", "app.generic.config.app_user_property_updated"));
        KINDS.put("group.user_membership.add", new Kind("Add user to group membership", "core.user_group_member.user_add"));
        KINDS.put("group.user_membership.remove", new Kind("Remove user from group membership", "core.user_group_member.user_remove"));
        KINDS.put("group.application_assignment.add", new Kind("Add assigned application to group", "app.generic.config.app_group_assigned"));
        KINDS.put("group.application_assignment.remove", new Kind("Remove assigned application from group", "app.generic.config.app_group_unassigned"));
    }

    private final Clock clock;

    public LogEventFactory(Clock clock) {
        this.clock = clock;
    }

    public static String format(Instant instant) {
        return instant == null ? null : OKTA_TIME.format(instant);
    }

    /** An event about a user (lifecycle or profile); {@code debugData} extras are added to the standard ones. */
    public LogEvent userEvent(String eventType, OktaUser user, Context ctx, Map<String, Object> debugExtras) {
        return build(eventType, List.of(userTarget(user)), ctx, debugExtras);
    }

    /** An app-membership event: targets AppUser (id = user id), AppInstance and User, like Okta's samples. */
    public LogEvent membershipEvent(String eventType, OktaUser user, String appId, String appLabel, Context ctx) {
        Map<String, Object> appUser = target(user.id(), "AppUser", user.login(), user.displayName());
        Map<String, Object> app = target(appId, "AppInstance", appLabel, appLabel);
        return build(eventType, List.of(appUser, app, userTarget(user)), ctx, Map.of());
    }

    /** A group-membership event: targets User and UserGroup. */
    public LogEvent groupMembershipEvent(String eventType, OktaUser user, OktaGroup group, Context ctx) {
        return build(eventType, List.of(userTarget(user), groupTarget(group)), ctx, Map.of());
    }

    /** A group-to-app assignment event: targets UserGroup and AppInstance. */
    public LogEvent groupAssignmentEvent(String eventType, OktaGroup group, String appId, String appLabel, Context ctx) {
        return build(eventType, List.of(groupTarget(group), target(appId, "AppInstance", appLabel, appLabel)), ctx,
                Map.of());
    }

    private LogEvent build(String eventType, List<Map<String, Object>> targets, Context ctx, Map<String, Object> extras) {
        Kind kind = KINDS.getOrDefault(eventType, new Kind(eventType, null));
        String uuid = UUID.randomUUID().toString();
        String requestId = Secrets.randomAlnum(27);
        Instant published = clock.instant();
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("uuid", uuid);
        e.put("published", format(published));
        e.put("eventType", eventType);
        e.put("version", "0");
        e.put("legacyEventType", kind.legacyEventType());
        e.put("displayMessage", kind.displayMessage());
        e.put("severity", "INFO");
        Map<String, Object> actor = target(ctx.actorId(), "User", ctx.actorLogin(), ctx.actorName());
        e.put("actor", actor);
        Map<String, Object> userAgent = new LinkedHashMap<>();
        userAgent.put("rawUserAgent", ctx.userAgent());
        userAgent.put("os", "Unknown");
        userAgent.put("browser", "UNKNOWN");
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("userAgent", userAgent);
        client.put("zone", "null");
        client.put("device", "Unknown");
        client.put("id", null);
        client.put("ipAddress", ctx.ipAddress());
        client.put("geographicalContext", null);
        e.put("client", client);
        e.put("device", null);
        Map<String, Object> authContext = new LinkedHashMap<>();
        authContext.put("authenticationProvider", null);
        authContext.put("credentialProvider", null);
        authContext.put("credentialType", null);
        authContext.put("issuer", null);
        authContext.put("interface", null);
        authContext.put("authenticationStep", 0);
        authContext.put("externalSessionId", "trs" + Secrets.randomAlnum(22));
        e.put("authenticationContext", authContext);
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("result", "SUCCESS");
        outcome.put("reason", null);
        e.put("outcome", outcome);
        Map<String, Object> ipChainEntry = new LinkedHashMap<>();
        ipChainEntry.put("ip", ctx.ipAddress());
        ipChainEntry.put("geographicalContext", null);
        ipChainEntry.put("version", "V4");
        ipChainEntry.put("source", null);
        e.put("request", Map.of("ipChain", List.of(ipChainEntry)));
        Map<String, Object> securityContext = new LinkedHashMap<>();
        securityContext.put("asNumber", null);
        securityContext.put("asOrg", null);
        securityContext.put("isp", null);
        securityContext.put("domain", null);
        securityContext.put("isProxy", null);
        e.put("securityContext", securityContext);
        e.put("target", new ArrayList<>(targets));
        Map<String, Object> transaction = new LinkedHashMap<>();
        transaction.put("type", "WEB");
        transaction.put("id", requestId);
        transaction.put("detail", Map.of());
        e.put("transaction", transaction);
        Map<String, Object> debugData = new LinkedHashMap<>();
        debugData.put("requestId", requestId);
        debugData.put("requestUri", ctx.requestUri());
        debugData.put("url", ctx.requestUri() + "?");
        debugData.putAll(extras);
        e.put("debugContext", Map.of("debugData", debugData));
        return new LogEvent(uuid, eventType, published, e);
    }

    private static Map<String, Object> userTarget(OktaUser user) {
        return target(user.id(), "User", user.login(), user.displayName());
    }

    private static Map<String, Object> groupTarget(OktaGroup group) {
        return target(group.id(), "UserGroup", group.name(), group.name());
    }

    private static Map<String, Object> target(String id, String type, String alternateId, String displayName) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", id);
        t.put("type", type);
        t.put("alternateId", alternateId);
        t.put("displayName", displayName);
        t.put("detailEntry", null);
        return t;
    }
}
