package dev.smppkit.codec;

import static dev.smppkit.codec.testing.PduFixtures.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduCodec;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.SubmitSmResp;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.pdu.Unbind;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Framing behaviour of {@link SmppPduDecoder} on an {@link EmbeddedChannel}: how PDUs are split out of reads, that
 * command_length is checked before any body is buffered, and what happens to the stream after each kind of error.
 * Decoded PDUs and decode errors are recorded in the order the pipeline sees them.
 */
class SmppPduDecoderTest {
    private static final int MAX = 4096;

    private final List<Object> events = new ArrayList<>();
    private final List<ByteBuf> written = new ArrayList<>();
    private EmbeddedChannel channel = channel(MAX);

    private EmbeddedChannel channel(int maxPduLength) {
        return new EmbeddedChannel(new SmppPduDecoder(maxPduLength), new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                events.add(msg);
            }

            @Override
            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                events.add(cause);
            }
        });
    }

    @AfterEach
    void finish() {
        assertFalse(channel.finish(), "nothing left in the channel");
        for (ByteBuf b : written) {
            assertThat(b.refCnt()).as("every inbound buffer was released").isZero();
        }
    }

    /** Writes a copy of {@code bytes[from, to)} as one read, through a tracked buffer so a leak would be reported. */
    private ByteBuf write(byte[] bytes, int from, int to) {
        ByteBuf buf = UnpooledByteBufAllocator.DEFAULT.heapBuffer(to - from);
        buf.writeBytes(bytes, from, to - from);
        written.add(buf);
        channel.writeInbound(buf);
        return buf;
    }

    private ByteBuf write(byte[] bytes) {
        return write(bytes, 0, bytes.length);
    }

    private static byte[] encode(Pdu... pdus) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Pdu p : pdus) {
            ByteBuf buf = PduCodec.encode(p, UnpooledByteBufAllocator.DEFAULT);
            try {
                out.writeBytes(ByteBufUtil.getBytes(buf));
            } finally {
                buf.release();
            }
        }
        return out.toByteArray();
    }

    /** How many octets the decoder is holding in its cumulation buffer. */
    private int buffered() {
        try {
            Method internalBuffer = ByteToMessageDecoder.class.getDeclaredMethod("internalBuffer");
            internalBuffer.setAccessible(true);
            return ((ByteBuf) internalBuffer.invoke(channel.pipeline().get(SmppPduDecoder.class))).readableBytes();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private SmppDecodeException onlyError() {
        assertThat(events).hasSize(1).first().isInstanceOf(SmppDecodeException.class);
        return (SmppDecodeException) events.get(0);
    }

    private static SubmitSm submitSm(int seq, String text) {
        return SubmitSm.builder()
                .sourceAddress(Address.alphanumeric("smppkit"))
                .destAddress(Address.international("447700900123"))
                .registeredDelivery(RegisteredDelivery.RECEIPT)
                .shortMessage(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .build()
                .withSequenceNumber(seq);
    }

    private static List<Pdu> mixedPdus(int n) {
        List<Pdu> pdus = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            pdus.add(
                    switch (i % 5) {
                        case 0 -> EnquireLink.create().withSequenceNumber(i);
                        case 1 -> submitSm(i, "message " + i);
                        case 2 ->
                            SubmitSmResp.builder().messageId("id" + i).build().withSequenceNumber(i);
                        case 3 ->
                            DeliverSm.builder()
                                    .esmClass(EsmClass.DELIVERY_RECEIPT)
                                    .tlvs(Tlvs.builder()
                                            .receiptedMessageId("id" + i)
                                            .messageState(MessageState.DELIVERED)
                                            .build())
                                    .build()
                                    .withSequenceNumber(i);
                        default ->
                            dev.smppkit.codec.pdu.Bind.builder(BindType.TRANSCEIVER)
                                    .systemId("esme" + i)
                                    .password("secret")
                                    .build()
                                    .withSequenceNumber(i);
                    });
        }
        return pdus;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Splitting reads into PDUs

    @Test
    void manyPdusInOneRead() {
        List<Pdu> pdus = mixedPdus(50);
        ByteBuf in = write(encode(pdus.toArray(new Pdu[0])));

        assertThat(events).containsExactlyElementsOf(pdus);
        assertThat(in.refCnt()).isZero();
        assertThat(buffered()).isZero();
    }

    @Test
    void onePduAcrossManyReads() {
        SubmitSm pdu = SubmitSm.builder()
                .sourceAddress(Address.international("447700900123"))
                .destAddress(Address.international("447700900456"))
                .messagePayload(new byte[1000])
                .build()
                .withSequenceNumber(9);
        byte[] bytes = encode(pdu);

        for (int i = 0; i < bytes.length - 1; i++) {
            write(bytes, i, i + 1);
            assertThat(events).as("after %d of %d octets", i + 1, bytes.length).isEmpty();
            assertThat(buffered()).isEqualTo(i + 1);
        }
        write(bytes, bytes.length - 1, bytes.length);

        assertThat(events).containsExactly(pdu);
        assertThat(buffered()).isZero();
    }

    @Test
    void pduSplitAtEveryPositionAcrossTwoReads() {
        List<Pdu> pdus = mixedPdus(3);
        byte[] bytes = encode(pdus.toArray(new Pdu[0]));
        for (int cut = 0; cut <= bytes.length; cut++) {
            events.clear();
            write(bytes, 0, cut);
            write(bytes, cut, bytes.length);
            assertThat(events).as("cut at %d", cut).containsExactlyElementsOf(pdus);
        }
    }

    @Test
    void pdusStraddlingReadsOfEverySize() {
        List<Pdu> pdus = mixedPdus(20);
        byte[] bytes = encode(pdus.toArray(new Pdu[0]));
        for (int chunk : new int[] {1, 2, 3, 7, 15, 16, 17, 64, 333, 1024}) {
            events.clear();
            for (int at = 0; at < bytes.length; at += chunk) {
                write(bytes, at, Math.min(bytes.length, at + chunk));
            }
            assertThat(events).as("reads of %d octets", chunk).containsExactlyElementsOf(pdus);
        }
    }

    @Test
    void partialPduAtCloseIsDroppedWithoutAnError() {
        byte[] bytes = encode(submitSm(1, "hello"));
        write(bytes, 0, bytes.length - 1);

        assertFalse(channel.finish());
        assertThat(events).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // command_length above the maximum: rejected on the header, then the stream is given up (the session closes)

    @Test
    void lengthAtTheMaximumIsAccepted() {
        byte[] bytes =
                encode(SubmitSm.builder().messagePayload(new byte[100]).build().withSequenceNumber(3));
        channel = channel(bytes.length);
        write(bytes);
        assertThat(events).singleElement().isInstanceOf(SubmitSm.class);
    }

    @Test
    void lengthOneOverTheMaximumIsRejected() {
        byte[] bytes =
                encode(SubmitSm.builder().messagePayload(new byte[100]).build().withSequenceNumber(3));
        channel = channel(bytes.length - 1);
        write(bytes);
        SmppDecodeException e = onlyError();
        assertThat(e.status()).isEqualTo(CommandStatus.ESME_RINVCMDLEN);
        assertThat(e.commandId()).isEqualTo(CommandId.SUBMIT_SM.value());
        assertThat(e.sequenceNumber()).isEqualTo(3);
        assertThat(e.isHeaderRead()).isTrue();
        assertThat(e.isFramingLost()).isTrue();
        assertThat(e.answerWithGenericNack()).isTrue();
    }

    @Test
    void tooLongPduIsNeverBufferedAndEverythingAfterItIsDiscarded() {
        int announced = 1 << 20; // 1 MiB against a 4 KiB maximum
        byte[] header = hex("""
                00100000            // command_length 1 MiB
                00000004            // submit_sm
                00000000            // command_status
                0000004D            // sequence_number 77
                """);
        write(header);
        assertThat(buffered()).as("nothing held once the header is seen").isZero();
        SmppDecodeException e = onlyError();
        assertThat(e.status()).isEqualTo(CommandStatus.ESME_RINVCMDLEN);
        assertThat(e.commandId()).isEqualTo(0x00000004);
        assertThat(e.sequenceNumber()).isEqualTo(77);
        assertThat(e.isHeaderRead()).isTrue();
        assertThat(e.isFramingLost()).as("the session answers and closes").isTrue();

        // Until the session has closed, what arrives is discarded at once, not added to the cumulation.
        byte[] chunk = new byte[65536];
        Arrays.fill(chunk, (byte) 0x41);
        for (int sent = header.length; sent < announced; sent += chunk.length) {
            int n = Math.min(chunk.length, announced - sent);
            ByteBuf in = write(chunk, 0, n);
            assertThat(in.refCnt()).as("read released at once").isZero();
            assertThat(buffered()).isZero();
        }
        assertThat(events).hasSize(1);

        // Even a well-formed PDU after the announced length: the decoder does not resynchronise on a hostile length.
        write(encode(EnquireLink.create().withSequenceNumber(78)));
        assertThat(events).hasSize(1);
        assertThat(buffered()).isZero();
    }

    @Test
    void tooLongPduSharingAReadWithTheNextPdu() {
        byte[] tooLong = new byte[MAX + 1];
        System.arraycopy(hex("00001001 00000004 00000000 00000005"), 0, tooLong, 0, 16);
        List<Pdu> after = mixedPdus(4);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(encode(EnquireLink.create().withSequenceNumber(4)));
        stream.writeBytes(tooLong);
        stream.writeBytes(encode(after.toArray(new Pdu[0])));
        byte[] bytes = stream.toByteArray();

        for (int chunk : new int[] {bytes.length, 1, 5, 100, 4000}) {
            assertFalse(channel.finish());
            events.clear();
            channel = channel(MAX);
            for (int at = 0; at < bytes.length; at += chunk) {
                write(bytes, at, Math.min(bytes.length, at + chunk));
                assertThat(buffered()).isLessThanOrEqualTo(MAX);
            }
            // what came before is decoded; from the oversize frame on, nothing is
            assertThat(events).as("reads of %d", chunk).hasSize(2);
            assertThat(events.get(0)).isEqualTo(EnquireLink.create().withSequenceNumber(4));
            assertThat(events.get(1))
                    .isInstanceOfSatisfying(
                            SmppDecodeException.class,
                            e -> assertThat(e.isFramingLost()).isTrue());
        }
    }

    @Test
    void headerArrivingInPiecesIsTheMostThatIsHeld() {
        byte[] header = hex("7FFFFFFF 00000004 00000000 00000001"); // 2 GiB announced
        write(header, 0, 2);
        assertThat(buffered()).isEqualTo(2);
        write(header, 2, 9);
        assertThat(buffered()).as("at most the header is held").isEqualTo(9);
        assertThat(events).isEmpty();
        write(header, 9, 16);
        assertThat(buffered()).isZero();
        SmppDecodeException e = onlyError();
        assertThat(e.status()).isEqualTo(CommandStatus.ESME_RINVCMDLEN);
        assertThat(e.isHeaderRead()).as("the error waits for the header").isTrue();
        assertThat(e.commandId()).isEqualTo(CommandId.SUBMIT_SM.value());
        assertThat(e.sequenceNumber()).isEqualTo(1);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // command_length below 16: framing is lost for good

    @Test
    void lengthBelowHeaderLosesFramingAndDiscardsEverythingAfter() {
        byte[] bad = hex("""
                00000008            // command_length 8: shorter than the header
                00000015            // enquire_link
                00000000 00000011   // more octets that are not a PDU
                """);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        Pdu before = EnquireLink.create().withSequenceNumber(16);
        stream.writeBytes(encode(before));
        stream.writeBytes(bad);
        stream.writeBytes(encode(mixedPdus(3).toArray(new Pdu[0])));
        write(stream.toByteArray());

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isEqualTo(before);
        SmppDecodeException e = (SmppDecodeException) events.get(1);
        assertThat(e.status()).isEqualTo(CommandStatus.ESME_RINVCMDLEN);
        assertThat(e.isFramingLost()).isTrue();
        assertThat(e.commandId()).isEqualTo(0x15);
        assertThat(e.answerWithGenericNack()).isTrue();
        assertThat(buffered()).isZero();

        // Valid PDUs after the loss are discarded too: the decoder cannot know where they start.
        for (int i = 0; i < 3; i++) {
            ByteBuf in = write(encode(mixedPdus(5).toArray(new Pdu[0])));
            assertThat(in.refCnt()).isZero();
        }
        assertThat(events).hasSize(2);
        assertThat(buffered()).isZero();
    }

    @Test
    void zeroLengthLosesFramingWithoutAHeader() {
        write(hex("00000000 0000"));
        SmppDecodeException e = onlyError();
        assertThat(e.isFramingLost()).isTrue();
        assertThat(e.isHeaderRead()).isFalse();
        assertThat(e.sequenceNumber()).isZero();
        assertThat(e.answerWithGenericNack()).isTrue();
    }

    @Test
    void lengthFifteenLosesFraming() {
        write(hex("0000000F 80000015 00000000 00000001 00"));
        assertThat(onlyError().isFramingLost()).isTrue();
        write(encode(EnquireLink.create().withSequenceNumber(2)));
        assertThat(events).hasSize(1);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // A malformed body: the frame is skipped whole and decoding goes on, errors in order with the PDUs

    @Test
    void malformedBodyIsReportedInOrderAndDecodingGoesOn() {
        byte[] badSubmit = hex("""
                0000001A            // command_length 26
                00000004            // submit_sm
                00000000            // command_status
                00000063            // sequence_number 99
                "CMTCMTCMT" 00      // service_type: 9 characters, at most 5
                """);
        Pdu before = EnquireLink.create().withSequenceNumber(98);
        Pdu after = Unbind.create().withSequenceNumber(100);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(encode(before));
        stream.writeBytes(badSubmit);
        stream.writeBytes(encode(after));
        byte[] bytes = stream.toByteArray();

        for (int chunk : new int[] {bytes.length, 1, 13}) {
            events.clear();
            for (int at = 0; at < bytes.length; at += chunk) {
                write(bytes, at, Math.min(bytes.length, at + chunk));
            }
            assertThat(events).as("reads of %d", chunk).hasSize(3);
            assertThat(events.get(0)).isEqualTo(before);
            SmppDecodeException e = (SmppDecodeException) events.get(1);
            assertThat(e.status()).isEqualTo(CommandStatus.ESME_RINVSERTYP);
            assertThat(e.commandId()).isEqualTo(CommandId.SUBMIT_SM.value());
            assertThat(e.sequenceNumber()).isEqualTo(99);
            assertThat(e.isHeaderRead()).isTrue();
            assertThat(e.isFramingLost()).isFalse();
            assertThat(e.answerWithGenericNack())
                    .as("a body error gets submit_sm_resp")
                    .isFalse();
            assertThat(events.get(2)).isEqualTo(after);
        }
    }

    @Test
    void tlvRunningPastTheFrameIsReportedAndTheNextPduDecodes() {
        byte[] badTlv = hex("""
                00000015            // command_length 21
                80000015            // enquire_link_resp
                00000000 00000007
                0427 0009 01        // message_state announces 9 octets; 1 follows before the frame ends
                """);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(badTlv);
        Pdu next = EnquireLink.create().withSequenceNumber(8);
        stream.writeBytes(encode(next));
        write(stream.toByteArray());

        assertThat(events).hasSize(2);
        SmppDecodeException e = (SmppDecodeException) events.get(0);
        assertThat(e.status()).isEqualTo(CommandStatus.ESME_RINVOPTPARSTREAM);
        assertThat(e.sequenceNumber()).isEqualTo(7);
        assertThat(e.answerWithGenericNack())
                .as("a bad response is never answered with a response")
                .isTrue();
        assertThat(events.get(1)).isEqualTo(next);
    }

    @Test
    void unknownCommandIdDecodesAsUnknownPdu() {
        write(hex("00000014 00000099 00000000 0000002A CAFEBABE"));
        assertThat(events).singleElement().satisfies(p -> {
            assertThat(p).isInstanceOf(dev.smppkit.codec.pdu.UnknownPdu.class);
            assertThat(((Pdu) p).commandId().isKnown()).isFalse();
            assertThat(((Pdu) p).sequenceNumber()).isEqualTo(42);
        });
    }

    @Test
    void maxPduLengthBelowTheHeaderIsRefused() {
        assertThatThrownBy(() -> new SmppPduDecoder(15))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("15");
        assertThat(new SmppPduDecoder().maxPduLength()).isEqualTo(SmppPduDecoder.DEFAULT_MAX_PDU_LENGTH);
    }

    @Test
    void defaultMaximumTakesAFullMessagePayload() {
        channel = channel(SmppPduDecoder.DEFAULT_MAX_PDU_LENGTH);
        SubmitSm big =
                SubmitSm.builder().messagePayload(new byte[65535 - 64]).build().withSequenceNumber(1);
        byte[] bytes = encode(big);
        for (int at = 0; at < bytes.length; at += 8192) {
            write(bytes, at, Math.min(bytes.length, at + 8192));
        }
        assertThat(events).containsExactly(big);
    }
}
