package dev.smppkit.codec.pdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.SmppDecodeException;
import dev.smppkit.codec.SmppPduDecoder;
import dev.smppkit.codec.SmppTime;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Mutation fuzzing of the PDU decoder. Valid encodings of every PDU type are mutated (bit flips, byte replacement,
 * truncation, extension, command_length, command_id and command_status edits, TLV length edits, NUL removal,
 * insertion and deletion, splicing of two PDUs) and decoded. The only failure allowed is {@link SmppDecodeException};
 * every PDU that does decode must re-encode, and decoding that again must give an equal PDU. Part of the frames are
 * also fed as streams, in random chunks, through {@link SmppPduDecoder} on an {@link EmbeddedChannel}, whose output
 * must match decoding the same stream frame by frame.
 *
 * <p>The seed is fixed, so a failure reproduces; the message carries the offending bytes in hex.
 */
class PduFuzzTest {
    private static final long SEED = 20261122;
    private static final int FRAMES = 1_000_000;
    private static final int STREAMS = 20_000;
    private static final int CHANNEL_MAX_PDU = 4096;
    private static final int SEEDS_PER_KIND = 48;

    private static final int[] COMMAND_IDS = {
        0x80000000, 0x00000001, 0x80000001, 0x00000002, 0x80000002, 0x00000003, 0x80000003, 0x00000004, 0x80000004,
        0x00000005, 0x80000005, 0x00000006, 0x80000006, 0x00000007, 0x80000007, 0x00000008, 0x80000008, 0x00000009,
        0x80000009, 0x0000000B, 0x00000015, 0x80000015, 0x00000021, 0x80000021, 0x00000102, 0x00000103, 0x80000103
    };
    private static final int[] INTERESTING = {0x00, 0x01, 0x02, 0x7F, 0x80, 0xFE, 0xFF, '0', '9', 'R', '+', '-'};

    // What the fuzz loop is working on, for the timeout message (an endless loop would otherwise be anonymous).
    private volatile byte[] current = new byte[0];

    /** One valid encoded PDU and where its TLVs start. */
    private record Seed(byte[] bytes, int tlvStart) {}

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void mutatedPdusOnlyEverFailWithSmppDecodeException() {
        assertTimeoutPreemptively(Duration.ofSeconds(55), this::fuzz, () -> "stuck on " + hex(current));
    }

    private void fuzz() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        Seed[] corpus = corpus(rnd);
        Stats stats = new Stats();

        long start = System.nanoTime();
        for (int i = 0; i < FRAMES; i++) {
            byte[] frame = mutate(rnd, corpus);
            current = frame;
            decodeFrame(frame, stats);
        }
        long framesNanos = System.nanoTime() - start;

        start = System.nanoTime();
        for (int i = 0; i < STREAMS; i++) {
            decodeStream(rnd, corpus, stats);
        }
        long streamNanos = System.nanoTime() - start;

        System.out.printf(
                "PduFuzzTest: %,d seeds; %,d frames in %d ms (%,.0f frames/s): %,d decoded, %,d rejected%n",
                corpus.length,
                FRAMES,
                TimeUnit.NANOSECONDS.toMillis(framesNanos),
                FRAMES / (framesNanos / 1e9),
                stats.decoded,
                stats.rejected);
        System.out.printf(
                "PduFuzzTest: %,d channel streams in %d ms (%,.0f streams/s): %,d PDUs, %,d decode errors%n",
                STREAMS,
                TimeUnit.NANOSECONDS.toMillis(streamNanos),
                STREAMS / (streamNanos / 1e9),
                stats.streamPdus,
                stats.streamErrors);
        System.out.println("PduFuzzTest: decoded by type " + stats.byType);
        System.out.println("PduFuzzTest: rejected by status " + stats.byStatus);
        // The mutations must reach past the header into every body decoder, not stop at the length check.
        assertThat(stats.byType.keySet()).as("decoded PDU types").hasSize(COMMAND_IDS.length + 1);
        assertThat(stats.decoded).as("frames that still decode").isGreaterThan(FRAMES / 10);
        assertThat(stats.rejected).as("frames that are rejected").isGreaterThan(FRAMES / 10);
        assertThat(stats.streamPdus).as("PDUs from the channel").isGreaterThan(STREAMS);
        assertThat(stats.streamErrors).as("decode errors from the channel").isGreaterThan(STREAMS / 2);
    }

    private static final class Stats {
        long decoded;
        long rejected;
        long streamPdus;
        long streamErrors;
        final Map<String, Integer> byType = new TreeMap<>();
        final Map<String, Integer> byStatus = new TreeMap<>();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Direct decode

    private static void decodeFrame(byte[] frame, Stats stats) {
        ByteBuf buf = Unpooled.wrappedBuffer(frame);
        Pdu pdu;
        try {
            pdu = PduCodec.decode(buf);
        } catch (SmppDecodeException e) {
            if (e.status() == null || e.getMessage() == null || e.isFramingLost()) {
                fail("malformed SmppDecodeException " + e + " for " + hex(frame));
            }
            if (buf.isReadable()) {
                fail("the rejected frame was not consumed: " + hex(frame));
            }
            stats.rejected++;
            stats.byStatus.merge(e.status().name(), 1, Integer::sum);
            return;
        } catch (Throwable t) {
            throw new AssertionError("decode threw " + t + " for " + hex(frame), t);
        }
        if (buf.isReadable()) {
            fail("the frame was not consumed: " + hex(frame));
        }
        stats.decoded++;
        stats.byType.merge(pdu.commandId().isKnown() ? pdu.commandId().name() : "unknown", 1, Integer::sum);
        checkReEncodes(pdu, frame);
    }

    /** The decoded PDU re-encodes to exactly its announced length, and that decodes to an equal PDU. */
    private static void checkReEncodes(Pdu pdu, byte[] input) {
        try {
            int length = PduCodec.encodedLength(pdu);
            byte[] out = new byte[length];
            ByteBuf buf = Unpooled.wrappedBuffer(out).clear(); // not a tracked buffer: cheap under paranoid
            PduCodec.encode(pdu, buf);
            if (buf.writerIndex() != length) {
                fail("re-encode wrote " + buf.writerIndex() + " of " + length + " octets");
            }
            Pdu again = PduCodec.decode(Unpooled.wrappedBuffer(out));
            if (!again.equals(pdu)) {
                fail("re-decoded " + again + " differs from " + pdu + "; re-encoded " + hex(out));
            }
        } catch (Throwable t) {
            throw new AssertionError("decoded " + pdu + " from " + hex(input) + " but re-encoding failed: " + t, t);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Channel: a stream of valid and mutated frames, in random chunks, must decode as it does frame by frame.

    private void decodeStream(SplittableRandom rnd, Seed[] corpus, Stats stats) {
        int frames = 1 + rnd.nextInt(6);
        byte[][] parts = new byte[frames][];
        int total = 0;
        for (int i = 0; i < frames; i++) {
            parts[i] = rnd.nextInt(3) == 0 ? corpus[rnd.nextInt(corpus.length)].bytes : mutate(rnd, corpus);
            total += parts[i].length;
        }
        byte[] stream = new byte[total];
        for (int i = 0, at = 0; i < frames; at += parts[i].length, i++) {
            System.arraycopy(parts[i], 0, stream, at, parts[i].length);
        }
        current = stream;

        List<Object> events = new ArrayList<>();
        EmbeddedChannel channel = new EmbeddedChannel(new SmppPduDecoder(CHANNEL_MAX_PDU), new Recorder(events));
        try {
            for (int at = 0; at < stream.length; ) {
                int n = Math.min(chunkSize(rnd), stream.length - at);
                channel.writeInbound(Unpooled.wrappedBuffer(stream, at, n));
                at += n;
            }
            if (channel.finish()) {
                fail("messages left in the channel for stream " + hex(stream));
            }
        } catch (Throwable t) {
            throw new AssertionError("channel threw " + t + " for stream " + hex(stream), t);
        }
        List<Object> actual = new ArrayList<>(events.size());
        for (Object event : events) {
            if (event instanceof Throwable t) {
                if (!(t instanceof SmppDecodeException e)) {
                    throw new AssertionError("exceptionCaught got " + t + " for stream " + hex(stream), t);
                }
                actual.add(errorKey(e));
                stats.streamErrors++;
            } else {
                actual.add(event);
                stats.streamPdus++;
            }
        }
        List<Object> expected = frameByFrame(stream);
        if (!actual.equals(expected)) {
            fail("channel gave " + actual + " but frame by frame gives " + expected + " for stream " + hex(stream));
        }
    }

    private static int chunkSize(SplittableRandom rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> 1 + rnd.nextInt(4);
            case 1 -> 1 + rnd.nextInt(32);
            case 2 -> 1 + rnd.nextInt(512);
            default -> 1 + rnd.nextInt(8192);
        };
    }

    /** The framing SmppPduDecoder promises, applied to the whole stream at once. */
    private static List<Object> frameByFrame(byte[] stream) {
        List<Object> out = new ArrayList<>();
        int at = 0;
        while (stream.length - at >= 4) {
            long length = Integer.toUnsignedLong(getInt(stream, at));
            if (length < PduCodec.HEADER_LENGTH) {
                out.add("RINVCMDLEN/framing lost");
                break;
            }
            if (length > CHANNEL_MAX_PDU) {
                if (stream.length - at < PduCodec.HEADER_LENGTH) {
                    break; // the decoder waits for the whole header, to report command_id and sequence_number
                }
                out.add("RINVCMDLEN/framing lost"); // like a length below 16: the session answers and closes
                break;
            }
            if (stream.length - at < length) {
                break;
            }
            try {
                out.add(PduCodec.decode(Unpooled.wrappedBuffer(stream, at, (int) length)));
            } catch (SmppDecodeException e) {
                out.add(errorKey(e));
            }
            at += (int) length;
        }
        return out;
    }

    private static String errorKey(SmppDecodeException e) {
        if (e.status().code() == CommandStatus.ESME_RINVCMDLEN.code()
                && e.getMessage().startsWith("command_length is")
                && !e.getMessage().contains("but the frame")) {
            return "RINVCMDLEN/" + (e.isFramingLost() ? "framing lost" : "discarded");
        }
        return e.status().name() + "/" + e.getMessage();
    }

    private static final class Recorder extends ChannelInboundHandlerAdapter {
        private final List<Object> events;

        Recorder(List<Object> events) {
            this.events = events;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            events.add(msg);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            events.add(cause);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Mutations

    private static byte[] mutate(SplittableRandom rnd, Seed[] corpus) {
        Seed seed = corpus[rnd.nextInt(corpus.length)];
        byte[] b = seed.bytes.clone();
        int ops = 1 + rnd.nextInt(3);
        for (int i = 0; i < ops; i++) {
            b = mutateOnce(rnd, b, seed, corpus);
        }
        // Mostly keep command_length true, so that the mutation reaches the body decoders.
        if (b.length >= 4 && rnd.nextInt(10) < 7) {
            putInt(b, 0, b.length);
        }
        return b;
    }

    private static byte[] mutateOnce(SplittableRandom rnd, byte[] b, Seed seed, Seed[] corpus) {
        if (b.length == 0) {
            return randomBytes(rnd, 1 + rnd.nextInt(24));
        }
        switch (rnd.nextInt(13)) {
            case 0 -> { // bit flips
                for (int n = 1 + rnd.nextInt(4); n > 0; n--) {
                    b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
                }
            }
            case 1 -> { // byte replacement, in the body most of the time
                for (int n = 1 + rnd.nextInt(3); n > 0; n--) {
                    int at = bodyIndex(rnd, b);
                    b[at] = (byte) (rnd.nextBoolean() ? INTERESTING[rnd.nextInt(INTERESTING.length)] : rnd.nextInt());
                }
            }
            case 2 -> b = Arrays.copyOf(b, rnd.nextInt(b.length)); // truncation
            case 3 -> { // extension with random bytes
                byte[] tail = randomBytes(rnd, 1 + rnd.nextInt(64));
                b = concat(b, 0, b.length, tail, 0, tail.length);
            }
            case 4 -> { // command_length edit
                if (b.length >= 4) {
                    int length = switch (rnd.nextInt(5)) {
                        case 0 -> rnd.nextInt();
                        case 1 -> rnd.nextInt(20);
                        case 2 -> b.length + rnd.nextInt(9) - 4;
                        case 3 -> 0xFFFFFFFF;
                        default -> CHANNEL_MAX_PDU + rnd.nextInt(3) - 1;
                    };
                    putInt(b, 0, length);
                }
            }
            case 5 -> { // TLV length edit
                editTlvLength(rnd, b, seed.tlvStart);
            }
            case 6 -> { // splice: this PDU's start with another PDU's end
                byte[] other = corpus[rnd.nextInt(corpus.length)].bytes;
                int cut = Math.min(b.length, PduCodec.HEADER_LENGTH + rnd.nextInt(b.length + 1));
                int from = Math.min(other.length, PduCodec.HEADER_LENGTH + rnd.nextInt(other.length + 1));
                b = concat(b, 0, cut, other, from, other.length - from);
            }
            case 7 -> { // command_id swap: one body decoded as another type
                if (b.length >= 8) {
                    putInt(b, 4, rnd.nextInt(8) == 0 ? rnd.nextInt() : COMMAND_IDS[rnd.nextInt(COMMAND_IDS.length)]);
                }
            }
            case 8 -> { // command_status: the lenient error-response paths
                if (b.length >= 12) {
                    putInt(b, 8, rnd.nextBoolean() ? rnd.nextInt(0x100) : rnd.nextInt());
                }
            }
            case 9 -> { // remove a NUL: a C-Octet String runs into the next field
                int start = bodyIndex(rnd, b);
                for (int i = 0; i < b.length; i++) {
                    int at = (start + i) % b.length;
                    if (b[at] == 0 && at >= PduCodec.HEADER_LENGTH) {
                        b[at] = (byte) (1 + rnd.nextInt(255));
                        break;
                    }
                }
            }
            case 10 -> { // insert octets
                int at = bodyIndex(rnd, b);
                byte[] ins = rnd.nextBoolean() ? new byte[1 + rnd.nextInt(3)] : randomBytes(rnd, 1 + rnd.nextInt(8));
                byte[] head = concat(b, 0, at, ins, 0, ins.length);
                b = concat(head, 0, head.length, b, at, b.length - at);
            }
            case 11 -> { // delete octets
                int at = bodyIndex(rnd, b);
                int n = Math.min(b.length - at, 1 + rnd.nextInt(8));
                b = concat(b, 0, at, b, at + n, b.length - at - n);
            }
            default -> { // sm_length / number_of_dests / counts: set one body octet to a large count
                int at = bodyIndex(rnd, b);
                b[at] = (byte) (rnd.nextBoolean() ? 0xFF : 0xFE - rnd.nextInt(4));
            }
        }
        return b;
    }

    /** Sets the length of a TLV (walking the TLVs from {@code tlvStart}) to an interesting wrong value. */
    private static void editTlvLength(SplittableRandom rnd, byte[] b, int tlvStart) {
        int at = tlvStart;
        int target = rnd.nextInt(4);
        while (at + 4 <= b.length) {
            int length = ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
            if (target-- == 0 || at + 4 + length >= b.length) {
                int v = switch (rnd.nextInt(5)) {
                    case 0 -> 0;
                    case 1 -> length + 1;
                    case 2 -> Math.max(0, length - 1);
                    case 3 -> 0xFFFF;
                    default -> rnd.nextInt(0x10000);
                };
                b[at + 2] = (byte) (v >> 8);
                b[at + 3] = (byte) v;
                return;
            }
            at += 4 + length;
        }
    }

    private static int bodyIndex(SplittableRandom rnd, byte[] b) {
        return b.length > PduCodec.HEADER_LENGTH && rnd.nextInt(8) != 0
                ? rnd.nextInt(PduCodec.HEADER_LENGTH, b.length)
                : rnd.nextInt(b.length);
    }

    private static byte[] concat(byte[] a, int aFrom, int aLen, byte[] c, int cFrom, int cLen) {
        byte[] out = new byte[aLen + cLen];
        System.arraycopy(a, aFrom, out, 0, aLen);
        System.arraycopy(c, cFrom, out, aLen, cLen);
        return out;
    }

    private static byte[] randomBytes(SplittableRandom rnd, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) rnd.nextInt();
        }
        return b;
    }

    private static int getInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Seed corpus: valid PDUs of every type with random fields

    private static final int KINDS = 28;

    private static Seed[] corpus(SplittableRandom rnd) {
        List<Seed> seeds = new ArrayList<>();
        for (int kind = 0; kind < KINDS; kind++) {
            for (int i = 0; i < SEEDS_PER_KIND; i++) {
                Pdu pdu = randomPdu(rnd, kind).withSequenceNumber(1 + rnd.nextInt(0x7FFFFFFF));
                byte[] bytes = new byte[PduCodec.encodedLength(pdu)];
                PduCodec.encode(pdu, Unpooled.wrappedBuffer(bytes).clear());
                assertThat(PduCodec.decode(Unpooled.wrappedBuffer(bytes)))
                        .as("seed")
                        .isEqualTo(pdu);
                seeds.add(new Seed(bytes, bytes.length - pdu.tlvs().encodedLength()));
            }
        }
        return seeds.toArray(new Seed[0]);
    }

    private static Pdu randomPdu(SplittableRandom r, int kind) {
        return switch (kind) {
            case 0, 1, 2 ->
                Bind.builder(BindType.values()[kind])
                        .systemId(str(r, 16))
                        .password(str(r, 9))
                        .systemType(str(r, 13))
                        .interfaceVersion(r.nextBoolean() ? Bind.VERSION_3_4 : r.nextInt(256))
                        .addressRange(address(r, 41))
                        .tlvs(tlvs(r))
                        .build();
            case 3 -> {
                BindResp.Builder b = BindResp.builder(BindType.values()[r.nextInt(3)])
                        .commandStatus(status(r))
                        .tlvs(tlvs(r));
                if (r.nextBoolean()) {
                    b.systemId(str(r, 16));
                }
                if (r.nextBoolean()) {
                    b.scInterfaceVersion(0x34);
                }
                yield b.build();
            }
            case 4 -> new Outbind(0, tlvs(r), str(r, 16), str(r, 9));
            case 5 -> new Unbind(0, tlvs(r));
            case 6 -> new UnbindResp(status(r), 0, tlvs(r));
            case 7 -> new EnquireLink(0, r.nextInt(4) == 0 ? tlvs(r) : Tlvs.EMPTY);
            case 8 -> new EnquireLinkResp(status(r), 0, tlvs(r));
            case 9 -> new GenericNack(status(r), 0, tlvs(r));
            case 10, 11 -> {
                SubmitSm.Builder b = SubmitSm.builder()
                        .serviceType(str(r, 6))
                        .sourceAddress(address(r, 21))
                        .destAddress(address(r, 21))
                        .esmClass(EsmClass.of(r.nextInt(256)))
                        .protocolId(r.nextInt(256))
                        .priorityFlag(r.nextInt(4))
                        .scheduleDeliveryTime(time(r))
                        .validityPeriod(time(r))
                        .registeredDelivery(RegisteredDelivery.of(r.nextInt(256)))
                        .replaceIfPresentFlag(r.nextInt(2))
                        .dataCoding(DataCoding.of(r.nextInt(256)))
                        .smDefaultMsgId(r.nextInt(255));
                userData(r, b);
                SubmitSm sm = b.build();
                yield kind == 10 ? sm : new DeliverSm(0, sm.tlvs(), BaseSm.Fieldset.of(sm));
            }
            case 12 -> {
                DeliverSm.Builder b = DeliverSm.builder()
                        .sourceAddress(address(r, 21))
                        .destAddress(address(r, 21))
                        .esmClass(r.nextBoolean() ? EsmClass.DELIVERY_RECEIPT : EsmClass.of(r.nextInt(256)))
                        .dataCoding(DataCoding.of(r.nextInt(256)));
                String id = str(r, 65);
                b.shortMessage(("id:" + id + " sub:001 dlvrd:001 submit date:2411221530 done date:2411221531"
                                + " stat:DELIVRD err:000 text:hi")
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                b.tlvs(Tlvs.builder()
                        .receiptedMessageId(id)
                        .messageState(MessageState.values()[r.nextInt(MessageState.values().length)])
                        .networkErrorCode(new NetworkErrorCode(r.nextInt(256), r.nextInt(0x10000)))
                        .build());
                yield b.build();
            }
            case 13 -> {
                SubmitMulti.Builder b = SubmitMulti.builder()
                        .serviceType(str(r, 6))
                        .sourceAddress(address(r, 21))
                        .esmClass(EsmClass.of(r.nextInt(256)))
                        .protocolId(r.nextInt(256))
                        .priorityFlag(r.nextInt(4))
                        .scheduleDeliveryTime(time(r))
                        .validityPeriod(time(r))
                        .registeredDelivery(RegisteredDelivery.of(r.nextInt(256)))
                        .dataCoding(DataCoding.of(r.nextInt(256)))
                        .smDefaultMsgId(r.nextInt(255));
                int n = r.nextInt(8) == 0 ? 1 + r.nextInt(SubmitMulti.MAX_DESTINATIONS) : 1 + r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    b.addDestination(
                            r.nextInt(4) == 0
                                    ? DestinationAddress.distributionList(str(r, 21))
                                    : DestinationAddress.sme(address(r, 21)));
                }
                userData(r, b);
                yield b.build();
            }
            case 14 -> {
                SubmitMultiResp.Builder b =
                        SubmitMultiResp.builder().commandStatus(status(r)).tlvs(tlvs(r));
                if (r.nextInt(4) != 0) {
                    b.messageId(str(r, 65));
                }
                for (int n = r.nextInt(4) == 0 ? r.nextInt(6) : 0; n > 0; n--) {
                    b.addUnsuccessful(new UnsuccessSme(address(r, 21), status(r)));
                }
                yield b.build();
            }
            case 15, 16, 17 -> {
                CommandStatus status = status(r);
                Tlvs tlvs = tlvs(r);
                String id = r.nextInt(4) == 0 ? null : str(r, 65);
                yield switch (kind) {
                    case 15 ->
                        withId(SubmitSmResp.builder().commandStatus(status).tlvs(tlvs), id);
                    case 16 ->
                        withId(DeliverSmResp.builder().commandStatus(status).tlvs(tlvs), id);
                    default -> withId(DataSmResp.builder().commandStatus(status).tlvs(tlvs), id);
                };
            }
            case 18 -> {
                DataSm.Builder b = DataSm.builder()
                        .serviceType(str(r, 6))
                        .sourceAddress(address(r, 65))
                        .destAddress(address(r, 65))
                        .esmClass(EsmClass.of(r.nextInt(256)))
                        .registeredDelivery(RegisteredDelivery.of(r.nextInt(256)))
                        .dataCoding(DataCoding.of(r.nextInt(256)))
                        .tlvs(tlvs(r));
                if (r.nextInt(4) != 0) {
                    b.messagePayload(bytes(r, r.nextInt(300)));
                }
                yield b.build();
            }
            case 19 -> new QuerySm(0, tlvs(r), str(r, 65), address(r, 21));
            case 20 -> {
                QuerySmResp.Builder b = QuerySmResp.builder().commandStatus(status(r));
                if (r.nextInt(4) != 0) {
                    b.messageId(str(r, 65))
                            .finalDate(time(r))
                            .messageState(MessageState.values()[r.nextInt(MessageState.values().length)])
                            .errorCode(r.nextInt(256))
                            .tlvs(tlvs(r));
                }
                yield b.build();
            }
            case 21 ->
                CancelSm.builder()
                        .serviceType(str(r, 6))
                        .messageId(str(r, 65))
                        .sourceAddress(address(r, 21))
                        .destAddress(address(r, 21))
                        .tlvs(tlvs(r))
                        .build();
            case 22 -> new CancelSmResp(status(r), 0, tlvs(r));
            case 23 ->
                ReplaceSm.builder()
                        .messageId(str(r, 65))
                        .sourceAddress(address(r, 21))
                        .scheduleDeliveryTime(time(r))
                        .validityPeriod(time(r))
                        .registeredDelivery(RegisteredDelivery.of(r.nextInt(256)))
                        .smDefaultMsgId(r.nextInt(255))
                        .shortMessage(bytes(r, r.nextInt(BaseSm.MAX_SHORT_MESSAGE + 1)))
                        .tlvs(r.nextInt(4) == 0 ? tlvs(r) : Tlvs.EMPTY)
                        .build();
            case 24 -> new ReplaceSmResp(status(r), 0, tlvs(r));
            case 25 ->
                AlertNotification.of(
                        address(r, 65),
                        address(r, 65),
                        r.nextBoolean()
                                ? Tlvs.builder()
                                        .msAvailabilityStatus(r.nextInt(3))
                                        .build()
                                : tlvs(r));
            case 26 -> {
                int id = r.nextBoolean() ? 0x0A + r.nextInt(0x1F6) : r.nextInt();
                while (CommandId.of(id).isKnown()) {
                    id++;
                }
                yield UnknownPdu.of(id, status(r), bytes(r, r.nextInt(64)));
            }
            default -> {
                // submit_sm with message_payload and many TLVs, the largest body
                yield SubmitSm.builder()
                        .sourceAddress(address(r, 21))
                        .destAddress(address(r, 21))
                        .tlvs(tlvs(r).toBuilder()
                                .remove(TlvTag.MESSAGE_PAYLOAD.tag())
                                .build())
                        .messagePayload(bytes(r, r.nextInt(2000)))
                        .build();
            }
        };
    }

    private static PduResponse withId(SubmitSmResp.Builder b, String id) {
        return (id == null ? b : b.messageId(id)).build();
    }

    private static PduResponse withId(DeliverSmResp.Builder b, String id) {
        return (id == null ? b : b.messageId(id)).build();
    }

    private static PduResponse withId(DataSmResp.Builder b, String id) {
        return (id == null ? b : b.messageId(id)).build();
    }

    private static <B extends BaseSm.Builder<?, B>> void userData(SplittableRandom r, B b) {
        Tlvs tlvs = tlvs(r);
        b.tlvs(tlvs.toBuilder().remove(TlvTag.MESSAGE_PAYLOAD.tag()).build());
        if (r.nextInt(5) == 0) {
            b.messagePayload(bytes(r, r.nextInt(400)));
        } else {
            b.shortMessage(bytes(r, r.nextInt(8) == 0 ? BaseSm.MAX_SHORT_MESSAGE : r.nextInt(161)));
        }
    }

    private static String str(SplittableRandom r, int maxWithNul) {
        int max = maxWithNul - 1;
        int length = switch (r.nextInt(4)) {
            case 0 -> 0;
            case 1 -> max;
            default -> r.nextInt(max + 1);
        };
        char[] c = new char[length];
        boolean digits = r.nextBoolean();
        for (int i = 0; i < length; i++) {
            c[i] = digits ? (char) ('0' + r.nextInt(10)) : (char) (1 + r.nextInt(255));
        }
        return new String(c);
    }

    private static Address address(SplittableRandom r, int maxWithNul) {
        if (r.nextInt(6) == 0) {
            return Address.NULL;
        }
        return Address.of(
                r.nextInt(4) == 0 ? r.nextInt(256) : r.nextInt(7),
                r.nextInt(4) == 0 ? r.nextInt(256) : r.nextInt(2),
                str(r, maxWithNul));
    }

    private static SmppTime time(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 ->
                SmppTime.absolute(Instant.ofEpochSecond(r.nextLong(
                        Instant.parse("1938-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2037-12-31T23:59:59Z").getEpochSecond())));
            case 1 ->
                SmppTime.parse(String.format(
                        "%02d%02d%02d%02d%02d%02d%d%02d%c",
                        r.nextInt(100),
                        1 + r.nextInt(12),
                        1 + r.nextInt(28),
                        r.nextInt(24),
                        r.nextInt(60),
                        r.nextInt(60),
                        r.nextInt(10),
                        r.nextInt(49),
                        r.nextBoolean() ? '+' : '-'));
            case 2 ->
                SmppTime.relative(
                        r.nextInt(100), r.nextInt(100), r.nextInt(100), Duration.ofSeconds(r.nextInt(100 * 3600)));
            default -> null;
        };
    }

    private static CommandStatus status(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0, 1 -> CommandStatus.ESME_ROK;
            case 2 -> CommandStatus.of(r.nextInt(0x100));
            default -> CommandStatus.of(r.nextInt());
        };
    }

    private static byte[] bytes(SplittableRandom r, int n) {
        return randomBytes(r, n);
    }

    private static final TlvTag[] KNOWN_TAGS = knownTags();

    private static TlvTag[] knownTags() {
        List<TlvTag> tags = new ArrayList<>();
        for (java.lang.reflect.Field f : TlvTag.class.getFields()) {
            if (f.getType() == TlvTag.class) {
                try {
                    tags.add((TlvTag) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return tags.toArray(new TlvTag[0]);
    }

    private static Tlvs tlvs(SplittableRandom r) {
        if (r.nextBoolean()) {
            return Tlvs.EMPTY;
        }
        Tlvs.Builder b = Tlvs.builder();
        for (int n = 1 + r.nextInt(5); n > 0; n--) {
            switch (r.nextInt(4)) {
                case 0 -> {
                    TlvTag t = KNOWN_TAGS[r.nextInt(KNOWN_TAGS.length)];
                    int length = t.minLength() + r.nextInt(Math.min(t.maxLength(), 80) - t.minLength() + 1);
                    b.add(Tlv.of(t.tag(), bytes(r, length)));
                }
                case 1 -> b.add(Tlv.of(0x1400 + r.nextInt(0x2C00), bytes(r, r.nextInt(24))));
                case 2 -> {
                    int tag = r.nextInt(0x10000);
                    if (TlvTag.known(tag) == null) {
                        b.add(Tlv.of(tag, bytes(r, r.nextInt(8))));
                    }
                }
                default -> b.add(Tlv.ofCString(TlvTag.RECEIPTED_MESSAGE_ID, str(r, 65)));
            }
        }
        return b.build();
    }
}
