package dev.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link TextCodec}'s one scan and one write per segment give the same segments, octet for octet, as the plain way:
 * encode the whole text character by character, then cut the octets where the next character no longer fits, add the
 * UDH and pack. The reference below knows the GSM alphabet only through the decoder, so the encoder's lookup tables
 * are checked too.
 */
class OnePassPropertiesTest {
    /** GSM character to its unpacked septets (ESC first for the extension table), read off the decoder. */
    private static final Map<Character, byte[]> GSM = gsmFromDecoder();

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> gsm = Arbitraries.of(
                "a", "Z", " ", "0", "@", "€", "{", "}", "[", "]", "\\", "^", "~", "|", "\f", "\n", "é", "Ä", "ß", "Δ",
                "¿", "x");
        Arbitrary<String> latin1 = Arbitraries.of("ê", "ç", "©", "ô", "\u00FF");
        Arbitrary<String> other = Arbitraries.of("ж", "中", "ő", "\uD83D\uDE00", "\uD83C\uDDE9\uD83C\uDDEA");
        Arbitrary<String> broken = Arbitraries.of("\uD83D", "\uDE00"); // unpaired surrogates
        Arbitrary<String> mostlyGsm = Arbitraries.frequencyOf(
                        Tuple.of(40, gsm), Tuple.of(3, latin1), Tuple.of(3, other), Tuple.of(1, broken))
                .list()
                .ofMaxSize(700)
                .withSizeDistribution(RandomDistribution.uniform())
                .map(l -> String.join("", l));
        Arbitrary<String> gsmOnly = gsm.list()
                .ofMaxSize(700)
                .withSizeDistribution(RandomDistribution.uniform())
                .map(l -> String.join("", l));
        Arbitrary<String> mixed = Arbitraries.frequencyOf(
                        Tuple.of(5, gsm), Tuple.of(2, latin1), Tuple.of(3, other), Tuple.of(1, broken))
                .list()
                .ofMaxSize(300)
                .withSizeDistribution(RandomDistribution.uniform())
                .map(l -> String.join("", l));
        return Arbitraries.oneOf(mostlyGsm, gsmOnly, mixed);
    }

    @Provide
    Arbitrary<Encoding> encodings() {
        return Arbitraries.of(Encoding.values()).injectNull(0.4);
    }

    /** Mostly the default 255, sometimes a limit a long text exceeds. */
    @Provide
    Arbitrary<Integer> maxSegments() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(255)),
                Tuple.of(1, Arbitraries.integers().between(1, 6)));
    }

    @Property(seed = "20261202", tries = 1000)
    void splitEqualsEncodeWholeThenCut(
            @ForAll("texts") String text,
            @ForAll("encodings") Encoding forced,
            @ForAll ConcatMode mode,
            @ForAll boolean replace,
            @ForAll boolean pack,
            @ForAll("maxSegments") int maxSegments,
            @ForAll @IntRange(min = 0, max = 0xFFFF) int reference) {
        TextCodec codec = TextCodec.builder()
                .referenceGenerator(() -> reference)
                .replaceUnencodable(replace)
                .packGsm(pack)
                .maxSegments(maxSegments)
                .build();
        Encoding encoding = forced != null ? forced : everyCharIsGsm(text) ? Encoding.GSM7 : Encoding.UCS2;
        int bad = replace ? -1 : firstUnrepresentable(text, encoding);
        if (bad >= 0) {
            Statistics.collect("unencodable");
            assertThatThrownBy(() -> codec.split(text, forced, mode))
                    .isInstanceOfSatisfying(UnencodableCharacterException.class, e -> {
                        assertThat(e.index()).isEqualTo(bad);
                        assertThat(e.encoding()).isEqualTo(encoding);
                    });
            assertThatThrownBy(() -> TextCodec.encode(text, encoding))
                    .isInstanceOf(UnencodableCharacterException.class);
            return;
        }
        List<byte[]> chars = encodeCharByChar(text, encoding);
        assertThat(TextCodec.encode(text, encoding, replace)).isEqualTo(concat(chars, 0, chars.size()));

        boolean packed = pack && encoding == Encoding.GSM7;
        List<Segment> expected = cutAndWrap(chars, encoding, mode, packed, reference);
        if (expected.size() > maxSegments) {
            Statistics.collect("too long");
            assertThatThrownBy(() -> codec.split(text, forced, mode))
                    .isInstanceOfSatisfying(
                            MessageTooLongException.class,
                            e -> assertThat(e.needed()).isEqualTo(expected.size()));
            return;
        }
        Statistics.collect(encoding + (expected.size() > 1 ? " concatenated" : " single"));
        assertThat(codec.split(text, forced, mode)).containsExactlyElementsOf(expected);
        SegmentInfo info = codec.info(text, forced, mode);
        assertThat(info.encoding()).isEqualTo(encoding);
        assertThat(info.segments()).isEqualTo(expected.size());
        assertThat(info.units()).isEqualTo(units(chars, encoding));
    }

    /** The plain way: the whole text's per-character octets, cut greedily, each cut given its UDH and packed. */
    private static List<Segment> cutAndWrap(
            List<byte[]> chars, Encoding encoding, ConcatMode mode, boolean pack, int ref) {
        if (mode == ConcatMode.PAYLOAD) {
            byte[] body = concat(chars, 0, chars.size());
            byte[] octets = pack ? GsmCharset.pack(body, 0) : body;
            return List.of(new Segment(octets, false, encoding.dataCoding(), true, null, 1, 1));
        }
        List<Integer> cuts = new ArrayList<>(List.of(0));
        if (units(chars, encoding) > encoding.singleCapacity()) {
            int used = 0;
            for (int i = 0; i < chars.size(); i++) {
                int cost = units(chars.subList(i, i + 1), encoding);
                if (used + cost > encoding.segmentCapacity(mode)) {
                    cuts.add(i);
                    used = 0;
                }
                used += cost;
            }
        }
        cuts.add(chars.size());
        int total = cuts.size() - 1;
        List<Segment> segments = new ArrayList<>();
        for (int k = 0; k < total; k++) {
            byte[] udh = total == 1
                    ? new byte[0]
                    : switch (mode) {
                        case UDH_8BIT -> new byte[] {5, 0, 3, (byte) ref, (byte) total, (byte) (k + 1)};
                        case UDH_16BIT ->
                            new byte[] {6, 8, 4, (byte) (ref >> 8), (byte) ref, (byte) total, (byte) (k + 1)};
                        default -> new byte[0];
                    };
            byte[] body = concat(chars, cuts.get(k), cuts.get(k + 1));
            if (pack) {
                body = GsmCharset.pack(body, GsmCharset.fillBits(udh.length));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(udh);
            out.writeBytes(body);
            SarParameters sar = total > 1 && mode == ConcatMode.SAR ? new SarParameters(ref, total, k + 1) : null;
            segments.add(
                    new Segment(out.toByteArray(), udh.length > 0, encoding.dataCoding(), false, sar, k + 1, total));
        }
        return segments;
    }

    /** Each character's octets, a surrogate pair as one character; replacements already applied. */
    private static List<byte[]> encodeCharByChar(String text, Encoding encoding) {
        List<byte[]> chars = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int width =
                    Character.isSurrogatePair(text.charAt(i), i + 1 < text.length() ? text.charAt(i + 1) : 'x') ? 2 : 1;
            String c = text.substring(i, i + width);
            if (!carries(encoding, c)) {
                c = encoding == Encoding.UCS2 ? "\uFFFD" : substitute(c, encoding);
            }
            chars.add(
                    switch (encoding) {
                        case GSM7 -> GSM.get(c.charAt(0));
                        case UCS2 -> c.getBytes(StandardCharsets.UTF_16BE);
                        case IA5, LATIN1 -> new byte[] {(byte) c.charAt(0)};
                    });
            i += width;
        }
        return chars;
    }

    private static boolean carries(Encoding encoding, String c) {
        char first = c.charAt(0);
        return switch (encoding) {
            case GSM7 -> GSM.containsKey(first);
            case IA5 -> first < 0x80;
            case LATIN1 -> first <= 0xFF;
            case UCS2 -> c.length() == 2 || !Character.isSurrogate(first);
        };
    }

    private static String substitute(String c, Encoding encoding) {
        String base = Normalizer.normalize(c, Normalizer.Form.NFD).substring(0, 1);
        boolean useful = c.length() == 1 && !base.equals(c) && Character.isLetterOrDigit(base.charAt(0));
        return useful && carries(encoding, base) ? base : "?";
    }

    private static int firstUnrepresentable(String text, Encoding encoding) {
        for (int i = 0; i < text.length(); i++) {
            boolean pair = i + 1 < text.length() && Character.isSurrogatePair(text.charAt(i), text.charAt(i + 1));
            if (!carries(encoding, text.substring(i, pair ? i + 2 : i + 1))) {
                return i;
            }
            i += pair && encoding == Encoding.UCS2 ? 1 : 0;
        }
        return -1;
    }

    private static boolean everyCharIsGsm(String text) {
        return text.chars().allMatch(c -> GSM.containsKey((char) c));
    }

    private static int units(List<byte[]> chars, Encoding encoding) {
        int octets = chars.stream().mapToInt(b -> b.length).sum();
        return encoding == Encoding.UCS2 ? octets / 2 : octets;
    }

    private static byte[] concat(List<byte[]> chars, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chars.subList(from, to).forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static Map<Character, byte[]> gsmFromDecoder() {
        Map<Character, byte[]> map = new HashMap<>();
        for (int code = 0; code < 128; code++) {
            char basic = GsmCharset.decode(new byte[] {(byte) code}).charAt(0);
            char extension = GsmCharset.decode(new byte[] {0x1B, (byte) code}).charAt(0);
            if (code != 0x1B) {
                map.put(basic, new byte[] {(byte) code});
            }
            if (extension != basic) {
                map.put(extension, new byte[] {0x1B, (byte) code});
            }
        }
        return map;
    }
}
