package dev.switchboard.rcingress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportDiffTest {

    @Test
    void everythingIsNewOnTheFirstRun() {
        ImportDiff diff = ImportDiff.of(Map.of(), Map.of("2", "h2", "1", "h1"));
        assertThat(diff.created()).containsExactly("1", "2");
        assertThat(diff.changed()).isEmpty();
        assertThat(diff.unchanged()).isEmpty();
        assertThat(diff.gone()).isEmpty();
    }

    @Test
    void sortsEachExtensionIntoNewChangedUnchangedOrGone() {
        ImportDiff diff = ImportDiff.of(Map.of("same", "a", "edited", "b", "deleted", "c"),
                Map.of("same", "a", "edited", "B", "added", "d"));
        assertThat(diff.created()).containsExactly("added");
        assertThat(diff.changed()).containsExactly("edited");
        assertThat(diff.unchanged()).containsExactly("same");
        assertThat(diff.gone()).containsExactly("deleted");
    }

    @Test
    void anEmptyListingMakesEveryKnownOneGone() {
        assertThat(ImportDiff.of(Map.of("1", "a", "2", "b"), Map.of()).gone()).containsExactly("1", "2");
    }
}
