package dev.smppkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.codec.Address;
import dev.smppkit.testkit.internal.cli.DurationConverter;
import dev.smppkit.testkit.internal.cli.Statuses;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AddressesTest {
    @Test
    void theFormsOfAnAddress() {
        assertThat(Addresses.parse("+447700900123")).isEqualTo(Address.international("447700900123"));
        assertThat(Addresses.parse("447700900123")).isEqualTo(Address.international("447700900123"));
        assertThat(Addresses.parse("12345")).isEqualTo(Address.shortCode("12345"));
        assertThat(Addresses.parse("ACME")).isEqualTo(Address.alphanumeric("ACME"));
        assertThat(Addresses.parse("2:1:07700900123")).isEqualTo(Address.of(2, 1, "07700900123"));
        assertThat(Addresses.format(Address.international("447700900123"))).isEqualTo("+447700900123");
        assertThatThrownBy(() -> Addresses.parse("A VERY LONG SENDER")).hasMessageContaining("at most 11");
        assertThatThrownBy(() -> Addresses.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void durations() {
        DurationConverter c = new DurationConverter();
        assertThat(c.convert("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(c.convert("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(c.convert("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(c.convert("1500")).isEqualTo(Duration.ofMillis(1500));
        assertThat(c.convert("PT1M")).isEqualTo(Duration.ofMinutes(1));
        assertThatThrownBy(() -> c.convert("soon")).isInstanceOf(CommandLine.TypeConversionException.class);
        assertThat(DurationConverter.format(Duration.ofSeconds(30))).isEqualTo("30s");
        assertThat(DurationConverter.format(Duration.ofMillis(300))).isEqualTo("300ms");
    }

    @Test
    void statuses() {
        assertThat(Statuses.parse("ESME_RINVDSTADR").code()).isEqualTo(0x0B);
        assertThat(Statuses.parse("rthrottled").code()).isEqualTo(0x58);
        assertThat(Statuses.parse("0x45").code()).isEqualTo(0x45);
        assertThat(Statuses.parse("8").code()).isEqualTo(8);
        assertThatThrownBy(() -> Statuses.parse("ESME_RNOPE")).isInstanceOf(IllegalArgumentException.class);
    }
}
