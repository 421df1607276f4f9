package dev.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.codec.DataCoding;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TextCodecSplitTest {
    private static final String EMOJI = "\uD83D\uDE00";

    private final TextCodec splitter = TextCodec.builder()
            .referenceGenerator(ReferenceGenerator.sequential(0x1234))
            .build();

    @Test
    void exactly160GsmCharactersIsOneSegmentWithoutUdh() {
        List<Segment> segments = splitter.split("a".repeat(160));
        assertThat(segments).hasSize(1);
        Segment s = segments.get(0);
        assertThat(s.length()).isEqualTo(160);
        assertThat(s.udhi()).isFalse();
        assertThat(s.esmClassBits()).isZero();
        assertThat(s.sar()).isEmpty();
        assertThat(s.inMessagePayload()).isFalse();
        assertThat(s.dataCoding()).isEqualTo(DataCoding.SMSC_DEFAULT);
        assertThat(s.number()).isEqualTo(1);
        assertThat(s.total()).isEqualTo(1);
    }

    @Test
    void gsmCharacter161SplitsIntoTwoSegmentsBehindAn8BitReferenceUdh() {
        List<Segment> segments = splitter.split("a".repeat(161));
        assertThat(segments).hasSize(2);
        assertThat(segments).allSatisfy(s -> assertThat(s.udhi()).isTrue());
        assertThat(segments).allSatisfy(s -> assertThat(s.esmClassBits()).isEqualTo(0x40));
        // 05 00 03 RR TT NN: UDHL 5, IEI 0 (8-bit reference), IEDL 3, low byte of the reference, total, number
        assertThat(udh(segments.get(0))).containsExactly(0x05, 0x00, 0x03, 0x34, 0x02, 0x01);
        assertThat(udh(segments.get(1))).containsExactly(0x05, 0x00, 0x03, 0x34, 0x02, 0x02);
        assertThat(segments.get(0).length()).isEqualTo(6 + 153);
        assertThat(segments.get(1).length()).isEqualTo(6 + 8);
        assertThat(segments.get(1).number()).isEqualTo(2);
        assertThat(segments.get(1).total()).isEqualTo(2);
    }

    @Test
    void exactly70Ucs2UnitsIsOneSegmentAnd71AreTwo() {
        List<Segment> one = splitter.split("ж".repeat(70));
        assertThat(one).hasSize(1);
        assertThat(one.get(0).length()).isEqualTo(140);
        assertThat(one.get(0).dataCoding()).isEqualTo(DataCoding.UCS2);

        List<Segment> two = splitter.split("ж".repeat(71));
        assertThat(two).hasSize(2);
        assertThat(two.get(0).length()).isEqualTo(6 + 67 * 2);
        assertThat(two.get(1).length()).isEqualTo(6 + 4 * 2);
    }

    @Test
    void anEscapePairThatWouldStraddlePosition153MovesToTheNextSegment() {
        // septets 1-152 'a', then ESC at 153 and its code at 154: the pair must not be cut
        List<Segment> segments = splitter.split("a".repeat(152) + "€" + "b".repeat(10));
        assertThat(segments).hasSize(2);
        assertThat(body(segments.get(0))).hasSize(152).doesNotContain(0x1B);
        assertThat(body(segments.get(1))).startsWith(0x1B, 0x65).hasSize(12);

        // one character earlier the pair fits at 152-153 and the segment is full
        List<Segment> fits = splitter.split("a".repeat(151) + "€" + "b".repeat(10));
        assertThat(body(fits.get(0))).hasSize(153).endsWith(0x1B, 0x65);
    }

    @Test
    void anEmojiThatWouldStraddleUnit67MovesToTheNextSegment() {
        List<Segment> segments = splitter.split("ж".repeat(66) + EMOJI + "ж".repeat(10));
        assertThat(segments).hasSize(2);
        assertThat(body(segments.get(0))).hasSize(66 * 2);
        assertThat(body(segments.get(1))).startsWith(0xD8, 0x3D, 0xDE, 0x00).hasSize(2 * 12);
        for (Segment s : segments) {
            String part = TextCodec.decode(body(s), s.dataCoding(), DataCoding.SMSC_DEFAULT);
            assertThat(part).doesNotContain("\uFFFD"); // each segment decodes on its own
        }
    }

    @Test
    void sarModePutsNoUdhInTheMessageAndLeavesRoomForTheOneTheSmscAdds() {
        List<Segment> segments = splitter.split("a".repeat(161), null, ConcatMode.SAR);
        assertThat(segments).hasSize(2);
        assertThat(segments).allSatisfy(s -> assertThat(s.udhi()).isFalse());
        assertThat(segments.get(0).length()).isEqualTo(152); // the SMSC's UDH carries a 16-bit reference
        assertThat(segments.get(1).length()).isEqualTo(9);
        assertThat(segments.get(0).sar()).contains(new SarParameters(0x1234, 2, 1));
        assertThat(segments.get(1).sar()).contains(new SarParameters(0x1234, 2, 2));
        assertThat(splitter.split("short", null, ConcatMode.SAR).get(0).sar()).isEmpty();
    }

    @Test
    void payloadModeSendsOnePduWithTheWholeText() {
        String text = "long text ".repeat(100);
        List<Segment> segments = splitter.split(text, null, ConcatMode.PAYLOAD);
        assertThat(segments).hasSize(1);
        Segment s = segments.get(0);
        assertThat(s.inMessagePayload()).isTrue();
        assertThat(s.udhi()).isFalse();
        assertThat(s.sar()).isEmpty();
        assertThat(TextCodec.decode(s.bytes(), s.dataCoding(), DataCoding.SMSC_DEFAULT))
                .isEqualTo(text);
        assertThatThrownBy(() -> splitter.split("ж".repeat(40_000), null, ConcatMode.PAYLOAD))
                .isInstanceOf(MessageTooLongException.class)
                .hasMessageContaining("80000 octets exceeds message_payload's 65535");
        assertThatThrownBy(() -> splitter.info("ж".repeat(40_000), null, ConcatMode.PAYLOAD))
                .isInstanceOf(MessageTooLongException.class);
        assertThat(splitter.info(text, null, ConcatMode.PAYLOAD).segments()).isEqualTo(1);
    }

    @Test
    void segmentsNeverExposeTheirOctets() {
        Segment s = splitter.split("abc").get(0);
        s.bytes()[0] = 'X';
        assertThat(s.bytes()).containsExactly('a', 'b', 'c');
        assertThat(s.asReadOnlyBuffer().isReadOnly()).isTrue();
        assertThat(s.asReadOnlyBuffer().remaining()).isEqualTo(3);
        assertThat(s)
                .isEqualTo(splitter.split("abc").get(0))
                .hasSameHashCodeAs(splitter.split("abc").get(0));
        assertThat(s.toString()).isEqualTo("Segment[1/1, 3 octets, data_coding=SMSC_DEFAULT]");
    }

    @Test
    void sixteenBitReferenceUdhCarriesBothReferenceOctets() {
        List<Segment> segments = splitter.split("a".repeat(200), null, ConcatMode.UDH_16BIT);
        assertThat(udh(segments.get(0))).containsExactly(0x06, 0x08, 0x04, 0x12, 0x34, 0x02, 0x01);
        assertThat(body(segments.get(0))).hasSize(152);
        assertThat(body(segments.get(1))).hasSize(48);
    }

    @Test
    void tooManySegmentsIsAClearError() {
        TextCodec three = TextCodec.builder().maxSegments(3).build();
        assertThat(three.split("a".repeat(153 * 3))).hasSize(3);
        assertThatThrownBy(() -> three.split("a".repeat(153 * 3 + 1)))
                .isInstanceOf(MessageTooLongException.class)
                .hasMessage("message of 460 GSM septets needs 4 segments of 153 (UDH_8BIT); maxSegments is 3")
                .satisfies(
                        e -> assertThat(((MessageTooLongException) e).needed()).isEqualTo(4));
        assertThat(splitter.split("a".repeat(153 * 255))).hasSize(255);
        assertThatThrownBy(() -> splitter.split("a".repeat(153 * 255 + 1)))
                .hasMessageContaining("needs 256 segments")
                .hasMessageContaining("maxSegments is 255");
        assertThatThrownBy(() -> TextCodec.builder().maxSegments(256)).hasMessage("maxSegments is 256; must be 1-255");
    }

    @Test
    void drawsAReferenceOnlyForConcatenatedMessagesAndKeepsItsLowBits() {
        AtomicInteger calls = new AtomicInteger();
        TextCodec s = TextCodec.builder()
                .referenceGenerator(() -> {
                    calls.incrementAndGet();
                    return 0x1FF;
                })
                .build();
        s.split("short");
        assertThat(calls).hasValue(0);
        assertThat(udh(s.split("a".repeat(200)).get(0))[3]).isEqualTo((byte) 0xFF);
        assertThat(calls).hasValue(1);
    }

    @Test
    void packedGsmFillsEverySegmentTo140OctetsBehindTheUdh() {
        TextCodec packed = TextCodec.builder().packGsm(true).build();
        String text = "x".repeat(153) + "hello world";
        List<Segment> segments = packed.split(text);
        assertThat(segments.get(0).length()).isEqualTo(140); // 6 octets UDH + 1 fill bit + 153 septets
        byte[] second = segments.get(1).bytes();
        byte[] septets = GsmCharset.unpack(Arrays.copyOfRange(second, 6, second.length), GsmCharset.fillBits(6));
        assertThat(GsmCharset.decode(septets)).isEqualTo("hello world");
        assertThat(packed.split("a".repeat(160)).get(0).length()).isEqualTo(140);
    }

    @Test
    void binaryDataPassesThroughUntouched() {
        byte[] data = new byte[300];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        List<Segment> segments = splitter.splitBinary(data, DataCoding.BINARY, ConcatMode.UDH_8BIT);
        assertThat(segments).extracting(s -> body(s).length).containsExactly(134, 134, 32);
        assertThat(segments).allSatisfy(s -> assertThat(s.dataCoding()).isEqualTo(DataCoding.BINARY));
        byte[] joined = new byte[0];
        for (Segment s : segments) {
            joined = GsmCharsetTest.concat(joined, body(s));
        }
        assertThat(joined).isEqualTo(data);
        assertThat(splitter.splitBinary(new byte[140], DataCoding.BINARY, ConcatMode.UDH_8BIT))
                .hasSize(1);
        assertThat(splitter.splitBinary(new byte[0], DataCoding.BINARY, ConcatMode.UDH_8BIT))
                .hasSize(1);
    }

    @Test
    void infoTellsSegmentsAndCodingBeforeSending() {
        assertThat(splitter.info("a".repeat(160)))
                .isEqualTo(new SegmentInfo(Encoding.GSM7, 1, 160, 160, ConcatMode.UDH_8BIT));
        assertThat(splitter.info("€".repeat(81)))
                .isEqualTo(new SegmentInfo(Encoding.GSM7, 2, 162, 153, ConcatMode.UDH_8BIT));
        assertThat(splitter.info("Привет " + EMOJI))
                .isEqualTo(new SegmentInfo(Encoding.UCS2, 1, 9, 70, ConcatMode.UDH_8BIT));
        assertThat(splitter.info("ж".repeat(71), null, ConcatMode.SAR))
                .isEqualTo(new SegmentInfo(Encoding.UCS2, 2, 71, 66, ConcatMode.SAR));
        assertThat(splitter.info("a".repeat(161), Encoding.LATIN1, ConcatMode.UDH_16BIT))
                .isEqualTo(new SegmentInfo(Encoding.LATIN1, 2, 161, 133, ConcatMode.UDH_16BIT));
        SegmentInfo info = splitter.info("a".repeat(152) + "€" + "b");
        assertThat(info.segments())
                .isEqualTo(splitter.split("a".repeat(152) + "€" + "b").size());
        assertThat(info.dataCoding()).isEqualTo(DataCoding.SMSC_DEFAULT);
        assertThat(info.isSingle()).isTrue();
    }

    @Test
    void forcedEncodingAndReplacement() {
        assertThat(splitter.split("Café", Encoding.LATIN1).get(0).bytes()).containsExactly(0x43, 0x61, 0x66, 0xE9);
        assertThatThrownBy(() -> splitter.split("Zoë", Encoding.GSM7))
                .isInstanceOf(UnencodableCharacterException.class)
                .hasMessageContaining("'ë' (U+00EB) at index 2");
        TextCodec replacing = TextCodec.builder().replaceUnencodable(true).build();
        assertThat(replacing.split("Zoë", Encoding.GSM7).get(0).bytes()).containsExactly(0x5A, 0x6F, 0x65);
    }

    @Test
    void emptyTextIsOneEmptySegment() {
        assertThat(splitter.split(""))
                .singleElement()
                .satisfies(s -> assertThat(s.length()).isZero());
    }

    static byte[] udh(Segment s) {
        byte[] b = s.bytes();
        return Arrays.copyOf(b, 1 + (b[0] & 0xFF));
    }

    static byte[] body(Segment s) {
        byte[] b = s.bytes();
        int offset = s.udhi() ? 1 + (b[0] & 0xFF) : 0;
        return Arrays.copyOfRange(b, offset, b.length);
    }
}
