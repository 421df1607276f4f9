package dev.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogSafeTest {
    @Test
    void plainTextIsKeptAsItIs() {
        assertThat(LogSafe.escape("smppclient1 +447700900001 id:0A1b")).isEqualTo("smppclient1 +447700900001 id:0A1b");
        assertThat(LogSafe.escape("Grüße, ça va? 日本 😀")).isEqualTo("Grüße, ça va? 日本 😀");
    }

    @Test
    void lineBreaksCannotForgeALogLine() {
        String forged = "esme\r\n2026-01-01 00:00:00 INFO bound as admin";
        String escaped = LogSafe.escape(forged);
        assertThat(escaped).isEqualTo("esme\\r\\n2026-01-01 00:00:00 INFO bound as admin");
        assertThat(escaped).doesNotContain("\r").doesNotContain("\n");
    }

    @Test
    void controlCharactersBecomeHexEscapes() {
        assertThat(LogSafe.escape("a\u0000b\u001b[31mc\u007fd\u0085e\tf"))
                .isEqualTo("a\\x00b\\x1B[31mc\\x7Fd\\x85e\\tf");
    }

    @Test
    void invisibleUnicodeBecomesUnicodeEscapes() {
        // line separator, right-to-left override, zero-width space, a lone surrogate, private use
        assertThat(LogSafe.escape("a\u2028b\u202Ec\u200Bd\uD800e\uE000"))
                .isEqualTo("a\\u2028b\\u202Ec\\u200Bd\\uD800e\\uE000");
        // a supplementary format character (language tag) is escaped as its two surrogates
        assertThat(LogSafe.escape("x\uDB40\uDC01")).isEqualTo("x\\uDB40\\uDC01");
    }

    @Test
    void aBackslashIsDoubledSoThatEscapesAreUnambiguous() {
        assertThat(LogSafe.escape("a\\nb")).isEqualTo("a\\\\nb");
        assertThat(LogSafe.escape("a\nb")).isEqualTo("a\\nb");
    }

    @Test
    void longInputIsCutWithAMarker() {
        String escaped = LogSafe.escape("x".repeat(10_000));
        assertThat(escaped).isEqualTo("x".repeat(LogSafe.DEFAULT_MAX_CHARS) + "...[+" + (10_000 - 256) + " chars]");
        assertThat(LogSafe.escape("abcdef", 3)).isEqualTo("abc...[+3 chars]");
        assertThat(LogSafe.escape("abc", 3)).isEqualTo("abc");
        assertThat(LogSafe.escape("ab\ncd", 0)).isEqualTo("...[+5 chars]");
    }

    @Test
    void aSurrogatePairIsNotSplitIntoAnUnpairedHalfSilently() {
        // cut between the two halves of 😀: the lone high surrogate is escaped, never emitted raw
        assertThat(LogSafe.escape("a😀", 2)).isEqualTo("a\\uD83D...[+1 chars]");
    }

    @Test
    void nullIsTheWordNull() {
        assertThat(LogSafe.escape(null)).isEqualTo("null");
        assertThat(LogSafe.lazy(null)).hasToString("null");
    }

    @Test
    void lazyEscapesOnlyWhenFormatted() {
        StringBuilder text = new StringBuilder("a");
        Object lazy = LogSafe.lazy(text);
        text.append("\nb"); // formatted later, as slf4j would
        assertThat(lazy).hasToString("a\\nb");
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThatThrownBy(() -> LogSafe.escape("a", -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxChars");
    }
}
