package dev.smppkit.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {
    @Test
    void escapesLineBreaksControlsAndBackslashes() {
        assertThat(LogText.escape("a\r\nb\tc\\d\u0000e\u0085f\u2028g"))
                .isEqualTo("a\\r\\nb\\tc\\\\d\\u0000e\\u0085f\\u2028g");
        assertThat(LogText.escape("plain é")).isEqualTo("plain é");
        assertThat(LogText.escape(null)).isEqualTo("null");
    }

    @Test
    void cutsLongText() {
        assertThat(LogText.escape("x".repeat(1000)))
                .hasSize(256 + " ...(1000 chars)".length() - 1)
                .endsWith("...(1000 chars)");
    }
}
