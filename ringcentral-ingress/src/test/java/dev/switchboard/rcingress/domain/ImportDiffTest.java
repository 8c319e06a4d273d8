package dev.switchboard.rcingress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportDiffTest {

    private static ExtensionFingerprint fp(String content) {
        return new ExtensionFingerprint(content, null);
    }

    @Test
    void everythingIsNewOnTheFirstRun() {
        ImportDiff diff = ImportDiff.of(Map.of(), Map.of("2", fp("h2"), "1", fp("h1")));
        assertThat(diff.created()).containsExactly("1", "2");
        assertThat(diff.changed()).isEmpty();
        assertThat(diff.unchanged()).isEmpty();
        assertThat(diff.gone()).isEmpty();
    }

    @Test
    void sortsEachExtensionIntoNewChangedUnchangedOrGone() {
        ImportDiff diff = ImportDiff.of(Map.of("same", fp("a"), "edited", fp("b"), "deleted", fp("c")),
                Map.of("same", fp("a"), "edited", fp("B"), "added", fp("d")));
        assertThat(diff.created()).containsExactly("added");
        assertThat(diff.changed()).containsExactly("edited");
        assertThat(diff.unchanged()).containsExactly("same");
        assertThat(diff.gone()).containsExactly("deleted");
    }

    @Test
    void anEmptyListingMakesEveryKnownOneGone() {
        assertThat(ImportDiff.of(Map.of("1", fp("a"), "2", fp("b")), Map.of()).gone()).containsExactly("1", "2");
    }

    @Test
    void anotherDirectNumberIsAChangeAndAnUnreadOneIsNot() {
        Map<String, ExtensionFingerprint> known = Map.of("renumbered", new ExtensionFingerprint("a", "n1"),
                "unread", new ExtensionFingerprint("b", "n2"), "same", new ExtensionFingerprint("c", "n3"));
        ImportDiff diff = ImportDiff.of(known, Map.of("renumbered", new ExtensionFingerprint("a", "n9"),
                "unread", new ExtensionFingerprint("b", null), "same", new ExtensionFingerprint("c", "n3")));
        assertThat(diff.changed()).containsExactly("renumbered");
        assertThat(diff.unchanged()).containsExactly("same", "unread");
    }
}
