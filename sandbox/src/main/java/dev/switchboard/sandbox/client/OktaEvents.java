package dev.switchboard.sandbox.client;

import dev.switchboard.sandbox.config.SandboxConfig;
import dev.switchboard.sandbox.domain.okta.LogEvent;
import dev.switchboard.sandbox.domain.okta.LogEventFactory;
import dev.switchboard.sandbox.domain.okta.OktaAppUser;
import dev.switchboard.sandbox.domain.okta.OktaGroup;
import dev.switchboard.sandbox.domain.okta.OktaUser;
import dev.switchboard.sandbox.domain.okta.SystemLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns what happened in the org into System Log events: records them in the System Log first (so they are
 * there even when hook deliveries are dropped), then hands them to the dispatcher.
 */
@ApplicationScoped
public class OktaEvents {

    private final LogEventFactory factory;
    private final HookDispatcher dispatcher;
    private final SystemLog systemLog;
    private final SandboxConfig config;

    @Inject
    public OktaEvents(LogEventFactory factory, HookDispatcher dispatcher, SystemLog systemLog, SandboxConfig config) {
        this.factory = factory;
        this.dispatcher = dispatcher;
        this.systemLog = systemLog;
        this.config = config;
    }

    /** The admin who owns the API token acted, from {@code ip} with {@code userAgent}, calling {@code uri}. */
    public LogEventFactory.Context context(String ip, String userAgent, String requestUri) {
        return new LogEventFactory.Context(config.okta().adminId(), config.okta().adminLogin(), "Sandbox Admin",
                ip, userAgent, requestUri);
    }

    public void userCreated(OktaUser user, LogEventFactory.Context ctx) {
        List<LogEvent> events = new ArrayList<>();
        events.add(factory.userEvent("user.lifecycle.create", user, ctx, Map.of()));
        if (user.activated() != null) {
            events.add(factory.userEvent("user.lifecycle.activate", user, ctx, Map.of()));
        }
        publish(events);
    }

    public void userLifecycle(String eventType, OktaUser user, LogEventFactory.Context ctx) {
        publish(List.of(factory.userEvent(eventType, user, ctx, Map.of())));
    }

    public void profileUpdated(OktaUser user, List<String> changedAttributes, LogEventFactory.Context ctx) {
        publish(List.of(factory.userEvent("user.account.update_profile", user, ctx,
                Map.of("changedAttributes", String.join(",", changedAttributes)))));
    }

    public void deactivated(OktaUser user, List<OktaAppUser> removed, LogEventFactory.Context ctx) {
        List<LogEvent> events = new ArrayList<>();
        events.add(factory.userEvent("user.lifecycle.deactivate", user, ctx, Map.of()));
        for (OktaAppUser appUser : removed) {
            events.add(membership("application.user_membership.remove", user, appUser.appId(), ctx));
        }
        publish(events);
    }

    public void membership(String eventType, OktaUser user, LogEventFactory.Context ctx) {
        publish(List.of(membership(eventType, user, config.okta().appId(), ctx)));
    }

    /** group.user_membership.add / remove. */
    public void groupMembership(String eventType, OktaUser user, OktaGroup group, LogEventFactory.Context ctx) {
        publish(List.of(factory.groupMembershipEvent(eventType, user, group, ctx)));
    }

    /**
     * group.application_assignment.add / remove. The per-user app-membership events Okta may or may not emit for
     * group-driven assignment are unconfirmed, so none are emitted: consumers must re-list the app's users.
     */
    public void groupAssignment(String eventType, OktaGroup group, LogEventFactory.Context ctx) {
        publish(List.of(factory.groupAssignmentEvent(eventType, group, config.okta().appId(), config.okta().appLabel(),
                ctx)));
    }

    private void publish(List<LogEvent> events) {
        systemLog.record(events);
        dispatcher.publish(events);
    }

    private LogEvent membership(String eventType, OktaUser user, String appId, LogEventFactory.Context ctx) {
        return factory.membershipEvent(eventType, user, appId, config.okta().appLabel(), ctx);
    }
}
