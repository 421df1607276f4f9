package dev.smppkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.text.Encoding;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReplaceRequestTest {
    @Test
    void encodesGsmTextUnpackedInOneShortMessage() {
        ReplaceRequest r = ReplaceRequest.builder().text("Hello").build();
        assertThat(r.encoding()).isEqualTo(Encoding.GSM7);
        assertThat(r.dataCoding()).isEqualTo(DataCoding.SMSC_DEFAULT);
        assertThat(r.shortMessage()).isEqualTo("Hello".getBytes(StandardCharsets.US_ASCII));
        assertThat(r.scheduleDeliveryTime()).isEmpty();
        assertThat(r.validityPeriod()).isEmpty();
        assertThat(r.requestReceipt()).isFalse();
    }

    @Test
    void choosesUcs2LikeASubmitAndHonoursAForcedEncoding() {
        assertThat(ReplaceRequest.builder().text("Привет").build().encoding()).isEqualTo(Encoding.UCS2);
        ReplaceRequest forced =
                ReplaceRequest.builder().text("Hi").encoding(Encoding.UCS2).build();
        assertThat(forced.shortMessage()).containsExactly(0, 'H', 0, 'i');
    }

    @Test
    void aFullSingleMessageFitsAndOneMoreCharacterSaysWhy() {
        assertThat(ReplaceRequest.builder().text("x".repeat(160)).build().shortMessage())
                .hasSize(160);
        assertThatThrownBy(() -> ReplaceRequest.builder().text("x".repeat(161)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs 2 segments in GSM7")
                .hasMessageContaining("at most 160")
                .hasMessageContaining("replace_sm carries a single short_message");
        assertThatThrownBy(() -> ReplaceRequest.builder().text("ж".repeat(71)).build())
                .hasMessageContaining("UCS2")
                .hasMessageContaining("at most 70");
    }

    @Test
    void aTextFarTooLongIsRefusedWithoutSplittingIt() {
        assertThatThrownBy(
                        () -> ReplaceRequest.builder().text("x".repeat(60_000)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("single short_message");
    }

    @Test
    void unencodableCharactersFailUnlessReplaced() {
        assertThatThrownBy(() -> ReplaceRequest.builder()
                        .text("naïve ☃")
                        .encoding(Encoding.GSM7)
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ReplaceRequest.builder()
                        .text("naïve ☃")
                        .encoding(Encoding.GSM7)
                        .replaceUnencodable(true)
                        .build()
                        .shortMessage())
                .hasSize(7);
    }

    @Test
    void textIsRequired() {
        assertThatThrownBy(() -> ReplaceRequest.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text is required");
        assertThatThrownBy(() -> ReplaceRequest.builder().text(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void keepsTimesAndReceipt() {
        SmppTime in = SmppTime.relative(Duration.ofMinutes(10));
        SmppTime valid = SmppTime.relative(Duration.ofHours(1));
        ReplaceRequest r = ReplaceRequest.builder()
                .text("")
                .scheduleDeliveryTime(in)
                .validityPeriod(valid)
                .requestReceipt(true)
                .build();
        assertThat(r.shortMessage()).isEmpty();
        assertThat(r.scheduleDeliveryTime()).contains(in);
        assertThat(r.validityPeriod()).contains(valid);
        assertThat(r.requestReceipt()).isTrue();
    }
}
