package dev.switchboard.contracts;

import java.util.List;
import java.util.Optional;

/** Every topic of Switchboard. Services name topics through these constants only. */
public final class Topics {

    /** Each Okta event hook event, as received (a trigger, not state). Keyed by Okta user id. */
    public static final Topic<OktaHookEvent> OKTA_HOOKS =
            new Topic<>("okta.hooks.v1", "okta.hook.event", 1, OktaHookEvent.class);
    /** The Okta user and its app user as re-read from the Okta API. Keyed by Okta user id. */
    public static final Topic<OktaUserSnapshot> OKTA_USERS =
            new Topic<>("okta.users.v1", "okta.user.snapshot", 1, OktaUserSnapshot.class);
    /** Each RingCentral webhook notification, as received. Keyed by extension id. */
    public static final Topic<RingCentralNotification> RINGCENTRAL_NOTIFICATIONS =
            new Topic<>("ringcentral.notifications.v1", "ringcentral.notification", 1, RingCentralNotification.class);
    /** A RingCentral extension as re-read from the RingCentral API. Keyed by extension id. */
    public static final Topic<RingCentralExtensionSnapshot> RINGCENTRAL_EXTENSIONS =
            new Topic<>("ringcentral.extensions.v1", "ringcentral.extension.snapshot", 1, RingCentralExtensionSnapshot.class);
    /** The attributes a RingCentral account offers (standard contact fields and custom fields). Keyed by account id. */
    public static final Topic<RingCentralSchema> RINGCENTRAL_SCHEMA =
            new Topic<>("ringcentral.schema.v1", "ringcentral.schema", 1, RingCentralSchema.class);
    /** What ringcentral-writer must make true in RingCentral. Keyed by link id. */
    public static final Topic<RingCentralCommand> RINGCENTRAL_COMMANDS =
            new Topic<>("ringcentral.commands.v1", "ringcentral.command", 1, RingCentralCommand.class);
    /** What okta-writer must make true in Okta. Keyed by link id. */
    public static final Topic<OktaCommand> OKTA_COMMANDS =
            new Topic<>("okta.commands.v1", "okta.command", 1, OktaCommand.class);
    /** The outcome of every command a writer executed. Keyed by link id. */
    public static final Topic<ProvisioningResult> PROVISIONING_RESULTS =
            new Topic<>("provisioning.results.v1", "provisioning.result", 1, ProvisioningResult.class);
    /** Records a consumer could not process, with the reason. Keyed as the original record. */
    public static final Topic<DeadLetter> DEAD_LETTERS =
            new Topic<>("switchboard.dead-letters.v1", "switchboard.dead-letter", 1, DeadLetter.class);

    public static final List<Topic<?>> ALL = List.of(OKTA_HOOKS, OKTA_USERS, RINGCENTRAL_NOTIFICATIONS,
            RINGCENTRAL_EXTENSIONS, RINGCENTRAL_SCHEMA, RINGCENTRAL_COMMANDS, OKTA_COMMANDS, PROVISIONING_RESULTS,
            DEAD_LETTERS);

    private Topics() {
    }

    public static Optional<Topic<?>> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
