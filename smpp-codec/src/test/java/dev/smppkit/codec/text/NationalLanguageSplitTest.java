package dev.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.DataCoding;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Choosing, writing and reading national language shift tables: goldens, segment counts and the UDH they need. */
class NationalLanguageSplitTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static TextCodec codec(NationalLanguage... allowed) {
        return TextCodec.builder()
                .referenceGenerator(ReferenceGenerator.sequential(0x1234))
                .nationalLanguages(NationalLanguages.allow(allowed))
                .build();
    }

    @Test
    void turkishLongMessageGolden() {
        // 160 × ğ: the Turkish locking shift carries it in one septet (0x0C); 155 would fit in one message behind the
        // 4-octet UDH of the shift IE alone, 149 fit in a segment behind a 9-octet UDH. UCS-2 would take 3 segments.
        List<Segment> segments = codec(NationalLanguage.TURKISH).split("ğ".repeat(160));

        assertThat(segments).hasSize(2);
        assertThat(HEX.formatHex(segments.get(0).bytes()))
                .isEqualTo(
                        "08" // UDHL: 8 octets follow
                                + "00033402" + "01" // concatenation, 8-bit reference 0x34, 2 segments, this is 1
                                + "250101" // locking shift IE, Turkish
                                + "0C".repeat(149));
        assertThat(HEX.formatHex(segments.get(1).bytes())).isEqualTo("08" + "0003340202" + "250101" + "0C".repeat(11));
        assertThat(segments).allSatisfy(s -> {
            assertThat(s.udhi()).isTrue();
            assertThat(s.dataCoding()).isEqualTo(DataCoding.SMSC_DEFAULT);
        });
        assertThat(reassemble(segments)).contains("ğ".repeat(160));
    }

    @Test
    void portugueseLongMessageGoldenUsesBothTables() {
        // ã is basic in the Portuguese locking table (0x7B); Φ, which that table drops, is ESC 0x12 in its single shift
        String text = "ã".repeat(200) + "Φ";
        TextCodec codec = TextCodec.builder()
                .concatMode(ConcatMode.UDH_16BIT)
                .referenceGenerator(ReferenceGenerator.sequential(0x1234))
                .nationalLanguages(NationalLanguages.allow(NationalLanguage.PORTUGUESE))
                .build();

        List<Segment> segments = codec.split(text);

        assertThat(segments).hasSize(2); // 145 septets behind a 13-octet UDH; UCS-2 would take 4 segments
        String udh = "0C" // UDHL: 12 octets follow
                + "0804123402" // concatenation, 16-bit reference 0x1234, 2 segments
                + "%s" // this segment's number
                + "250103" // locking shift IE, Portuguese
                + "240103"; // single shift IE, Portuguese
        assertThat(HEX.formatHex(segments.get(0).bytes())).isEqualTo(udh.formatted("01") + "7B".repeat(145));
        assertThat(HEX.formatHex(segments.get(1).bytes())).isEqualTo(udh.formatted("02") + "7B".repeat(55) + "1B12");
        assertThat(reassemble(segments)).contains(text);
        assertThat(codec.info(text).shiftTables())
                .isEqualTo(new ShiftTables(NationalLanguage.PORTUGUESE, NationalLanguage.PORTUGUESE));
    }

    @Test
    void aSingleMessageWithAShiftNeedsAUdhAndUdhi() {
        String text = "ã".repeat(100) + "Φ"; // both Portuguese tables: 102 septets, one message; UCS-2 needs 2

        List<Segment> segments = codec(NationalLanguage.PORTUGUESE).split(text);

        assertThat(segments).hasSize(1);
        Segment s = segments.get(0);
        assertThat(s.udhi()).isTrue();
        assertThat(s.esmClassBits()).isEqualTo(Segment.ESM_CLASS_UDHI);
        assertThat(HEX.formatHex(s.bytes())).isEqualTo("06" + "250103" + "240103" + "7B".repeat(100) + "1B12");
        assertThat(reassemble(segments)).contains(text);
    }

    @Test
    void turkishTextTakesOneSegmentWithTheTurkishTablesAndTwoInUcs2() {
        String text = "Günaydın! Bugün İstanbul'da hava çok güzel, ağaçlar yeşil. Akşam Şişli'de buluşalım mı?";
        assertThat(text).hasSizeGreaterThan(70).hasSizeLessThan(150);

        SegmentInfo plain = codec().info(text);
        SegmentInfo turkish = codec(NationalLanguage.TURKISH).info(text);

        assertThat(plain.encoding()).isEqualTo(Encoding.UCS2);
        assertThat(plain.segments()).isEqualTo(2);
        assertThat(turkish.encoding()).isEqualTo(Encoding.GSM7);
        assertThat(turkish.segments()).isEqualTo(1);
        assertThat(turkish.isSingle()).isTrue();
        // single and locking shift both take one segment here; the single shift, weighed first, is kept
        assertThat(turkish.shiftTables()).isEqualTo(new ShiftTables(null, NationalLanguage.TURKISH));
        assertThat(reassemble(codec(NationalLanguage.TURKISH).split(text))).contains(text);
    }

    @Test
    void spanishSingleShiftSavesSegments() {
        String text = "Información útil: la reunión será el miércoles a las cinco en la oficina de la organización.";
        assertThat(codec().info(text).segments()).isEqualTo(2);

        SegmentInfo info = codec(NationalLanguage.SPANISH).info(text);

        assertThat(info.segments()).isEqualTo(1);
        assertThat(info.shiftTables()).isEqualTo(new ShiftTables(null, NationalLanguage.SPANISH));
        assertThat(reassemble(codec(NationalLanguage.SPANISH).split(text))).contains(text);
    }

    @Test
    void aTieWithUcs2KeepsUcs2() {
        // two characters: one message either way, so UCS-2, which every handset reads
        SegmentInfo info = codec(NationalLanguage.TURKISH).info("ığ");
        assertThat(info.encoding()).isEqualTo(Encoding.UCS2);
        assertThat(info.shiftTables()).isEqualTo(ShiftTables.NONE);
    }

    @Test
    void textTheDefaultAlphabetCarriesStaysInIt() {
        List<Segment> segments =
                codec(NationalLanguage.TURKISH, NationalLanguage.PORTUGUESE).split("Hello {world}");
        assertThat(segments).hasSize(1);
        assertThat(segments.get(0).udhi()).isFalse();
        assertThat(segments.get(0).bytes()).hasSize(15);
    }

    @Test
    void aLanguageNotAllowedIsNotUsed() {
        String text = "ğ".repeat(150);
        SegmentInfo info = codec(NationalLanguage.PORTUGUESE).info(text);
        assertThat(info.encoding()).isEqualTo(Encoding.UCS2);
        assertThat(info.segments()).isEqualTo(3);
    }

    @Test
    void sarAndPayloadModesKeepTheDefaultTables() {
        String text = "ğ".repeat(150);
        TextCodec codec = codec(NationalLanguage.TURKISH);
        assertThat(codec.info(text, null, ConcatMode.SAR).encoding()).isEqualTo(Encoding.UCS2);
        assertThat(codec.info(text, null, ConcatMode.PAYLOAD).encoding()).isEqualTo(Encoding.UCS2);
    }

    @Test
    void forcedGsmUsesAnAllowedTableInsteadOfReplacing() {
        TextCodec codec = TextCodec.builder()
                .nationalLanguages(NationalLanguages.allow(NationalLanguage.TURKISH))
                .replaceUnencodable(true)
                .build();

        List<Segment> segments = codec.split("ığ", Encoding.GSM7);

        // single and locking shift tie at one segment; the single shift, checked first, is kept
        assertThat(HEX.formatHex(segments.get(0).bytes())).isEqualTo("03" + "240101" + "1B69" + "1B67");
    }

    @Test
    void packedSeptetsFollowTheShiftUdhAfterItsFillBits() {
        TextCodec codec = TextCodec.builder()
                .nationalLanguages(NationalLanguages.allow(NationalLanguage.TURKISH))
                .packGsm(true)
                .build();

        Segment s = codec.split("ığ", Encoding.GSM7).get(0);

        // a 4-octet UDH is 32 bits, so 3 fill bits reach the septet boundary at 35; then 1B 69 1B 67 LSB first:
        // D8 = 1B << 3; A4 = low bits of 69 << 2; 37 = 69 >> 6 | 1B << 1; 67
        assertThat(HEX.formatHex(s.bytes())).isEqualTo("03240101" + "D8A43767");
        Reassembler packed = Reassembler.builder().gsmPacked(true).build();
        Optional<ReassembledMessage> m = packed.offer("x", s.bytes(), s.udhi(), s.dataCoding());
        assertThat(m.flatMap(ReassembledMessage::text)).contains("ığ");
    }

    @Test
    void unknownLanguageIdentifiersDecodeWithTheDefaultTables() {
        byte[] sm = HEX.parseHex("06" + "25010D" + "240102" + "1B61" + "40");
        assertThat(TextCodec.shiftTables(sm)).isEqualTo(new ShiftTables(null, NationalLanguage.SPANISH));
        // a Spanish locking shift does not exist: ignored
        assertThat(TextCodec.shiftTables(HEX.parseHex("03250102"))).isEqualTo(ShiftTables.NONE);
        Optional<ReassembledMessage> m = Reassembler.builder().build().offer("x", sm, true, DataCoding.SMSC_DEFAULT);
        assertThat(m.flatMap(ReassembledMessage::text)).contains("á¡"); // 0x40 is ¡ in the default table
    }

    private static Optional<String> reassemble(List<Segment> segments) {
        Reassembler reassembler = Reassembler.builder().build();
        Optional<ReassembledMessage> whole = Optional.empty();
        for (Segment s : segments) {
            whole = reassembler.offer("491701", s.bytes(), s.udhi(), s.dataCoding());
        }
        return whole.flatMap(ReassembledMessage::text);
    }
}
