package dev.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.internal.text.GsmAlphabet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** Encode → decode is the identity for any text drawn from a national table combination's characters. */
class NationalRoundTripPropertiesTest {
    /** Every combination this library has: (locking, single) identifiers, 0 for the default table. */
    private static final int[][] COMBINATIONS = {{0, 1}, {0, 2}, {0, 3}, {1, 0}, {1, 1}, {3, 0}, {3, 3}};

    @Provide
    Arbitrary<Tuple2<GsmAlphabet, String>> tableAndText() {
        List<GsmAlphabet> alphabets = new ArrayList<>();
        for (int[] c : COMBINATIONS) {
            alphabets.add(GsmAlphabet.of(c[0], c[1]));
        }
        return Arbitraries.of(alphabets)
                .flatMap(a -> Arbitraries.of(a.characters()
                                .chars()
                                .mapToObj(c -> String.valueOf((char) c))
                                .toList())
                        .list()
                        .ofMaxSize(500)
                        .map(l -> Tuple.of(a, String.join("", l))));
    }

    @Property(seed = "20261202", tries = 400)
    void encodeThenDecodeWithTheSameTablesIsTheIdentity(@ForAll("tableAndText") Tuple2<GsmAlphabet, String> t) {
        GsmAlphabet alphabet = t.get1();
        String text = t.get2();

        TextPlan plan = TextPlan.scanNational(text, alphabet, null);

        assertThat(plan).isNotNull();
        byte[] septets = SegmentWriter.encode(text, plan);
        assertThat(GsmCharset.decode(septets, 0, septets.length, alphabet)).isEqualTo(text);
    }

    @Property(seed = "20261203", tries = 200)
    void splitThenReassembleIsTheIdentityWhicheverTablesAreChosen(
            @ForAll("tableAndText") Tuple2<GsmAlphabet, String> t, @ForAll boolean sixteenBit, @ForAll boolean packed) {
        String text = t.get2();
        TextCodec codec = TextCodec.builder()
                .concatMode(sixteenBit ? ConcatMode.UDH_16BIT : ConcatMode.UDH_8BIT)
                .nationalLanguages(NationalLanguages.allow(NationalLanguage.values()))
                .packGsm(packed)
                .build();
        Reassembler reassembler = Reassembler.builder().gsmPacked(packed).build();

        Optional<ReassembledMessage> whole = Optional.empty();
        List<Segment> segments = codec.split(text);
        for (Segment s : segments) {
            assertThat(s.length()).isLessThanOrEqualTo(packed || s.dataCoding() == DataCoding.UCS2 ? 140 : 160);
            whole = reassembler.offer("x", s.bytes(), s.udhi(), s.dataCoding());
        }

        assertThat(whole.flatMap(ReassembledMessage::text)).contains(text);
        // never more segments than the default choice
        assertThat(segments.size())
                .isLessThanOrEqualTo(TextCodec.builder()
                        .concatMode(codec.mode())
                        .build()
                        .info(text)
                        .segments());
    }
}
