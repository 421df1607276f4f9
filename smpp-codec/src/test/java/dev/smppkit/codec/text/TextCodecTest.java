package dev.smppkit.codec.text;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.codec.DataCoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCodecTest {
    private static final String EMOJI = "\uD83D\uDE00"; // U+1F600, a surrogate pair

    @Test
    void choosesGsmWhenEveryCharacterIsInTheTableIncludingExtensions() {
        assertThat(TextCodec.choose("Hello [world] {€5} ~ ^ | \\")).isEqualTo(Encoding.GSM7);
        assertThat(TextCodec.choose("Ünïcödé")).isEqualTo(Encoding.UCS2); // ï is not in GSM
        assertThat(TextCodec.choose("ça va")).isEqualTo(Encoding.UCS2); // only capital Ç is
        assertThat(TextCodec.choose("Привет")).isEqualTo(Encoding.UCS2);
        assertThat(TextCodec.choose("ok " + EMOJI)).isEqualTo(Encoding.UCS2);
        assertThat(TextCodec.choose("")).isEqualTo(Encoding.GSM7);
    }

    @Test
    void encodesEachCodingOnTheWire() {
        assertThat(TextCodec.encode("A€", Encoding.GSM7)).containsExactly(0x41, 0x1B, 0x65);
        assertThat(TextCodec.encode("A" + EMOJI, Encoding.UCS2)).containsExactly(0x00, 0x41, 0xD8, 0x3D, 0xDE, 0x00);
        assertThat(TextCodec.encode("Café", Encoding.LATIN1)).containsExactly(0x43, 0x61, 0x66, 0xE9);
        assertThat(TextCodec.encode("Cafe@", Encoding.IA5)).containsExactly(0x43, 0x61, 0x66, 0x65, 0x40);
    }

    @Test
    void aForcedCodingRejectsWhatItCannotRepresentNamingCharacterAndIndex() {
        assertThatThrownBy(() -> TextCodec.encode("Pay €5", Encoding.LATIN1))
                .isInstanceOf(UnencodableCharacterException.class)
                .hasMessage("character '€' (U+20AC) at index 4 cannot be encoded in LATIN1;"
                        + " choose another encoding or ask for replacement");
        assertThatThrownBy(() -> TextCodec.encode("smile " + EMOJI, Encoding.GSM7))
                .isInstanceOf(UnencodableCharacterException.class)
                .hasMessageContaining("(U+1F600) at index 6");
        assertThatThrownBy(() -> TextCodec.encode("x\uD83D", Encoding.UCS2))
                .hasMessageContaining("unpaired surrogate U+D83D at index 1");
        assertThatThrownBy(() -> TextCodec.encode("é", Encoding.IA5)).hasMessageContaining("at index 0");
    }

    @Test
    void replacementIsOnlyOnRequestAndPrefersTheBaseLetter() {
        assertThat(TextCodec.decode(
                        TextCodec.encode("Crème brûlée " + EMOJI, Encoding.GSM7, true),
                        DataCoding.SMSC_DEFAULT,
                        DataCoding.SMSC_DEFAULT))
                .isEqualTo("Crème brulée ?"); // è and é are GSM; û is not and becomes u; the emoji one '?'
        assertThat(new String(TextCodec.encode("€1 naïve", Encoding.LATIN1, true), ISO_8859_1))
                .isEqualTo("?1 naïve");
        assertThat(new String(TextCodec.encode("naïve", Encoding.IA5, true), ISO_8859_1))
                .isEqualTo("naive");
        assertThat(new String(TextCodec.encode("a\uDE00b", Encoding.UCS2, true), UTF_16BE))
                .isEqualTo("a\uFFFDb");
    }

    @ParameterizedTest(name = "data_coding {0} with SMSC default {1}")
    @CsvSource({
        // data_coding 0 follows the SMSC default configured for the connection
        "0, 0, 48 65 6C 6C 6F 1B 65, Hello€",
        "0, 3, 48 E9 6C 6C F6, Héllö",
        "0, 1, 48 65 6C 6C 6F, Hello",
        "1, 0, 48 65 6C 6C 6F, Hello",
        "3, 0, 43 61 66 E9, Café",
        "8, 0, 04 1F 04 40 00 21, Пр!",
        // 23.038 coding groups that SMSCs pass through: 0xF0 class 0 GSM, 0x11 general GSM class 1,
        // 0x18 general UCS-2 class 0 (flash), 0xE0 MWI store UCS-2, 0xC0 MWI discard GSM
        "240, 0, 48 69, Hi",
        "17, 0, 48 69, Hi",
        "24, 0, 00 48 00 69, Hi",
        "224, 0, 00 48 00 69, Hi",
        "192, 0, 48 69, Hi",
        "6, 0, BF E0 DE, Про",
    })
    void decodesByDataCoding(int dc, int smscDefault, String hex, String expected) {
        byte[] body = java.util.HexFormat.ofDelimiter(" ").parseHex(hex);
        assertThat(TextCodec.isText(DataCoding.of(dc), DataCoding.of(smscDefault)))
                .isTrue();
        assertThat(TextCodec.decode(body, DataCoding.of(dc), DataCoding.of(smscDefault)))
                .isEqualTo(expected);
    }

    @Test
    void decodesASliceAndSurrogatePairs() {
        byte[] ucs2 = ("x" + EMOJI).getBytes(UTF_16BE);
        assertThat(TextCodec.decode(ucs2, DataCoding.UCS2, DataCoding.SMSC_DEFAULT))
                .isEqualTo("x" + EMOJI);
        assertThat(TextCodec.decode(ucs2, 2, 4, DataCoding.UCS2, DataCoding.SMSC_DEFAULT))
                .isEqualTo(EMOJI);
    }

    @ParameterizedTest(name = "data_coding {0} is not text")
    @CsvSource({"4", "2", "244", "9", "52", "128"})
    void refusesToDecodeBinaryCompressedAndReservedCodings(int dc) {
        assertThat(TextCodec.isText(DataCoding.of(dc), DataCoding.SMSC_DEFAULT)).isFalse();
        assertThatThrownBy(() -> TextCodec.decode(new byte[] {1}, DataCoding.of(dc), DataCoding.SMSC_DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("read the octets instead");
    }
}
