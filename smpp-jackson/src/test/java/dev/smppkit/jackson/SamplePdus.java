package dev.smppkit.jackson;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.pdu.AlertNotification;
import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.CancelSm;
import dev.smppkit.codec.pdu.CancelSmResp;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.DataSmResp;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.DestinationAddress;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.EnquireLinkResp;
import dev.smppkit.codec.pdu.GenericNack;
import dev.smppkit.codec.pdu.NetworkErrorCode;
import dev.smppkit.codec.pdu.Outbind;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduCodec;
import dev.smppkit.codec.pdu.QuerySm;
import dev.smppkit.codec.pdu.QuerySmResp;
import dev.smppkit.codec.pdu.ReplaceSm;
import dev.smppkit.codec.pdu.ReplaceSmResp;
import dev.smppkit.codec.pdu.SubmitMulti;
import dev.smppkit.codec.pdu.SubmitMultiResp;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.SubmitSmResp;
import dev.smppkit.codec.pdu.Tlv;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.pdu.Unbind;
import dev.smppkit.codec.pdu.UnbindResp;
import dev.smppkit.codec.pdu.UnknownPdu;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * PDUs of every SMPP 3.4 type for the JSON tests: hand-picked samples with the awkward cases (no body, vendor and
 * repeated TLVs, values only a decoded PDU can hold), and seeded random ones.
 */
final class SamplePdus {
    private SamplePdus() {}

    static final Address MSISDN = Address.international("447700900123");
    static final Address SHORT_CODE = Address.of(3, 0, "12345");
    static final Tlvs VENDOR = Tlvs.builder()
            .add(Tlv.of(0x1401, new byte[] {1, 2, 3}))
            .add(Tlv.of(0x1401, new byte[0]))
            .userMessageReference(77)
            .build();
    static final SmppTime ABSOLUTE =
            SmppTime.absolute(OffsetDateTime.of(2026, 3, 4, 5, 6, 7, 800_000_000, ZoneOffset.ofHours(2)));
    static final SmppTime RELATIVE = SmppTime.relative(Duration.ofHours(26));

    /** A name and a PDU; the name shows in the parameterized test's display name. */
    record Sample(String name, Pdu pdu) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Sample> all() {
        List<Sample> s = new ArrayList<>();
        for (BindType type : BindType.values()) {
            s.add(new Sample(
                    type.requestId().name(),
                    Bind.builder(type)
                            .systemId("smppclient1")
                            .password("pw\u00e9")
                            .systemType("VMS")
                            .interfaceVersion(0x33)
                            .addressRange(Address.of(1, 1, "^44.*"))
                            .tlvs(VENDOR)
                            .build()
                            .withSequenceNumber(1)));
            s.add(new Sample(
                    type.responseId().name() + " ok",
                    BindResp.builder(type)
                            .systemId("SMSC")
                            .scInterfaceVersion(0x34)
                            .build()
                            .withSequenceNumber(Integer.MAX_VALUE)));
            s.add(new Sample(
                    type.responseId().name() + " no body",
                    BindResp.builder(type)
                            .commandStatus(CommandStatus.ESME_RINVPASWD)
                            .build()));
        }
        s.add(new Sample(
                "bind with defaults", Bind.builder(BindType.TRANSCEIVER).build()));
        s.add(new Sample("outbind", Outbind.of("smsc", "secret").withSequenceNumber(3)));
        s.add(new Sample("unbind", Unbind.create().withSequenceNumber(4)));
        s.add(new Sample("unbind_resp", UnbindResp.create(CommandStatus.ESME_ROK)));
        s.add(new Sample("enquire_link", EnquireLink.create().withSequenceNumber(-5)));
        s.add(new Sample("enquire_link_resp", EnquireLinkResp.create(CommandStatus.ESME_ROK)));
        s.add(new Sample(
                "generic_nack", GenericNack.create(CommandStatus.ESME_RINVCMDID).withSequenceNumber(9)));
        s.add(new Sample("generic_nack vendor status", GenericNack.create(CommandStatus.of(0x401))));
        s.add(new Sample("cancel_sm_resp", CancelSmResp.create(CommandStatus.ESME_RCANCELFAIL)));
        s.add(new Sample("replace_sm_resp", ReplaceSmResp.create(CommandStatus.ESME_ROK)));

        s.add(new Sample(
                "submit_sm full",
                SubmitSm.builder()
                        .serviceType("CMT")
                        .sourceAddress(Address.alphanumeric("ACME"))
                        .destAddress(MSISDN)
                        .esmClass(EsmClass.of(0x43))
                        .protocolId(0x7f)
                        .priorityFlag(3)
                        .scheduleDeliveryTime(ABSOLUTE)
                        .validityPeriod(RELATIVE)
                        .registeredDelivery(RegisteredDelivery.RECEIPT.withIntermediateNotification())
                        .replaceIfPresentFlag(1)
                        .dataCoding(DataCoding.UCS2)
                        .smDefaultMsgId(254)
                        .shortMessage(new byte[] {5, 0, 3, 1, 2, 1, 0, 'H', 0, 'i', (byte) 0xff})
                        .tlvs(VENDOR)
                        .build()
                        .withSequenceNumber(42)));
        s.add(new Sample(
                "submit_sm defaults", SubmitSm.builder().destAddress(MSISDN).build()));
        s.add(new Sample(
                "submit_sm payload",
                SubmitSm.builder()
                        .destAddress(MSISDN)
                        .messagePayload(new byte[1000])
                        .build()));
        s.add(new Sample(
                "deliver_sm mo",
                DeliverSm.builder()
                        .sourceAddress(MSISDN)
                        .destAddress(SHORT_CODE)
                        .dataCoding(DataCoding.LATIN1)
                        .shortMessage("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1))
                        .build()));
        s.add(new Sample(
                "deliver_sm receipt",
                DeliverSm.builder()
                        .sourceAddress(MSISDN)
                        .destAddress(Address.alphanumeric("ACME"))
                        .esmClass(EsmClass.DELIVERY_RECEIPT)
                        .shortMessage(
                                "id:abc sub:001 dlvrd:001 submit date:2603040506 done date:2603040507 stat:DELIVRD err:000"
                                        .getBytes(StandardCharsets.US_ASCII))
                        .tlvs(Tlvs.builder()
                                .receiptedMessageId("abc")
                                .messageState(MessageState.DELIVERED)
                                .networkErrorCode(new NetworkErrorCode(NetworkErrorCode.GSM, 0x0101))
                                .build())
                        .build()));
        s.add(new Sample(
                "submit_multi",
                SubmitMulti.builder()
                        .sourceAddress(SHORT_CODE)
                        .addDestination(DestinationAddress.sme(MSISDN))
                        .addDestination(DestinationAddress.distributionList("friends"))
                        .esmClass(EsmClass.DEFAULT)
                        .validityPeriod(ABSOLUTE)
                        .smDefaultMsgId(7)
                        .shortMessage("hi all".getBytes(StandardCharsets.US_ASCII))
                        .tlvs(VENDOR)
                        .build()));
        s.add(new Sample(
                "submit_multi_resp partial",
                SubmitMultiResp.builder()
                        .messageId("m1")
                        .addUnsuccessful(new dev.smppkit.codec.pdu.UnsuccessSme(MSISDN, CommandStatus.ESME_RINVDSTADR))
                        .build()));
        s.add(new Sample(
                "submit_multi_resp no body",
                SubmitMultiResp.builder()
                        .commandStatus(CommandStatus.ESME_RSYSERR)
                        .build()));
        s.add(new Sample(
                "submit_sm_resp", SubmitSmResp.builder().messageId("0123abcDEF").build()));
        s.add(new Sample("submit_sm_resp empty id", SubmitSmResp.builder().build()));
        s.add(new Sample(
                "submit_sm_resp no body",
                SubmitSmResp.builder()
                        .commandStatus(CommandStatus.ESME_RTHROTTLED)
                        .build()));
        s.add(new Sample(
                "submit_sm_resp error with id",
                SubmitSmResp.builder()
                        .commandStatus(CommandStatus.ESME_RSUBMITFAIL)
                        .messageId("")
                        .build()));
        s.add(new Sample("deliver_sm_resp", DeliverSmResp.builder().build()));
        s.add(new Sample(
                "deliver_sm_resp no body",
                DeliverSmResp.builder()
                        .commandStatus(CommandStatus.ESME_RX_T_APPN)
                        .build()));
        s.add(new Sample(
                "data_sm",
                DataSm.builder()
                        .serviceType("WAP")
                        .sourceAddress(Address.of(1, 1, "4".repeat(64)))
                        .destAddress(MSISDN)
                        .esmClass(EsmClass.DEFAULT)
                        .registeredDelivery(RegisteredDelivery.RECEIPT)
                        .dataCoding(DataCoding.BINARY)
                        .messagePayload(new byte[] {0, 1, 2, (byte) 0x80})
                        .build()));
        s.add(new Sample(
                "data_sm_resp",
                DataSmResp.builder()
                        .messageId("d1")
                        .tlvs(Tlvs.builder()
                                .deliveryFailureReason(1)
                                .additionalStatusInfoText("busy")
                                .build())
                        .build()));
        s.add(new Sample("query_sm", QuerySm.of("q1", MSISDN)));
        s.add(new Sample(
                "query_sm_resp final",
                QuerySmResp.builder()
                        .messageId("q1")
                        .finalDate(ABSOLUTE)
                        .messageState(MessageState.DELIVERED)
                        .errorCode(3)
                        .build()));
        s.add(new Sample(
                "query_sm_resp pending",
                QuerySmResp.builder()
                        .messageId("q1")
                        .messageState(MessageState.ENROUTE)
                        .build()));
        s.add(new Sample(
                "query_sm_resp no body",
                QuerySmResp.builder()
                        .commandStatus(CommandStatus.ESME_RQUERYFAIL)
                        .build()));
        s.add(new Sample(
                "cancel_sm",
                CancelSm.builder()
                        .serviceType("CMT")
                        .messageId("c1")
                        .sourceAddress(SHORT_CODE)
                        .destAddress(MSISDN)
                        .build()));
        s.add(new Sample(
                "replace_sm",
                ReplaceSm.builder()
                        .messageId("r1")
                        .sourceAddress(SHORT_CODE)
                        .scheduleDeliveryTime(RELATIVE)
                        .validityPeriod(ABSOLUTE)
                        .registeredDelivery(RegisteredDelivery.RECEIPT)
                        .smDefaultMsgId(2)
                        .shortMessage("new text".getBytes(StandardCharsets.US_ASCII))
                        .build()));
        s.add(new Sample(
                "alert_notification",
                AlertNotification.of(
                        MSISDN,
                        SHORT_CODE,
                        Tlvs.builder().msAvailabilityStatus(0).build())));
        s.add(new Sample(
                "unknown vendor command",
                UnknownPdu.of(0x00010200, CommandStatus.ESME_ROK, new byte[] {9, 8, 7})
                        .withSequenceNumber(11)));
        s.add(new Sample("unknown with a 3.4 id", UnknownPdu.of(0x80000004, CommandStatus.of(0x99), new byte[0])));
        s.addAll(wireOnly());
        return s;
    }

    /** PDUs the builders cannot make but the decoder produces from what peers send. */
    static List<Sample> wireOnly() {
        List<Sample> s = new ArrayList<>();
        Tlvs tlvs = Tlvs.builder().add(Tlv.of(0x1500, new byte[] {1})).build();
        s.add(new Sample("unbind with a TLV", appendTlvs(Unbind.create().withSequenceNumber(7), tlvs)));
        s.add(new Sample("unbind_resp with a TLV", appendTlvs(UnbindResp.create(CommandStatus.ESME_ROK), tlvs)));
        s.add(new Sample("enquire_link with a TLV", appendTlvs(EnquireLink.create(), tlvs)));
        s.add(new Sample(
                "enquire_link_resp with a TLV", appendTlvs(EnquireLinkResp.create(CommandStatus.ESME_ROK), tlvs)));
        s.add(new Sample(
                "generic_nack with a TLV", appendTlvs(GenericNack.create(CommandStatus.ESME_RINVCMDLEN), tlvs)));
        s.add(new Sample("cancel_sm_resp with a TLV", appendTlvs(CancelSmResp.create(CommandStatus.ESME_ROK), tlvs)));
        s.add(new Sample("replace_sm_resp with a TLV", appendTlvs(ReplaceSmResp.create(CommandStatus.ESME_ROK), tlvs)));
        s.add(new Sample("outbind with a TLV", appendTlvs(Outbind.of("a", "b"), tlvs)));
        s.add(new Sample("query_sm with a TLV", appendTlvs(QuerySm.of("q", Address.NULL), tlvs)));
        // deliver_sm from an SMSC that fills the fields the spec wants NULL: same layout as submit_sm
        SubmitSm filled = SubmitSm.builder()
                .sourceAddress(MSISDN)
                .destAddress(SHORT_CODE)
                .scheduleDeliveryTime(ABSOLUTE)
                .validityPeriod(RELATIVE)
                .replaceIfPresentFlag(1)
                .smDefaultMsgId(9)
                .shortMessage(new byte[] {1})
                .tlvs(tlvs)
                .build()
                .withSequenceNumber(12);
        s.add(new Sample("deliver_sm with reserved fields set", patch(filled, buf -> buf.setInt(4, 0x00000005))));
        SubmitMulti multi = SubmitMulti.builder()
                .addDestination(DestinationAddress.sme(MSISDN))
                .shortMessage(new byte[] {1, 2})
                .tlvs(tlvs)
                .build();
        int flagAt = PduCodec.encodedLength(multi) - tlvs.encodedLength() - 2 - 4;
        s.add(new Sample("submit_multi with replace_if_present_flag", patch(multi, buf -> buf.setByte(flagAt, 1))));
        QuerySmResp resp = QuerySmResp.builder().messageId("q").tlvs(tlvs).build();
        int stateAt = PduCodec.encodedLength(resp) - tlvs.encodedLength() - 2;
        s.add(new Sample("query_sm_resp with an undefined state", patch(resp, buf -> buf.setByte(stateAt, 0xee))));
        return s;
    }

    static Pdu appendTlvs(Pdu pdu, Tlvs tlvs) {
        ByteBuf buf = Unpooled.buffer();
        try {
            PduCodec.encode(pdu, buf);
            for (Tlv t : tlvs.list()) {
                buf.writeShort(t.tag()).writeShort(t.length()).writeBytes(t.value());
            }
            buf.setInt(0, buf.readableBytes());
            return PduCodec.decode(buf);
        } finally {
            buf.release();
        }
    }

    static Pdu patch(Pdu pdu, Consumer<ByteBuf> change) {
        ByteBuf buf = Unpooled.buffer();
        try {
            PduCodec.encode(pdu, buf);
            change.accept(buf);
            return PduCodec.decode(buf);
        } finally {
            buf.release();
        }
    }

    /** Seeded random short messages, with random field values, TLVs and bodies, and random sequence numbers. */
    static List<Pdu> random(long seed, int count) {
        Random r = new Random(seed);
        List<Pdu> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Pdu pdu = switch (r.nextInt(4)) {
                case 0 ->
                    randomSm(
                                    r,
                                    SubmitSm.builder()
                                            .destAddress(address(r))
                                            .validityPeriod(r.nextBoolean() ? null : RELATIVE))
                            .build();
                case 1 ->
                    randomSm(r, DeliverSm.builder().destAddress(address(r))).build();
                case 2 ->
                    DataSm.builder()
                            .sourceAddress(address(r))
                            .destAddress(address(r))
                            .esmClass(EsmClass.of(r.nextInt(256)))
                            .registeredDelivery(RegisteredDelivery.of(r.nextInt(256)))
                            .dataCoding(DataCoding.of(r.nextInt(256)))
                            .messagePayload(bytes(r, 400))
                            .tlvs(randomTlvs(r))
                            .build();
                default ->
                    SubmitSmResp.builder()
                            .commandStatus(CommandStatus.of(r.nextInt(0x500)))
                            .messageId(text(r, 64))
                            .build();
            };
            list.add(pdu.withSequenceNumber(r.nextInt()));
        }
        return list;
    }

    private static <B extends dev.smppkit.codec.pdu.BaseSm.Builder<?, B>> B randomSm(Random r, B b) {
        return b.serviceType(text(r, 5))
                .sourceAddress(address(r))
                .esmClass(EsmClass.of(r.nextInt(256)))
                .protocolId(r.nextInt(256))
                .priorityFlag(r.nextInt(4))
                .registeredDelivery(RegisteredDelivery.of(r.nextInt(256)))
                .dataCoding(DataCoding.of(r.nextInt(256)))
                .tlvs(randomTlvs(r))
                .shortMessage(bytes(r, 254));
    }

    private static Tlvs randomTlvs(Random r) {
        Tlvs.Builder b = Tlvs.builder();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.add(Tlv.of(0x1400 + r.nextInt(0x2c00), bytes(r, 40)));
        }
        return b.build();
    }

    private static Address address(Random r) {
        return r.nextInt(5) == 0 ? Address.NULL : Address.of(r.nextInt(256), r.nextInt(256), text(r, 20));
    }

    /** Latin-1 text without NUL (a C-Octet String). */
    private static String text(Random r, int max) {
        char[] c = new char[r.nextInt(max + 1)];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) (1 + r.nextInt(255));
        }
        return new String(c);
    }

    private static byte[] bytes(Random r, int max) {
        byte[] b = new byte[r.nextInt(max + 1)];
        r.nextBytes(b);
        return b;
    }
}
