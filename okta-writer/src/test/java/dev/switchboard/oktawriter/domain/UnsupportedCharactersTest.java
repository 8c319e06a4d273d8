package dev.switchboard.oktawriter.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnsupportedCharactersTest {

    @Test
    void findsCharactersBeyondThreeUtf8Bytes() {
        assertThat(UnsupportedCharacters.present("Ada \uD83D\uDE80")).isTrue(); // rocket, 4 bytes in UTF-8
        assertThat(UnsupportedCharacters.present("\uD840\uDC00")).isTrue(); // CJK extension B
        assertThat(UnsupportedCharacters.present("Zoë Ødegård 李 €")).isFalse(); // all at most 3 bytes
        assertThat(UnsupportedCharacters.present(null)).isFalse();
    }

    @Test
    void stripsOnlyThoseCharacters() {
        assertThat(UnsupportedCharacters.strip("Ada \uD83D\uDE80 Lovelace \uD83D\uDC69\u200D\uD83D\uDCBB"))
                .isEqualTo("Ada  Lovelace \u200D");
        assertThat(UnsupportedCharacters.strip("Zoë")).isEqualTo("Zoë");
    }

    @Test
    void namesTheOffendingAttributesInOrder() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("firstName", "Ada");
        attributes.put("title", "Chief \uD83D\uDE80");
        attributes.put("nickName", null);
        attributes.put("city", "\uD83C\uDF0D");
        assertThat(UnsupportedCharacters.offending(attributes)).containsExactly("title", "city");
    }

    @Test
    void stripAllKeepsNulls() {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("title", "Chief \uD83D\uDE80");
        attributes.put("nickName", null);
        assertThat(UnsupportedCharacters.stripAll(attributes)).containsEntry("title", "Chief ").containsEntry("nickName", null);
    }
}
