package dev.switchboard.reconciler.domain;

/**
 * Which side masters each RingCentral attribute. Push only sends Okta-mastered attributes. Until the mastery policy
 * (issue 4) exists, every mapped attribute is Okta-mastered.
 */
@FunctionalInterface
public interface Mastery {

    /** The master of {@code ringCentralAttribute} (a {@code contact.*} or {@code customFields.*} name). */
    Master masterOf(String ringCentralAttribute);

    /** The default policy: Okta masters everything it maps. */
    static Mastery oktaMastersAll() {
        return attribute -> Master.OKTA;
    }
}
