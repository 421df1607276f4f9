package dev.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.DataCoding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Split → shuffle (with repeats) → reassemble gives back the original, for every mode and encoding. */
class SplitReassemblePropertiesTest {
    /** GSM basic and extension characters, Latin-1 letters outside GSM, Cyrillic, and characters outside the BMP. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> gsm = Arbitraries.of(
                "a", "Z", " ", "0", "@", "€", "{", "}", "[", "]", "\\", "^", "~", "|", "\f", "\n", "é", "Ä", "ß", "Δ",
                "¿");
        Arbitrary<String> other = Arbitraries.of("ê", "ç", "ж", "中", "\uD83D\uDE00", "\uD83C\uDDE9\uD83C\uDDEA");
        Arbitrary<String> gsmOnly = gsm.list().ofMaxSize(700).map(l -> String.join("", l));
        Arbitrary<String> mixed = Arbitraries.frequencyOf(Tuple.of(9, gsm), Tuple.of(1, other))
                .list()
                .ofMaxSize(400)
                .map(l -> String.join("", l));
        return Arbitraries.oneOf(gsmOnly, mixed);
    }

    @Property(seed = "20240601", tries = 300)
    void splitShuffleReassembleIsTheOriginal(
            @ForAll("texts") String text,
            @ForAll ConcatMode mode,
            @ForAll boolean packGsm,
            @ForAll @IntRange(min = 0, max = 0xFFFF) int reference,
            @ForAll long shuffleSeed) {
        TextCodec splitter = TextCodec.builder()
                .referenceGenerator(() -> reference)
                .packGsm(packGsm)
                .build();
        List<Segment> segments = splitter.split(text, null, mode);
        assertThat(segments).hasSize(splitter.info(text, null, mode).segments());
        for (Segment s : segments) {
            assertWithinCapacity(s, mode, packGsm);
        }

        Random random = new Random(shuffleSeed);
        List<Segment> arrivals = new ArrayList<>(segments);
        if (segments.size() > 1) {
            arrivals.add(segments.get(random.nextInt(segments.size()))); // an SMSC resending one
        }
        Collections.shuffle(arrivals, random);

        Reassembler reassembler = Reassembler.builder().gsmPacked(packGsm).build();
        List<ReassembledMessage> complete = new ArrayList<>();
        for (Segment s : arrivals) {
            SarParameters sar = s.sar().orElse(null);
            reassembler
                    .offer("origin", s.bytes(), s.udhi(), s.dataCoding(), sar)
                    .ifPresent(complete::add);
        }
        assertThat(complete).singleElement().satisfies(m -> {
            assertThat(m.text()).contains(text);
            assertThat(m.segments()).isEqualTo(segments.size());
        });
        assertThat(reassembler.pendingCount()).isZero();
    }

    @Property(seed = "7", tries = 200)
    void packThenUnpackIsIdentity(
            @ForAll @Size(max = 400) List<@IntRange(min = 0, max = 127) Integer> values,
            @ForAll @IntRange(min = 0, max = 6) int fill) {
        byte[] septets = new byte[values.size()];
        for (int i = 0; i < septets.length; i++) {
            septets[i] = (byte) (int) values.get(i);
        }
        byte[] packed = GsmCharset.pack(septets, fill);
        assertThat(packed).hasSize((fill + 7 * septets.length + 7) / 8);
        assertThat(GsmCharset.unpack(packed, 0, packed.length, fill, septets.length))
                .isEqualTo(septets);
    }

    private static void assertWithinCapacity(Segment s, ConcatMode mode, boolean packed) {
        if (mode == ConcatMode.PAYLOAD) {
            assertThat(s.inMessagePayload()).isTrue();
            return;
        }
        boolean ucs2 = s.dataCoding() == DataCoding.UCS2;
        assertThat(s.length()).isLessThanOrEqualTo(ucs2 || packed ? 140 : 160);
        byte[] b = s.bytes();
        int udh = s.udhi() ? 1 + (b[0] & 0xFF) : 0;
        if (s.total() == 1 || b.length == udh) {
            return;
        }
        // no segment ends between ESC and its code, or between the halves of a surrogate pair
        if (ucs2) {
            char last = (char) (((b[b.length - 2] & 0xFF) << 8) | (b[b.length - 1] & 0xFF));
            assertThat(Character.isHighSurrogate(last)).isFalse();
        } else if (!packed) {
            assertThat(b[b.length - 1]).isNotEqualTo((byte) 0x1B);
        }
    }
}
