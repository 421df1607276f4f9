package dev.smppkit.bench;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.NetworkErrorCode;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduCodec;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.Tlvs;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Encode and decode of the three PDUs that dominate an ESME's traffic: a submit_sm with a full 160-character GSM text,
 * a deliver_sm delivery receipt, and enquire_link.
 *
 * <p>Encode writes into a direct buffer from the pooled allocator, as {@code SmppPduEncoder} does on an event loop,
 * and releases it. Decode reads from a pre-encoded direct buffer whose reader index is reset each time, as
 * {@code SmppPduDecoder} hands a slice of its cumulation to {@link PduCodec#decode}. Run with {@code -prof gc}:
 * {@code gc.alloc.rate.norm} is the heap allocated per operation, which should be about 0 for encode and the decoded
 * PDU's object graph for decode.
 *
 * <p>The benchmark threads are {@code FastThreadLocalThread}s ({@link EventLoopThreadExecutor}), as on an event loop:
 * on a plain thread Netty 4.2 gives the pooled allocator no thread cache and recycles no {@code ByteBuf} objects, which
 * costs about 100 B per buffer that the codec does not control. Leak detection, which samples and allocates a tracker
 * now and then, is off so that it does not blur the codec's own allocation.
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
public class CodecBenchmark {
    /** 160 GSM 03.38 characters that have the same code as in ASCII, so the unpacked septets are the ASCII bytes. */
    static final String GSM_TEXT_160 = "Your verification code is 482913. It expires in 10 minutes. "
            + "Do not share it with anyone, including our staff. If you did not ask for this code, ignore this SMS.";

    /** The Appendix B receipt text, with the TLVs that carry the same facts. */
    static final String RECEIPT_TEXT = "id:0123456789 sub:001 dlvrd:001 submit date:2411221530 done date:2411221531"
            + " stat:DELIVRD err:000 Text:Your verification c";

    private final ByteBufAllocator alloc = PooledByteBufAllocator.DEFAULT;

    private SubmitSm submitSm;
    private DeliverSm deliveryReceipt;
    private EnquireLink enquireLink;

    private ByteBuf submitSmFrame;
    private ByteBuf deliveryReceiptFrame;
    private ByteBuf enquireLinkFrame;

    @Setup
    public void setUp() {
        if (GSM_TEXT_160.length() != 160) {
            throw new IllegalStateException("text is " + GSM_TEXT_160.length() + " characters");
        }
        submitSm = SubmitSm.builder()
                .sourceAddress(Address.international("447700900123"))
                .destAddress(Address.international("447700900456"))
                .registeredDelivery(RegisteredDelivery.RECEIPT)
                .dataCoding(DataCoding.SMSC_DEFAULT)
                .shortMessage(GSM_TEXT_160.getBytes(StandardCharsets.US_ASCII))
                .build()
                .withSequenceNumber(0x1234);
        deliveryReceipt = DeliverSm.builder()
                .sourceAddress(Address.international("447700900456"))
                .destAddress(Address.international("447700900123"))
                .esmClass(EsmClass.DELIVERY_RECEIPT)
                .shortMessage(RECEIPT_TEXT.getBytes(StandardCharsets.US_ASCII))
                .tlvs(Tlvs.builder()
                        .receiptedMessageId("0123456789")
                        .messageState(MessageState.DELIVERED)
                        .networkErrorCode(new NetworkErrorCode(NetworkErrorCode.GSM, 0))
                        .build())
                .build()
                .withSequenceNumber(0x5678);
        enquireLink = EnquireLink.create().withSequenceNumber(0x9ABC);

        submitSmFrame = PduCodec.encode(submitSm, alloc);
        deliveryReceiptFrame = PduCodec.encode(deliveryReceipt, alloc);
        enquireLinkFrame = PduCodec.encode(enquireLink, alloc);
        check(submitSm, submitSmFrame);
        check(deliveryReceipt, deliveryReceiptFrame);
        check(enquireLink, enquireLinkFrame);
    }

    private static void check(Pdu pdu, ByteBuf frame) {
        if (!frame.isDirect()) {
            throw new IllegalStateException("expected a direct buffer, got " + frame);
        }
        Pdu decoded = PduCodec.decode(frame);
        frame.readerIndex(0);
        if (!decoded.equals(pdu)) {
            throw new IllegalStateException(decoded + " != " + pdu);
        }
    }

    /** The PDUs and their pre-encoded frames, for the comparisons in {@link CloudhopperCodecBenchmark}. */
    SubmitSm submitSm() {
        return submitSm;
    }

    DeliverSm deliveryReceipt() {
        return deliveryReceipt;
    }

    EnquireLink enquireLink() {
        return enquireLink;
    }

    ByteBuf submitSmFrame() {
        return submitSmFrame;
    }

    ByteBuf deliveryReceiptFrame() {
        return deliveryReceiptFrame;
    }

    ByteBuf enquireLinkFrame() {
        return enquireLinkFrame;
    }

    @TearDown
    public void tearDown() {
        submitSmFrame.release();
        deliveryReceiptFrame.release();
        enquireLinkFrame.release();
    }

    private void encode(Pdu pdu, Blackhole bh) {
        ByteBuf buf = PduCodec.encode(pdu, alloc);
        bh.consume(buf.writerIndex());
        buf.release();
    }

    private static void decode(ByteBuf frame, Blackhole bh) {
        frame.readerIndex(0);
        bh.consume(PduCodec.decode(frame));
    }

    @Benchmark
    public void encodeSubmitSm(Blackhole bh) {
        encode(submitSm, bh);
    }

    @Benchmark
    public void decodeSubmitSm(Blackhole bh) {
        decode(submitSmFrame, bh);
    }

    @Benchmark
    public void encodeDeliveryReceipt(Blackhole bh) {
        encode(deliveryReceipt, bh);
    }

    @Benchmark
    public void decodeDeliveryReceipt(Blackhole bh) {
        decode(deliveryReceiptFrame, bh);
    }

    @Benchmark
    public void encodeEnquireLink(Blackhole bh) {
        encode(enquireLink, bh);
    }

    @Benchmark
    public void decodeEnquireLink(Blackhole bh) {
        decode(enquireLinkFrame, bh);
    }
}
