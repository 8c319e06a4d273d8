package dev.switchboard.sandbox.domain.ringcentral;

import java.util.List;

/** One extension change as RingCentral reports it in Extension List events. */
public record ExtensionChange(long extensionId, Type eventType) {

    /** RingCentral's eventType values (capitalised on the wire). */
    public enum Type { Create, Update, Delete }

    /** Receives every change of the account, in order, on the thread that made it; must not block. */
    @FunctionalInterface
    public interface Listener {
        void changed(List<ExtensionChange> changes);

        Listener NONE = changes -> { };
    }
}
