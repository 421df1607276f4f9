package dev.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.codec.DataCoding;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReassemblerTest {
    private static final HexFormat HEX = HexFormat.of();

    private final AtomicLong nowMillis = new AtomicLong(1_700_000_000_000L);
    private final InstantSource clock = () -> Instant.ofEpochMilli(nowMillis.get());
    private final List<IncompleteMessage> incomplete = new ArrayList<>();
    private final Reassembler reassembler = Reassembler.builder()
            .clock(clock)
            .timeout(Duration.ofSeconds(30))
            .onIncomplete(incomplete::add)
            .build();

    @Test
    void anUnconcatenatedMessageComesStraightBack() {
        Optional<ReassembledMessage> m =
                reassembler.offer("491701", bytes("48656C6C6F"), false, DataCoding.SMSC_DEFAULT);
        assertThat(m).hasValueSatisfying(msg -> {
            assertThat(msg.text()).contains("Hello");
            assertThat(msg.segments()).isEqualTo(1);
            assertThat(msg.originator()).isEqualTo("491701");
        });
        assertThat(reassembler.pendingCount()).isZero();
    }

    @Test
    void joinsUdhSegmentsArrivingOutOfOrder() {
        // 05 00 03 | ref 7 | 3 parts | part n, GSM unpacked
        assertThat(offer("050003070303", "!")).isEmpty();
        assertThat(offer("050003070301", "Hel")).isEmpty();
        assertThat(reassembler.pendingCount()).isEqualTo(1);
        Optional<ReassembledMessage> m = offer("050003070302", "lo");
        assertThat(m).hasValueSatisfying(msg -> {
            assertThat(msg.text()).contains("Hello!");
            assertThat(msg.segments()).isEqualTo(3);
            assertThat(msg.payload()).containsExactly('H', 'e', 'l', 'l', 'o', '!');
        });
        assertThat(reassembler.pendingCount()).isZero();
        assertThat(incomplete).isEmpty();
    }

    @Test
    void joins16BitReferenceAndSarSegmentsSeparatelyFromEachOther() {
        assertThat(offer("060804BEEF0201", "ab")).isEmpty();
        assertThat(reassembler.offer(
                        "491701", gsm("12"), false, DataCoding.SMSC_DEFAULT, new SarParameters(0xBEEF, 2, 1)))
                .isEmpty();
        assertThat(offer("060804BEEF0202", "cd"))
                .map(m -> m.text().orElseThrow())
                .contains("abcd");
        assertThat(reassembler.offer(
                        "491701", gsm("34"), false, DataCoding.SMSC_DEFAULT, new SarParameters(0xBEEF, 2, 2)))
                .map(m -> m.text().orElseThrow())
                .contains("1234");
    }

    @Test
    void dropsDuplicatesWhilePendingAndAfterCompletion() {
        assertThat(offer("050003090201", "Hi ")).isEmpty();
        assertThat(offer("050003090201", "Hi ")).isEmpty(); // an SMSC resending after a lost deliver_sm_resp
        assertThat(offer("050003090202", "there"))
                .map(m -> m.text().orElseThrow())
                .contains("Hi there");
        assertThat(offer("050003090202", "there")).isEmpty(); // resent after completion: not a new message
        assertThat(reassembler.pendingCount()).isZero();
        // the same reference reused later with other content is a new message, even if a part repeats the old one
        assertThat(offer("050003090201", "Yo ")).isEmpty();
        assertThat(offer("050003090202", "there"))
                .map(m -> m.text().orElseThrow())
                .contains("Yo there");
    }

    @Test
    void keepsDifferentOriginatorsApart() {
        assertThat(reassembler.offer("A", udhMessage("050003010201", "a1"), true, DataCoding.SMSC_DEFAULT))
                .isEmpty();
        assertThat(reassembler.offer("B", udhMessage("050003010202", "b2"), true, DataCoding.SMSC_DEFAULT))
                .isEmpty();
        assertThat(reassembler.pendingCount()).isEqualTo(2);
        assertThat(reassembler.offer("A", udhMessage("050003010202", "a2"), true, DataCoding.SMSC_DEFAULT))
                .map(m -> m.text().orElseThrow())
                .contains("a1a2");
    }

    @Test
    void reportsAMessageWhoseSegmentsNeverAllArriveWhenItTimesOut() {
        offer("050003110301", "one ");
        offer("050003110303", "three");
        nowMillis.addAndGet(29_999);
        assertThat(reassembler.expire()).isZero();
        nowMillis.addAndGet(1);
        assertThat(reassembler.expire()).isEqualTo(1);
        assertThat(incomplete).singleElement().satisfies(m -> {
            assertThat(m.reason()).isEqualTo(IncompleteMessage.Reason.TIMED_OUT);
            assertThat(m.originator()).isEqualTo("491701");
            assertThat(m.reference()).isEqualTo(0x11);
            assertThat(m.totalSegments()).isEqualTo(3);
            assertThat(m.receivedSegments()).containsExactly(1, 3);
            assertThat(GsmCharset.decode(m.partialPayload())).isEqualTo("one three");
            assertThat(m.firstSeen()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
        });
        assertThat(reassembler.pendingCount()).isZero();
        // the missing part arriving late starts a new message rather than resurrecting the old one
        assertThat(offer("050003110302", "two ")).isEmpty();
    }

    @Test
    void timeoutsAreAlsoCheckedOnEveryOffer() {
        offer("050003210201", "x");
        nowMillis.addAndGet(30_000);
        reassembler.offer("other", gsm("single"), false, DataCoding.SMSC_DEFAULT);
        assertThat(incomplete).hasSize(1);
    }

    @Test
    void evictsAndReportsTheOldestBeyondMaxPending() {
        Reassembler small = Reassembler.builder()
                .clock(clock)
                .maxPending(2)
                .onIncomplete(incomplete::add)
                .build();
        small.offer("a", udhMessage("050003010201", "a"), true, DataCoding.SMSC_DEFAULT);
        nowMillis.incrementAndGet();
        small.offer("b", udhMessage("050003010201", "b"), true, DataCoding.SMSC_DEFAULT);
        nowMillis.incrementAndGet();
        small.offer("c", udhMessage("050003010201", "c"), true, DataCoding.SMSC_DEFAULT);
        assertThat(small.pendingCount()).isEqualTo(2);
        assertThat(incomplete).singleElement().satisfies(m -> {
            assertThat(m.originator()).isEqualTo("a");
            assertThat(m.reason()).isEqualTo(IncompleteMessage.Reason.EVICTED);
        });
    }

    @Test
    void evictsTheOldestBeyondTheOctetBudget() {
        Reassembler small = Reassembler.builder()
                .maxPendingOctets(250)
                .onIncomplete(incomplete::add)
                .build();
        small.offer("a", udhMessage("050003010201", "a".repeat(153)), true, DataCoding.SMSC_DEFAULT);
        small.offer("b", udhMessage("050003010201", "b".repeat(153)), true, DataCoding.SMSC_DEFAULT);
        assertThat(small.pendingCount()).isEqualTo(1);
        assertThat(incomplete).extracting(IncompleteMessage::originator).containsExactly("a");
    }

    @Test
    void unpacksPackedGsmBehindTheUdhFillBits() {
        Reassembler packed = Reassembler.builder().gsmPacked(true).build();
        TextCodec splitter = TextCodec.builder().packGsm(true).build();
        String text = "Packed {GSM} text ".repeat(12);
        Optional<ReassembledMessage> result = Optional.empty();
        for (Segment s : splitter.split(text)) {
            result = packed.offer("x", s.bytes(), s.udhi(), s.dataCoding());
        }
        assertThat(result.flatMap(ReassembledMessage::text)).contains(text);
    }

    @Test
    void decodesWithTheConnectionsSmscDefault() {
        Reassembler latin = Reassembler.builder().smscDefault(DataCoding.LATIN1).build();
        assertThat(latin.offer("x", bytes("436166E9"), false, DataCoding.SMSC_DEFAULT)
                        .flatMap(ReassembledMessage::text))
                .contains("Café");
        assertThat(latin.offer("x", bytes("0102"), false, DataCoding.BINARY).flatMap(ReassembledMessage::text))
                .isEmpty();
    }

    @Test
    void treatsAnInvalidConcatenationIeAsUnconcatenatedAndRejectsAMalformedUdh() {
        // part number 0 is invalid (23.040): the IE is ignored and the body is a message on its own
        assertThat(offer("050003010200", "alone"))
                .map(m -> m.text().orElseThrow())
                .contains("alone");
        assertThatThrownBy(() -> reassembler.offer("x", bytes("0900030102"), true, DataCoding.SMSC_DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UDH length 10 exceeds short_message length 5");
        assertThatThrownBy(() -> reassembler.offer("x", bytes("03000501"), true, DataCoding.SMSC_DEFAULT))
                .hasMessageContaining("runs past the UDH");
    }

    private Optional<ReassembledMessage> offer(String udhHex, String text) {
        return reassembler.offer("491701", udhMessage(udhHex, text), true, DataCoding.SMSC_DEFAULT);
    }

    private static byte[] udhMessage(String udhHex, String text) {
        return GsmCharsetTest.concat(bytes(udhHex), gsm(text));
    }

    private static byte[] gsm(String text) {
        return TextCodec.encode(text, Encoding.GSM7);
    }

    private static byte[] bytes(String hex) {
        return HEX.parseHex(hex);
    }
}
