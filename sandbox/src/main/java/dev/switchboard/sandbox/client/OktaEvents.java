package dev.switchboard.sandbox.client;

import dev.switchboard.sandbox.config.SandboxConfig;
import dev.switchboard.sandbox.domain.okta.LogEvent;
import dev.switchboard.sandbox.domain.okta.LogEventFactory;
import dev.switchboard.sandbox.domain.okta.OktaAppUser;
import dev.switchboard.sandbox.domain.okta.OktaUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns what happened in the org into System Log events and hands them to the dispatcher. */
@ApplicationScoped
public class OktaEvents {

    private final LogEventFactory factory;
    private final HookDispatcher dispatcher;
    private final SandboxConfig config;

    @Inject
    public OktaEvents(LogEventFactory factory, HookDispatcher dispatcher, SandboxConfig config) {
        this.factory = factory;
        this.dispatcher = dispatcher;
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
        dispatcher.publish(events);
    }

    public void userLifecycle(String eventType, OktaUser user, LogEventFactory.Context ctx) {
        dispatcher.publish(List.of(factory.userEvent(eventType, user, ctx, Map.of())));
    }

    public void profileUpdated(OktaUser user, List<String> changedAttributes, LogEventFactory.Context ctx) {
        dispatcher.publish(List.of(factory.userEvent("user.account.update_profile", user, ctx,
                Map.of("changedAttributes", String.join(",", changedAttributes)))));
    }

    public void deactivated(OktaUser user, List<OktaAppUser> removed, LogEventFactory.Context ctx) {
        List<LogEvent> events = new ArrayList<>();
        events.add(factory.userEvent("user.lifecycle.deactivate", user, ctx, Map.of()));
        for (OktaAppUser appUser : removed) {
            events.add(membership("application.user_membership.remove", user, appUser.appId(), ctx));
        }
        dispatcher.publish(events);
    }

    public void membership(String eventType, OktaUser user, LogEventFactory.Context ctx) {
        dispatcher.publish(List.of(membership(eventType, user, config.okta().appId(), ctx)));
    }

    private LogEvent membership(String eventType, OktaUser user, String appId, LogEventFactory.Context ctx) {
        return factory.membershipEvent(eventType, user, appId, config.okta().appLabel(), ctx);
    }
}
