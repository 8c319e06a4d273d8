package dev.switchboard.reconciler.domain;

/**
 * Which side masters each RingCentral attribute. Push only sends Okta-mastered attributes; import only brings back
 * RingCentral-mastered ones. The running policy is the mastery table ({@link MasteryPolicy}).
 */
@FunctionalInterface
public interface Mastery {

    /** The master of {@code ringCentralAttribute} (a {@code contact.*} or {@code customFields.*} name). */
    Master masterOf(String ringCentralAttribute);

    /** OKTA, or RINGCENTRAL when RingCentral is the profile master: then lifecycle flows from RingCentral too. */
    default Master profileMaster() {
        return Master.OKTA;
    }

    /** The default policy: Okta masters everything it maps. */
    static Mastery oktaMastersAll() {
        return attribute -> Master.OKTA;
    }
}
