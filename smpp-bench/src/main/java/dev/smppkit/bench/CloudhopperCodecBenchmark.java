package dev.smppkit.bench;

import com.cloudhopper.smpp.SmppConstants;
import com.cloudhopper.smpp.pdu.DeliverSm;
import com.cloudhopper.smpp.pdu.EnquireLink;
import com.cloudhopper.smpp.pdu.Pdu;
import com.cloudhopper.smpp.pdu.SubmitSm;
import com.cloudhopper.smpp.tlv.Tlv;
import com.cloudhopper.smpp.transcoder.DefaultPduTranscoder;
import com.cloudhopper.smpp.transcoder.DefaultPduTranscoderContext;
import com.cloudhopper.smpp.transcoder.PduTranscoder;
import com.cloudhopper.smpp.type.Address;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.jboss.netty.buffer.ChannelBuffer;
import org.jboss.netty.buffer.ChannelBuffers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The same six operations as {@link CodecBenchmark}, done by Cloudhopper's {@code DefaultPduTranscoder} (ch-smpp
 * 5.0.9, on Netty 3), for a side-by-side comparison in one JMH run:
 * {@code java -jar benchmarks.jar "CodecBenchmark" -prof gc} matches both classes.
 *
 * <p>The PDUs are the same: {@link #setUp()} checks that Cloudhopper encodes each to exactly the bytes smppkit does,
 * and Cloudhopper decodes those bytes. As in Cloudhopper's own pipeline, encode writes into the heap buffer the
 * transcoder allocates and decode reads from a heap buffer (what Netty 3's NIO worker hands it). Each encode starts
 * from a PDU without a cached {@code command_length}, as a freshly made PDU is, so it computes the length like
 * smppkit's encoder does every time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {
            "-Djmh.executor=CUSTOM",
            "-Djmh.executor.class=dev.smppkit.bench.EventLoopThreadExecutor",
            "-Dio.netty.leakDetection.level=disabled",
            "-Xms1g",
            "-Xmx1g"
        })
public class CloudhopperCodecBenchmark {
    private final PduTranscoder transcoder = new DefaultPduTranscoder(new DefaultPduTranscoderContext());

    private SubmitSm submitSm;
    private DeliverSm deliveryReceipt;
    private EnquireLink enquireLink;

    private ChannelBuffer submitSmFrame;
    private ChannelBuffer deliveryReceiptFrame;
    private ChannelBuffer enquireLinkFrame;

    @Setup
    public void setUp() throws Exception {
        CodecBenchmark smppkit = new CodecBenchmark();
        smppkit.setUp();
        try {
            submitSm = new SubmitSm();
            submitSm.setSourceAddress(new Address((byte) 1, (byte) 1, "447700900123"));
            submitSm.setDestAddress(new Address((byte) 1, (byte) 1, "447700900456"));
            submitSm.setRegisteredDelivery(SmppConstants.REGISTERED_DELIVERY_SMSC_RECEIPT_REQUESTED);
            submitSm.setDataCoding((byte) 0);
            submitSm.setShortMessage(CodecBenchmark.GSM_TEXT_160.getBytes(StandardCharsets.US_ASCII));
            submitSm.setSequenceNumber(0x1234);

            deliveryReceipt = new DeliverSm();
            deliveryReceipt.setSourceAddress(new Address((byte) 1, (byte) 1, "447700900456"));
            deliveryReceipt.setDestAddress(new Address((byte) 1, (byte) 1, "447700900123"));
            deliveryReceipt.setEsmClass(SmppConstants.ESM_CLASS_MT_SMSC_DELIVERY_RECEIPT);
            deliveryReceipt.setShortMessage(CodecBenchmark.RECEIPT_TEXT.getBytes(StandardCharsets.US_ASCII));
            deliveryReceipt.addOptionalParameter(
                    new Tlv(SmppConstants.TAG_RECEIPTED_MSG_ID, "0123456789\0".getBytes(StandardCharsets.US_ASCII)));
            deliveryReceipt.addOptionalParameter(new Tlv(SmppConstants.TAG_MSG_STATE, new byte[] {2}));
            deliveryReceipt.addOptionalParameter(new Tlv(SmppConstants.TAG_NETWORK_ERROR_CODE, new byte[] {3, 0, 0}));
            deliveryReceipt.setSequenceNumber(0x5678);

            enquireLink = new EnquireLink();
            enquireLink.setSequenceNumber(0x9ABC);

            submitSmFrame = sameBytes(submitSm, smppkit.submitSmFrame());
            deliveryReceiptFrame = sameBytes(deliveryReceipt, smppkit.deliveryReceiptFrame());
            enquireLinkFrame = sameBytes(enquireLink, smppkit.enquireLinkFrame());
        } finally {
            smppkit.tearDown();
        }
    }

    /** Checks that Cloudhopper encodes {@code pdu} to smppkit's bytes, and returns them in a heap buffer. */
    private ChannelBuffer sameBytes(Pdu pdu, ByteBuf smppkitFrame) throws Exception {
        byte[] expected = ByteBufUtil.getBytes(smppkitFrame);
        ChannelBuffer encoded = transcoder.encode(pdu);
        byte[] actual = new byte[encoded.readableBytes()];
        encoded.getBytes(encoded.readerIndex(), actual);
        if (!Arrays.equals(expected, actual)) {
            throw new IllegalStateException("Cloudhopper encodes " + pdu.getName() + " differently:\n smppkit    "
                    + ByteBufUtil.hexDump(expected) + "\n cloudhopper " + ByteBufUtil.hexDump(actual));
        }
        ChannelBuffer frame = ChannelBuffers.wrappedBuffer(expected);
        Pdu decoded = transcoder.decode(frame);
        frame.readerIndex(0);
        if (decoded == null || decoded.getCommandId() != pdu.getCommandId()) {
            throw new IllegalStateException(
                    "Cloudhopper decoded " + decoded + " from " + ByteBufUtil.hexDump(expected));
        }
        return frame;
    }

    private void encode(Pdu pdu, Blackhole bh) throws Exception {
        pdu.removeCommandLength(); // as a fresh PDU: encode computes the length
        bh.consume(transcoder.encode(pdu).writerIndex());
    }

    private void decode(ChannelBuffer frame, Blackhole bh) throws Exception {
        frame.readerIndex(0);
        bh.consume(transcoder.decode(frame));
    }

    @Benchmark
    public void encodeSubmitSm(Blackhole bh) throws Exception {
        encode(submitSm, bh);
    }

    @Benchmark
    public void decodeSubmitSm(Blackhole bh) throws Exception {
        decode(submitSmFrame, bh);
    }

    @Benchmark
    public void encodeDeliveryReceipt(Blackhole bh) throws Exception {
        encode(deliveryReceipt, bh);
    }

    @Benchmark
    public void decodeDeliveryReceipt(Blackhole bh) throws Exception {
        decode(deliveryReceiptFrame, bh);
    }

    @Benchmark
    public void encodeEnquireLink(Blackhole bh) throws Exception {
        encode(enquireLink, bh);
    }

    @Benchmark
    public void decodeEnquireLink(Blackhole bh) throws Exception {
        decode(enquireLinkFrame, bh);
    }
}
