package dev.switchboard.sandbox.domain.ringcentral;

import java.util.List;

/**
 * One extension change as RingCentral reports it in Extension List events. Update changes carry hints that say
 * what changed: {@code ExtensionInfo} for the extension resource itself, {@code CompanyNumbers} for its phone
 * numbers (which live outside the extension resource).
 */
public record ExtensionChange(long extensionId, Type eventType, List<Hint> hints) {

    /** RingCentral's eventType values (capitalised on the wire). */
    public enum Type { Create, Update, Delete }

    /** RingCentral's hint values the sandbox sends (wire names). */
    public enum Hint { ExtensionInfo, CompanyNumbers }

    public ExtensionChange {
        hints = eventType == Type.Update && hints != null ? List.copyOf(hints) : List.of();
    }

    /** A change of the extension resource; an Update carries the {@code ExtensionInfo} hint. */
    public ExtensionChange(long extensionId, Type eventType) {
        this(extensionId, eventType, List.of(Hint.ExtensionInfo));
    }

    /** The extension's phone numbers changed (direct number assigned, replaced or unassigned). */
    public static ExtensionChange numbersChanged(long extensionId) {
        return new ExtensionChange(extensionId, Type.Update, List.of(Hint.CompanyNumbers));
    }

    /** Receives every change of the account, in order, on the thread that made it; must not block. */
    @FunctionalInterface
    public interface Listener {
        void changed(List<ExtensionChange> changes);

        Listener NONE = changes -> { };
    }
}
