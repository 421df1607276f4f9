package dev.smppkit.codec.pdu;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.SmppTime;
import io.netty.buffer.Unpooled;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Valid PDUs of every SMPP 3.4 type with random fields (lengths at their limits, empty strings, absent and unknown
 * TLVs, message_payload): the seeds the fuzzers mutate.
 */
public final class PduSeedCorpus {
    /** How many kinds of PDU {@link #randomPdu} makes: every SMPP 3.4 PDU and an unknown command. */
    public static final int KINDS = 28;

    /** One valid encoded PDU and where its TLVs start. */
    public record Seed(byte[] bytes, int tlvStart) {}

    private PduSeedCorpus() {}

    /** {@code seedsPerKind} valid PDUs of every kind, each checked to decode back to itself. */
    public static Seed[] build(SplittableRandom rnd, int seedsPerKind) {
        List<Seed> seeds = new ArrayList<>();
        for (int kind = 0; kind < KINDS; kind++) {
            for (int i = 0; i < seedsPerKind; i++) {
                Pdu pdu = randomPdu(rnd, kind).withSequenceNumber(1 + rnd.nextInt(0x7FFFFFFF));
                byte[] bytes = new byte[PduCodec.encodedLength(pdu)];
                PduCodec.encode(pdu, Unpooled.wrappedBuffer(bytes).clear());
                Pdu decoded = PduCodec.decode(Unpooled.wrappedBuffer(bytes));
                if (!decoded.equals(pdu)) {
                    throw new AssertionError("seed " + pdu + " decodes to " + decoded);
                }
                seeds.add(new Seed(bytes, bytes.length - pdu.tlvs().encodedLength()));
            }
        }
        return seeds.toArray(new Seed[0]);
    }

    /** A valid PDU of kind {@code kind} (0 to {@link #KINDS} - 1) with random fields, sequence_number unset. */
    public static Pdu randomPdu(SplittableRandom r, int kind) {
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
        return PduMutator.randomBytes(r, n);
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
