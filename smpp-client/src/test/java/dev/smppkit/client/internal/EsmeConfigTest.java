package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.OutbindOptions;
import dev.smppkit.codec.text.LogSafe;
import org.junit.jupiter.api.Test;

/** A config is logged whole, so its toString must not carry a password. */
class EsmeConfigTest {
    @Test
    void toStringMasksTheBindPassword() {
        TestConfig t = new TestConfig();
        t.systemId = "esme01";
        t.password = "s3cr3t";
        String text = t.build().toString();
        assertThat(text)
                .contains("systemId=esme01", "password=" + LogSafe.MASK, "window=")
                .doesNotContain("s3cr3t");
    }

    @Test
    void toStringMasksTheOutbindPassword() {
        TestConfig t = new TestConfig();
        t.password = "bindpw";
        t.outbindOptions = OutbindOptions.builder().password("obpw99").build();
        EsmeConfig config = t.build();
        assertThat(config.toString())
                .contains("outbindOptions=OutbindOptions(password=" + LogSafe.MASK)
                .doesNotContain("bindpw")
                .doesNotContain("obpw99");
        assertThat(config.outbindOptions().toString()).doesNotContain("obpw99");
    }

    @Test
    void anEmptyPasswordIsShownEmpty() {
        TestConfig t = new TestConfig();
        t.password = "";
        assertThat(t.build().toString()).contains("password=,");
    }
}
