package dev.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GsmCharsetTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** 3GPP TS 23.038 §6.2.1, basic table, in septet order; index 0x1B is ESC. */
    static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅå"
            + "Δ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ"
            + " !\"#¤%&'()*+,-./"
            + "0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNO"
            + "PQRSTUVWXYZÄÖÑÜ§"
            + "¿abcdefghijklmno"
            + "pqrstuvwxyzäöñüà";

    /** 23.038 §6.2.1.1 extension table: character and its code after ESC. */
    static final String EXTENSION_CHARS = "\f^{}\\[~]|€";

    static final int[] EXTENSION_CODES = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};

    @Test
    void everyBasicCharacterRoundTripsUnpackedAndPacked() {
        for (int septet = 0; septet < 128; septet++) {
            if (septet == 0x1B) {
                continue; // ESC is not a character
            }
            String c = String.valueOf(BASIC.charAt(septet));
            byte[] unpacked = gsm(c);
            assertThat(unpacked).as("septet of %s", c).containsExactly(septet);
            assertThat(GsmCharset.decode(unpacked)).isEqualTo(c);
            for (int fill = 0; fill <= 6; fill++) {
                byte[] packed = GsmCharset.pack(unpacked, fill);
                assertThat(GsmCharset.decode(GsmCharset.unpack(packed, 0, packed.length, fill, 1)))
                        .as("%s packed after %d fill bits", c, fill)
                        .isEqualTo(c);
            }
        }
    }

    @Test
    void everyExtensionCharacterRoundTripsAsEscapePair() {
        for (int i = 0; i < EXTENSION_CHARS.length(); i++) {
            String c = String.valueOf(EXTENSION_CHARS.charAt(i));
            byte[] unpacked = gsm(c);
            assertThat(unpacked).as("septets of %s", c).containsExactly(0x1B, EXTENSION_CODES[i]);
            assertThat(TextCodec.builder().build().info(c).units()).isEqualTo(2);
            assertThat(GsmCharset.decode(unpacked)).isEqualTo(c);
            byte[] packed = GsmCharset.pack(unpacked, 1);
            assertThat(GsmCharset.decode(GsmCharset.unpack(packed, 1))).isEqualTo(c);
        }
    }

    @Test
    void wholeAlphabetRoundTripsInBothForms() {
        String all = BASIC.replace("\u001B", "") + EXTENSION_CHARS;
        byte[] unpacked = gsm(all);
        assertThat(unpacked).hasSize(127 + 2 * 10);
        assertThat(GsmCharset.decode(unpacked)).isEqualTo(all);
        for (int fill = 0; fill <= 6; fill++) {
            byte[] packed = GsmCharset.pack(unpacked, fill);
            assertThat(packed).hasSize((fill + 7 * unpacked.length + 7) / 8);
            assertThat(GsmCharset.decode(GsmCharset.unpack(packed, 0, packed.length, fill, unpacked.length)))
                    .isEqualTo(all);
        }
    }

    @ParameterizedTest(name = "\"{0}\" after {1} fill bits packs to {2}")
    @CsvSource({
        // The textbook example: 10 septets in 9 octets (23.038 §6.1.2.1.1 packing).
        "hellohello, 0, E8329BFD4697D9EC37",
        "Hello,      0, C8329BFD06",
        // 7 septets leave 7 spare bits, which carry CR (0x0D << 1 = 0x1A) rather than reading as '@'.
        "1234567,    0, 31D98C56B3DD1A",
        // 8 septets fill 7 octets exactly: no padding.
        "12345678,   0, 31D98C56B3DD70",
        // After the 6-octet 8-bit concatenation UDH one fill bit shifts every septet left by one (23.040 §9.2.3.24).
        "hello,      1, D06536FB0D",
        "Hi,         1, 9069",
    })
    void packsPublishedAndComputedVectors(String text, int fill, String hex) {
        byte[] packed = GsmCharset.pack(gsm(text), fill);
        assertThat(HEX.formatHex(packed)).isEqualTo(hex);
        assertThat(GsmCharset.decode(GsmCharset.unpack(packed, fill))).isEqualTo(text);
    }

    @ParameterizedTest(name = "UDH of {0} octets needs {1} fill bits")
    @CsvSource({"0, 0", "6, 1", "7, 0", "5, 2", "12, 2", "140, 0"})
    void fillBitsAlignTheTextToASeptetBoundary(int udhOctets, int fill) {
        assertThat(GsmCharset.fillBits(udhOctets)).isEqualTo(fill);
        assertThat((udhOctets * 8 + fill) % 7).isZero();
    }

    @Test
    void packedTextAfterAn8BitUdhStartsOnTheSeptetBoundary() {
        // 05 00 03 2A 02 01 + "hello" with 1 fill bit: a receiver skips 49 bits (7 septets) and reads "hello".
        byte[] udh = HEX.parseHex("0500032A0201");
        byte[] body = GsmCharset.pack(gsm("hello"), GsmCharset.fillBits(udh.length));
        byte[] userData = concat(udh, body);
        assertThat(HEX.formatHex(userData)).isEqualTo("0500032A0201D06536FB0D");
        byte[] septets = GsmCharset.unpack(userData, 0, userData.length, 0, 7 + 5);
        assertThat(GsmCharset.decode(septets, 7, 5)).isEqualTo("hello");
    }

    @Test
    void packedTextAfterA16BitUdhNeedsNoFillBits() {
        byte[] udh = HEX.parseHex("060804BEEF0201");
        byte[] body = GsmCharset.pack(gsm("hello"), GsmCharset.fillBits(udh.length));
        assertThat(HEX.formatHex(body)).isEqualTo("E8329BFD06");
        byte[] userData = concat(udh, body);
        byte[] septets = GsmCharset.unpack(userData, 0, userData.length, 0, 8 + 5);
        assertThat(GsmCharset.decode(septets, 8, 5)).isEqualTo("hello");
    }

    @Test
    void unpackWithKnownCountKeepsATrailingCrThatUnpackWithoutCountTakesForPadding() {
        byte[] packed = GsmCharset.pack(gsm("123456\r"), 0);
        assertThat(GsmCharset.decode(GsmCharset.unpack(packed, 0, packed.length, 0, 7)))
                .isEqualTo("123456\r");
        assertThat(GsmCharset.decode(GsmCharset.unpack(packed, 0))).isEqualTo("123456\r");
        byte[] padded = GsmCharset.pack(gsm("1234567"), 0);
        assertThat(GsmCharset.decode(GsmCharset.unpack(padded, 0))).isEqualTo("1234567");
        assertThat(GsmCharset.decode(GsmCharset.unpack(padded, 0, padded.length, 0, 8)))
                .isEqualTo("1234567\r");
    }

    @Test
    void decodingFollows23038ForUndefinedEscapes() {
        // ESC + 0x41 is not in the extension table: show the basic character 'A'.
        assertThat(GsmCharset.decode(new byte[] {0x1B, 0x41})).isEqualTo("A");
        // ESC ESC is reserved for a further table: a space; a lone trailing ESC too.
        assertThat(GsmCharset.decode(new byte[] {0x1B, 0x1B, 0x41})).isEqualTo(" A");
        assertThat(GsmCharset.decode(new byte[] {0x41, 0x1B})).isEqualTo("A ");
        // An octet with the high bit set is not a septet.
        assertThat(GsmCharset.decode(new byte[] {0x41, (byte) 0xE9})).isEqualTo("A\uFFFD");
    }

    @Test
    void rejectsCharactersOutsideTheAlphabetNamingThem() {
        assertThat(TextCodec.choose("Hello €")).isEqualTo(Encoding.GSM7);
        assertThat(TextCodec.choose("ça")).isEqualTo(Encoding.UCS2);
        assertThatThrownBy(() -> gsm("Caf\u00EA!"))
                .isInstanceOf(UnencodableCharacterException.class)
                .hasMessageContaining("'ê' (U+00EA) at index 3")
                .hasMessageContaining("GSM7")
                .satisfies(e -> {
                    UnencodableCharacterException u = (UnencodableCharacterException) e;
                    assertThat(u.index()).isEqualTo(3);
                    assertThat(u.codePoint()).isEqualTo(0xEA);
                    assertThat(u.encoding()).isEqualTo(Encoding.GSM7);
                });
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> GsmCharset.pack(new byte[1], 7)).hasMessageContaining("fillBits is 7; must be 0-6");
        assertThatThrownBy(() -> GsmCharset.unpack(new byte[2], 0, 2, 0, 3))
                .hasMessageContaining("septetCount is 3; 2 octets after 0 fill bits hold at most 2");
        assertThatThrownBy(() -> GsmCharset.fillBits(-1)).hasMessageContaining("udhOctets is -1");
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Unpacked septets, through the one public entry point. */
    private static byte[] gsm(String text) {
        return TextCodec.encode(text, Encoding.GSM7);
    }
}
