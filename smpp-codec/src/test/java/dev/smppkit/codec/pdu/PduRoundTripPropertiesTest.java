package dev.smppkit.codec.pdu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.SmppPduDecoder;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.testing.LeakGuardExtension;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.FixedSeedMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Property-based round trip of every SMPP 3.4 PDU type with random valid field values: decode(encode(p)) equals p,
 * the announced length is what is written, re-encoding a decoded PDU gives the same bytes, and a stream of PDUs fed
 * to {@link SmppPduDecoder} in random chunks decodes to the same PDUs. Seeds are fixed so that CI is deterministic.
 *
 * <p>jqwik's generic edge cases are off: with one arbitrary per PDU family they would all come from the first family.
 * The extremes that matter (maximum-length fields, 254 destinations, 254-octet short_message, NULL addresses and
 * times, error responses with and without a body) are generated on purpose instead.
 */
class PduRoundTripPropertiesTest {
    private static final int TRIES = 2000;

    // jqwik is its own engine, so the Jupiter leak guard does not run for it: install it first, check it last.
    @BeforeContainer
    static void installLeakGuard() throws InterruptedException {
        LeakGuardExtension.collect();
    }

    @AfterContainer
    static void noLeaks() throws InterruptedException {
        assertThat(LeakGuardExtension.collect()).as("leaked buffers").isEmpty();
    }

    @Property(tries = TRIES, seed = "42", whenFixedSeed = FixedSeedMode.ALLOW, edgeCases = EdgeCasesMode.NONE)
    void decodeOfEncodeIsIdentity(@ForAll("pdus") Pdu pdu) {
        byte[] bytes = encode(pdu);
        ByteBuf frame = Unpooled.wrappedBuffer(bytes);
        Pdu decoded = PduCodec.decode(frame);
        assertThat(frame.isReadable()).as("the frame is consumed").isFalse();
        assertThat(decoded).isEqualTo(pdu);
        assertThat(decoded.hashCode()).isEqualTo(pdu.hashCode());
        assertThat(decoded.getClass()).isSameAs(pdu.getClass());
        Statistics.label("command_id")
                .collect(pdu.commandId().isKnown() ? pdu.commandId().name() : "unknown");
    }

    @Property(tries = TRIES, seed = "43", whenFixedSeed = FixedSeedMode.ALLOW, edgeCases = EdgeCasesMode.NONE)
    void encodedLengthIsWhatIsWritten(@ForAll("pdus") Pdu pdu, @ForAll("offsets") int offset) {
        int length = PduCodec.encodedLength(pdu);
        ByteBuf out = Unpooled.buffer(offset + length + 8);
        try {
            out.writerIndex(offset);
            PduCodec.encode(pdu, out);
            assertThat(out.writerIndex() - offset).isEqualTo(length);
            assertThat(out.getInt(offset)).as("command_length").isEqualTo(length);
        } finally {
            out.release();
        }
        ByteBuf exact = PduCodec.encode(pdu, UnpooledByteBufAllocator.DEFAULT);
        try {
            assertThat(exact.capacity()).as("exactly sized buffer").isEqualTo(length);
            assertThat(exact.readableBytes()).isEqualTo(length);
        } finally {
            exact.release();
        }
    }

    @Property(tries = TRIES, seed = "44", whenFixedSeed = FixedSeedMode.ALLOW, edgeCases = EdgeCasesMode.NONE)
    void reEncodingTheDecodedPduGivesTheSameBytes(@ForAll("pdus") Pdu pdu) {
        byte[] bytes = encode(pdu);
        byte[] again = encode(PduCodec.decode(Unpooled.wrappedBuffer(bytes)));
        assertThat(HexFormat.of().formatHex(again)).isEqualTo(HexFormat.of().formatHex(bytes));
    }

    @Property(tries = TRIES, seed = "45", whenFixedSeed = FixedSeedMode.ALLOW, edgeCases = EdgeCasesMode.NONE)
    void chunkedStreamDecodesToTheSamePdus(
            @ForAll("pduStreams") List<Pdu> pdus, @ForAll("chunkSizes") List<Integer> chunkSizes) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (Pdu p : pdus) {
            stream.writeBytes(encode(p));
        }
        byte[] bytes = stream.toByteArray();

        List<Object> events = new ArrayList<>();
        EmbeddedChannel channel = new EmbeddedChannel(new SmppPduDecoder(), new Recorder(events));
        int at = 0;
        for (int i = 0; at < bytes.length; i++) {
            int n = Math.min(chunkSizes.get(i % chunkSizes.size()), bytes.length - at);
            channel.writeInbound(Unpooled.wrappedBuffer(bytes, at, n)); // untracked: cheap under paranoid
            at += n;
        }
        assertThat(channel.finish()).as("nothing left in the channel").isFalse();
        assertThat(events).containsExactlyElementsOf(pdus);
    }

    /** Collects decoded PDUs and decode errors in the order they arrive, without passing them on. */
    static final class Recorder extends ChannelInboundHandlerAdapter {
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

    static byte[] encode(Pdu pdu) {
        ByteBuf buf = PduCodec.encode(pdu, UnpooledByteBufAllocator.DEFAULT);
        try {
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Providers

    @Provide
    Arbitrary<Pdu> pdus() {
        return anyPdu();
    }

    @Provide
    Arbitrary<List<Pdu>> pduStreams() {
        return anyPdu().list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<Integer>> chunkSizes() {
        Arbitrary<Integer> size = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(1, 16)),
                Tuple.of(3, Arbitraries.integers().between(17, 300)),
                Tuple.of(1, Arbitraries.integers().between(301, 9000)));
        return size.list().ofMinSize(1).ofMaxSize(32);
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(0, 64);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // PDU arbitraries, one or more per type

    static Arbitrary<Pdu> anyPdu() {
        List<Arbitrary<? extends Pdu>> all = List.of(
                bind(),
                bindResp(),
                outbind(),
                headerOnlyRequest(),
                headerOnlyResponse(),
                submitSm(),
                deliverSm(),
                submitMulti(),
                submitMultiResp(),
                messageIdResp(),
                dataSm(),
                querySm(),
                querySmResp(),
                cancelSm(),
                replaceSm(),
                alertNotification(),
                unknownPdu());
        return Combinators.combine(Arbitraries.oneOf(all), sequenceNumber()).as(Pdu::withSequenceNumber);
    }

    static Arbitrary<Bind> bind() {
        return Arbitraries.of(BindType.class)
                .flatMap(type -> Builders.withBuilder(() -> Bind.builder(type))
                        .use(cString(16))
                        .in(Bind.Builder::systemId)
                        .use(cString(9))
                        .in(Bind.Builder::password)
                        .use(cString(13))
                        .in(Bind.Builder::systemType)
                        .use(Arbitraries.frequencyOf(
                                Tuple.of(3, Arbitraries.just(Bind.VERSION_3_4)),
                                Tuple.of(1, Arbitraries.integers().between(0, 255))))
                        .in(Bind.Builder::interfaceVersion)
                        .use(address(41))
                        .in(Bind.Builder::addressRange)
                        .use(tlvs())
                        .in(Bind.Builder::tlvs)
                        .build(Bind.Builder::build));
    }

    static Arbitrary<BindResp> bindResp() {
        return Arbitraries.of(BindType.class)
                .flatMap(type -> Builders.withBuilder(() -> BindResp.builder(type))
                        .use(status())
                        .in(BindResp.Builder::commandStatus)
                        .use(tlvs())
                        .in(BindResp.Builder::tlvs)
                        .use(cString(16))
                        .withProbability(0.7)
                        .in(BindResp.Builder::systemId)
                        .use(Arbitraries.integers().between(0, 255))
                        .withProbability(0.5)
                        .in(BindResp.Builder::scInterfaceVersion)
                        .build(BindResp.Builder::build));
    }

    static Arbitrary<Outbind> outbind() {
        return Combinators.combine(tlvs(), cString(16), cString(9))
                .as((tlvs, systemId, password) -> new Outbind(0, tlvs, systemId, password));
    }

    static Arbitrary<Pdu> headerOnlyRequest() {
        return Combinators.combine(Arbitraries.integers().between(0, 1), tlvs())
                .as((kind, tlvs) -> kind == 0 ? new Unbind(0, tlvs) : new EnquireLink(0, tlvs));
    }

    static Arbitrary<Pdu> headerOnlyResponse() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), status(), tlvs())
                .as((kind, status, tlvs) -> switch (kind) {
                    case 0 -> new GenericNack(status, 0, tlvs);
                    case 1 -> new UnbindResp(status, 0, tlvs);
                    case 2 -> new EnquireLinkResp(status, 0, tlvs);
                    case 3 -> new CancelSmResp(status, 0, tlvs);
                    default -> new ReplaceSmResp(status, 0, tlvs);
                });
    }

    static Arbitrary<SubmitSm> submitSm() {
        return Builders.withBuilder(SubmitSm::builder)
                .use(cString(6))
                .in(SubmitSm.Builder::serviceType)
                .use(address(21))
                .in(SubmitSm.Builder::sourceAddress)
                .use(address(21))
                .in(SubmitSm.Builder::destAddress)
                .use(esmClass())
                .in(SubmitSm.Builder::esmClass)
                .use(octet())
                .in(SubmitSm.Builder::protocolId)
                .use(Arbitraries.integers().between(0, 3))
                .in(SubmitSm.Builder::priorityFlag)
                .use(optionalTime())
                .in(SubmitSm.Builder::scheduleDeliveryTime)
                .use(optionalTime())
                .in(SubmitSm.Builder::validityPeriod)
                .use(registeredDelivery())
                .in(SubmitSm.Builder::registeredDelivery)
                .use(Arbitraries.integers().between(0, 1))
                .in(SubmitSm.Builder::replaceIfPresentFlag)
                .use(dataCoding())
                .in(SubmitSm.Builder::dataCoding)
                .use(Arbitraries.integers().between(0, 254))
                .in(SubmitSm.Builder::smDefaultMsgId)
                .use(userData())
                .in((b, d) -> d.apply(b))
                .build(SubmitSm.Builder::build);
    }

    static Arbitrary<DeliverSm> deliverSm() {
        Arbitrary<DeliverSm> built = Builders.withBuilder(DeliverSm::builder)
                .use(cString(6))
                .in(DeliverSm.Builder::serviceType)
                .use(address(21))
                .in(DeliverSm.Builder::sourceAddress)
                .use(address(21))
                .in(DeliverSm.Builder::destAddress)
                .use(esmClass())
                .in(DeliverSm.Builder::esmClass)
                .use(octet())
                .in(DeliverSm.Builder::protocolId)
                .use(Arbitraries.integers().between(0, 3))
                .in(DeliverSm.Builder::priorityFlag)
                .use(registeredDelivery())
                .in(DeliverSm.Builder::registeredDelivery)
                .use(dataCoding())
                .in(DeliverSm.Builder::dataCoding)
                .use(userData())
                .in((b, d) -> d.apply(b))
                .build(DeliverSm.Builder::build);
        // A peer may fill the fields deliver_sm should leave NULL; the decoder keeps them, so they must round trip.
        Arbitrary<DeliverSm> fromSubmit = submitSm().map(sm -> new DeliverSm(0, sm.tlvs(), BaseSm.Fieldset.of(sm)));
        Arbitrary<DeliverSm> receipt = Combinators.combine(
                        address(21), address(21), cString(65), Arbitraries.of(MessageState.class), networkErrorCode())
                .as((src, dst, id, state, nec) -> DeliverSm.builder()
                        .sourceAddress(src)
                        .destAddress(dst)
                        .esmClass(EsmClass.DELIVERY_RECEIPT)
                        .shortMessage(("id:" + id + " sub:001 dlvrd:001 submit date:2411221530 done date:2411221531"
                                        + " stat:DELIVRD err:000 text:hello")
                                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                        .tlvs(Tlvs.builder()
                                .receiptedMessageId(id)
                                .messageState(state)
                                .networkErrorCode(nec)
                                .build())
                        .build());
        return Arbitraries.frequencyOf(Tuple.of(4, built), Tuple.of(2, fromSubmit), Tuple.of(1, receipt));
    }

    static Arbitrary<SubmitMulti> submitMulti() {
        Arbitrary<DestinationAddress> destination = Arbitraries.frequencyOf(
                Tuple.of(3, address(21).map(DestinationAddress::sme)),
                Tuple.of(1, cString(21).map(DestinationAddress::distributionList)));
        Arbitrary<List<DestinationAddress>> destinations = Arbitraries.frequencyOf(
                Tuple.of(6, destination.list().ofMinSize(1).ofMaxSize(8)),
                Tuple.of(2, destination.list().ofMinSize(9).ofMaxSize(SubmitMulti.MAX_DESTINATIONS)),
                Tuple.of(1, destination.list().ofSize(SubmitMulti.MAX_DESTINATIONS)));
        return Builders.withBuilder(SubmitMulti::builder)
                .use(cString(6))
                .in(SubmitMulti.Builder::serviceType)
                .use(address(21))
                .in(SubmitMulti.Builder::sourceAddress)
                .use(destinations)
                .in((b, list) -> {
                    list.forEach(b::addDestination);
                    return b;
                })
                .use(esmClass())
                .in(SubmitMulti.Builder::esmClass)
                .use(octet())
                .in(SubmitMulti.Builder::protocolId)
                .use(Arbitraries.integers().between(0, 3))
                .in(SubmitMulti.Builder::priorityFlag)
                .use(optionalTime())
                .in(SubmitMulti.Builder::scheduleDeliveryTime)
                .use(optionalTime())
                .in(SubmitMulti.Builder::validityPeriod)
                .use(registeredDelivery())
                .in(SubmitMulti.Builder::registeredDelivery)
                .use(dataCoding())
                .in(SubmitMulti.Builder::dataCoding)
                .use(Arbitraries.integers().between(0, 254))
                .in(SubmitMulti.Builder::smDefaultMsgId)
                .use(userData())
                .in((b, d) -> d.apply(b))
                .build(SubmitMulti.Builder::build);
    }

    static Arbitrary<SubmitMultiResp> submitMultiResp() {
        Arbitrary<UnsuccessSme> unsuccess =
                Combinators.combine(address(21), status()).as(UnsuccessSme::new);
        Arbitrary<List<UnsuccessSme>> list = Arbitraries.frequencyOf(
                Tuple.of(4, unsuccess.list().ofMaxSize(5)),
                Tuple.of(1, unsuccess.list().ofMaxSize(255)));
        return Builders.withBuilder(SubmitMultiResp::builder)
                .use(status())
                .in(SubmitMultiResp.Builder::commandStatus)
                .use(tlvs())
                .in(SubmitMultiResp.Builder::tlvs)
                .use(cString(65))
                .withProbability(0.7)
                .in(SubmitMultiResp.Builder::messageId)
                .use(list)
                .withProbability(0.6)
                .in((b, l) -> {
                    l.forEach(b::addUnsuccessful);
                    return b;
                })
                .build(SubmitMultiResp.Builder::build);
    }

    /** submit_sm_resp, deliver_sm_resp and data_sm_resp: message_id, present or not, with any status. */
    static Arbitrary<PduResponse> messageIdResp() {
        Arbitrary<String> id = cString(65).injectNull(0.3);
        return Combinators.combine(Arbitraries.integers().between(0, 2), status(), id, tlvs())
                .as((kind, status, messageId, tlvs) -> switch (kind) {
                    case 0 -> {
                        SubmitSmResp.Builder b =
                                SubmitSmResp.builder().commandStatus(status).tlvs(tlvs);
                        yield (messageId == null ? b : b.messageId(messageId)).build();
                    }
                    case 1 -> {
                        DeliverSmResp.Builder b =
                                DeliverSmResp.builder().commandStatus(status).tlvs(tlvs);
                        yield (messageId == null ? b : b.messageId(messageId)).build();
                    }
                    default -> {
                        DataSmResp.Builder b =
                                DataSmResp.builder().commandStatus(status).tlvs(tlvs);
                        yield (messageId == null ? b : b.messageId(messageId)).build();
                    }
                });
    }

    static Arbitrary<DataSm> dataSm() {
        return Builders.withBuilder(DataSm::builder)
                .use(cString(6))
                .in(DataSm.Builder::serviceType)
                .use(address(65))
                .in(DataSm.Builder::sourceAddress)
                .use(address(65))
                .in(DataSm.Builder::destAddress)
                .use(esmClass())
                .in(DataSm.Builder::esmClass)
                .use(registeredDelivery())
                .in(DataSm.Builder::registeredDelivery)
                .use(dataCoding())
                .in(DataSm.Builder::dataCoding)
                .use(tlvs())
                .in(DataSm.Builder::tlvs)
                .use(bytes(0, 600))
                .withProbability(0.7)
                .in(DataSm.Builder::messagePayload)
                .build(DataSm.Builder::build);
    }

    static Arbitrary<QuerySm> querySm() {
        return Combinators.combine(tlvs(), cString(65), address(21))
                .as((tlvs, id, source) -> tlvs.isEmpty() ? QuerySm.of(id, source) : new QuerySm(0, tlvs, id, source));
    }

    static Arbitrary<QuerySmResp> querySmResp() {
        Arbitrary<QuerySmResp> built = Builders.withBuilder(QuerySmResp::builder)
                .use(status())
                .in(QuerySmResp.Builder::commandStatus)
                .use(tlvs())
                .in(QuerySmResp.Builder::tlvs)
                .use(cString(65))
                .withProbability(0.7)
                .in(QuerySmResp.Builder::messageId)
                .use(optionalTime())
                .in(QuerySmResp.Builder::finalDate)
                .use(Arbitraries.of(MessageState.class))
                .in(QuerySmResp.Builder::messageState)
                .use(octet())
                .in(QuerySmResp.Builder::errorCode)
                .build(QuerySmResp.Builder::build);
        // An SMSC may send a message_state 3.4 does not define; it is kept as the raw octet.
        Arbitrary<QuerySmResp> rawState = Combinators.combine(
                        status(), tlvs(), cString(65), optionalTime(), octet(), octet())
                .as((status, tlvs, id, date, state, error) -> new QuerySmResp(status, 0, tlvs, id, date, state, error));
        return Arbitraries.frequencyOf(Tuple.of(4, built), Tuple.of(1, rawState));
    }

    static Arbitrary<CancelSm> cancelSm() {
        return Builders.withBuilder(CancelSm::builder)
                .use(cString(6))
                .in(CancelSm.Builder::serviceType)
                .use(cString(65))
                .in(CancelSm.Builder::messageId)
                .use(address(21))
                .in(CancelSm.Builder::sourceAddress)
                .use(address(21))
                .in(CancelSm.Builder::destAddress)
                .use(tlvs())
                .in(CancelSm.Builder::tlvs)
                .build(CancelSm.Builder::build);
    }

    static Arbitrary<ReplaceSm> replaceSm() {
        return Builders.withBuilder(ReplaceSm::builder)
                .use(cString(65))
                .in(ReplaceSm.Builder::messageId)
                .use(address(21))
                .in(ReplaceSm.Builder::sourceAddress)
                .use(optionalTime())
                .in(ReplaceSm.Builder::scheduleDeliveryTime)
                .use(optionalTime())
                .in(ReplaceSm.Builder::validityPeriod)
                .use(registeredDelivery())
                .in(ReplaceSm.Builder::registeredDelivery)
                .use(Arbitraries.integers().between(0, 254))
                .in(ReplaceSm.Builder::smDefaultMsgId)
                .use(bytes(0, BaseSm.MAX_SHORT_MESSAGE))
                .in(ReplaceSm.Builder::shortMessage)
                .use(tlvs())
                .in(ReplaceSm.Builder::tlvs)
                .build(ReplaceSm.Builder::build);
    }

    static Arbitrary<AlertNotification> alertNotification() {
        Arbitrary<Tlvs> tlvs = Arbitraries.frequencyOf(
                Tuple.of(
                        2,
                        Arbitraries.integers()
                                .between(0, 2)
                                .map(s -> Tlvs.builder().msAvailabilityStatus(s).build())),
                Tuple.of(1, tlvs()));
        return Combinators.combine(address(65), address(65), tlvs).as(AlertNotification::of);
    }

    static Arbitrary<UnknownPdu> unknownPdu() {
        Arbitrary<Integer> value = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.integers().between(0x0A, 0x200)),
                Tuple.of(1, Arbitraries.integers().between(0x00010200, 0x000102FF)),
                Tuple.of(1, Arbitraries.integers()));
        Arbitrary<Integer> id = Combinators.combine(value, Arbitraries.of(false, true))
                .as((v, response) -> response ? v | CommandId.RESPONSE_BIT : v)
                .filter(i -> !CommandId.of(i).isKnown());
        return Combinators.combine(id, status(), bytes(0, 300)).as(UnknownPdu::of);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Field arbitraries

    static Arbitrary<Integer> sequenceNumber() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(1, 0x7FFFFFFF)), Tuple.of(1, Arbitraries.integers()));
    }

    private static final List<CommandStatus> KNOWN_STATUSES = constants(CommandStatus.class, CommandStatus.class);
    private static final List<TlvTag> KNOWN_TAGS = constants(TlvTag.class, TlvTag.class);

    static Arbitrary<CommandStatus> status() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(CommandStatus.ESME_ROK)),
                Tuple.of(2, Arbitraries.of(KNOWN_STATUSES)),
                Tuple.of(1, Arbitraries.integers().map(CommandStatus::of)));
    }

    /** A C-Octet String of at most {@code maxWithNul - 1} characters: mostly digits, sometimes any Latin-1 but NUL. */
    static Arbitrary<String> cString(int maxWithNul) {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.strings().numeric().ofMaxLength(maxWithNul - 1)),
                Tuple.of(
                        1,
                        Arbitraries.strings().withCharRange('\u0001', '\u00FF').ofMaxLength(maxWithNul - 1)),
                Tuple.of(
                        1,
                        Arbitraries.strings().withCharRange('\u0001', '\u00FF').ofLength(maxWithNul - 1)));
    }

    static Arbitrary<Address> address(int maxWithNul) {
        Arbitrary<Integer> ton =
                Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.integers().between(0, 6)), Tuple.of(1, octet()));
        Arbitrary<Integer> npi = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(0, 1, 3, 4, 6, 8, 9, 10, 14, 18)), Tuple.of(1, octet()));
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Address.NULL)),
                Tuple.of(6, Combinators.combine(ton, npi, cString(maxWithNul)).as(Address::of)));
    }

    static Arbitrary<Integer> octet() {
        return Arbitraries.integers().between(0, 255);
    }

    static Arbitrary<EsmClass> esmClass() {
        return octet().map(EsmClass::of);
    }

    static Arbitrary<RegisteredDelivery> registeredDelivery() {
        return octet().map(RegisteredDelivery::of);
    }

    static Arbitrary<DataCoding> dataCoding() {
        return octet().map(DataCoding::of);
    }

    static Arbitrary<byte[]> bytes(int min, int max) {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(min).ofMaxSize(max);
    }

    static Arbitrary<SmppTime> optionalTime() {
        return Arbitraries.frequencyOf(Tuple.of(2, absoluteTime()), Tuple.of(1, relativeTime()))
                .injectNull(0.5);
    }

    static Arbitrary<SmppTime> absoluteTime() {
        Arbitrary<String> date = Combinators.combine(
                        Arbitraries.integers().between(0, 99),
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(1, 28),
                        Arbitraries.integers().between(0, 23))
                .as((yy, mm, dd, hh) -> String.format("%02d%02d%02d%02d", yy, mm, dd, hh));
        Arbitrary<String> time = Combinators.combine(
                        Arbitraries.integers().between(0, 59),
                        Arbitraries.integers().between(0, 59),
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, 48),
                        Arbitraries.of('+', '-'))
                .as((mi, ss, t, nn, p) -> String.format("%02d%02d%d%02d%c", mi, ss, t, nn, p));
        Arbitrary<SmppTime> parsed = Combinators.combine(date, time).as((d, t) -> SmppTime.parse(d + t));
        long from = Instant.parse("1938-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2037-12-31T23:59:59Z").getEpochSecond();
        Arbitrary<SmppTime> fromInstant =
                Arbitraries.longs().between(from, to).map(s -> SmppTime.absolute(Instant.ofEpochSecond(s)));
        return Arbitraries.oneOf(parsed, fromInstant);
    }

    static Arbitrary<SmppTime> relativeTime() {
        Arbitrary<SmppTime> parsed =
                Arbitraries.strings().numeric().ofLength(12).map(s -> SmppTime.parse(s + "000R"));
        Arbitrary<SmppTime> built = Combinators.combine(
                        Arbitraries.integers().between(0, 99),
                        Arbitraries.integers().between(0, 99),
                        Arbitraries.integers().between(0, 99),
                        Arbitraries.longs().between(0, 100 * 3600 - 1))
                .as((y, m, d, s) -> SmppTime.relative(y, m, d, Duration.ofSeconds(s)));
        return Arbitraries.oneOf(parsed, built);
    }

    static Arbitrary<NetworkErrorCode> networkErrorCode() {
        return Combinators.combine(octet(), Arbitraries.integers().between(0, 0xFFFF))
                .as(NetworkErrorCode::new);
    }

    static Arbitrary<Tlv> tlv() {
        Arbitrary<Tlv> known = Arbitraries.of(KNOWN_TAGS)
                .flatMap(t -> bytes(t.minLength(), Math.min(t.maxLength(), 300)).map(v -> Tlv.of(t.tag(), v)));
        Arbitrary<Tlv> vendor = Combinators.combine(Arbitraries.integers().between(0x1400, 0x3FFF), bytes(0, 64))
                .as(Tlv::of);
        Arbitrary<Tlv> reserved = Combinators.combine(
                        Arbitraries.integers().between(0, 0xFFFF).filter(t -> TlvTag.known(t) == null), bytes(0, 32))
                .as(Tlv::of);
        Arbitrary<Tlv> typed = Arbitraries.oneOf(
                cString(65).map(id -> Tlv.ofCString(TlvTag.RECEIPTED_MESSAGE_ID, id)),
                Arbitraries.of(MessageState.class).map(s -> Tlv.ofInt(TlvTag.MESSAGE_STATE, s.code())),
                networkErrorCode().map(NetworkErrorCode::toTlv),
                Arbitraries.integers().between(0, 0xFFFF).map(v -> Tlv.ofInt(TlvTag.SAR_MSG_REF_NUM, v)),
                Arbitraries.longs().between(0, 0xFFFFFFFFL).map(v -> Tlv.ofInt(TlvTag.QOS_TIME_TO_LIVE, v)),
                cString(256).map(s -> Tlv.ofCString(TlvTag.ADDITIONAL_STATUS_INFO_TEXT, s)));
        return Arbitraries.frequencyOf(
                Tuple.of(3, known), Tuple.of(2, vendor), Tuple.of(1, reserved), Tuple.of(2, typed));
    }

    static Arbitrary<Tlvs> tlvs() {
        Arbitrary<Tlvs> some = tlv().list().ofMinSize(1).ofMaxSize(6).map(list -> {
            Tlvs.Builder b = Tlvs.builder();
            list.forEach(b::add);
            return b.build();
        });
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Tlvs.EMPTY)), Tuple.of(1, some));
    }

    /**
     * The user data of submit_sm, deliver_sm and submit_multi with the TLVs: short_message (0–254 octets), or
     * message_payload with sm_length 0, never both.
     */
    record UserData(byte[] shortMessage, byte[] payload, Tlvs tlvs) {
        <B extends BaseSm.Builder<?, B>> B apply(B builder) {
            builder.tlvs(tlvs);
            return payload != null ? builder.messagePayload(payload) : builder.shortMessage(shortMessage);
        }

        @Override
        public String toString() {
            return "UserData[sm=" + HexFormat.of().formatHex(shortMessage) + ", payload="
                    + (payload == null ? "-" : HexFormat.of().formatHex(payload)) + ", tlvs=" + tlvs + "]";
        }
    }

    static Arbitrary<UserData> userData() {
        Arbitrary<Tlvs> tlvsWithoutPayload = tlvs().map(t -> {
            Tlvs.Builder b = t.toBuilder().remove(TlvTag.MESSAGE_PAYLOAD.tag());
            return b.build();
        });
        Arbitrary<UserData> sm = Combinators.combine(
                        Arbitraries.frequencyOf(
                                Tuple.of(3, bytes(0, 160)),
                                Tuple.of(1, bytes(BaseSm.MAX_SHORT_MESSAGE, BaseSm.MAX_SHORT_MESSAGE))),
                        tlvsWithoutPayload)
                .as((bytes, tlvs) -> new UserData(bytes, null, tlvs));
        Arbitrary<UserData> payload = Combinators.combine(bytes(0, 1200), tlvsWithoutPayload)
                .as((bytes, tlvs) -> new UserData(new byte[0], bytes, tlvs));
        return Arbitraries.frequencyOf(Tuple.of(3, sm), Tuple.of(1, payload));
    }

    /** The public static constants of {@code type} declared in {@code holder}. */
    static <T> List<T> constants(Class<?> holder, Class<T> type) {
        List<T> values = new ArrayList<>();
        for (Field f : holder.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == type) {
                try {
                    values.add(type.cast(f.get(null)));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        assertThat(values).isNotEmpty();
        return List.copyOf(values);
    }
}
