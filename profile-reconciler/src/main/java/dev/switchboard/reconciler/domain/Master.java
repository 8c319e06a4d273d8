package dev.switchboard.reconciler.domain;

/** The side that masters an attribute: its value flows from there to the other side. */
public enum Master {
    OKTA,
    RINGCENTRAL;

    /** The name shown to operators ({@code okta}, {@code ringcentral}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
