package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.client.InvalidMessageException;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.text.ConcatMode;
import dev.smppkit.codec.text.Encoding;
import dev.smppkit.codec.text.UnencodableCharacterException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageEncoderTest {
    private static final Address FROM = Address.alphanumeric("ACME");
    private static final Address TO = Address.international("447700900123");
    /** 161 GSM characters: one more than fits in a single message. */
    private static final String LONG_GSM = "0123456789".repeat(16) + "X";

    private final MessageEncoder encoder = new MessageEncoder(ConcatMode.UDH_8BIT, 255);

    private static OutboundMessage.Builder text(String text) {
        return OutboundMessage.builder().from(FROM).to(TO).text(text);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void shortGsmTextIsOneSubmitSm() {
        List<SubmitSm> pdus =
                sms(encoder.encode(text("Hello @home").requestReceipt(true).build()));

        assertThat(pdus).hasSize(1);
        SubmitSm pdu = pdus.get(0);
        assertThat(pdu.sourceAddress()).isEqualTo(FROM);
        assertThat(pdu.destAddress()).isEqualTo(TO);
        assertThat(pdu.dataCoding().value()).isZero();
        assertThat(pdu.registeredDelivery().value()).isEqualTo(1);
        assertThat(pdu.esmClass().value()).isZero();
        // unpacked GSM 03.38: one septet per octet, '@' is 0x00
        assertThat(pdu.shortMessage())
                .containsExactly(0x48, 0x65, 0x6C, 0x6C, 0x6F, 0x20, 0x00, 0x68, 0x6F, 0x6D, 0x65);
        assertThat(pdu.tlvs().isEmpty()).isTrue();
        assertThat(pdu.sequenceNumber()).as("the session assigns it").isZero();
    }

    @Test
    void protocolIdIsCheckedAgainstItsOctet() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> text("hi").protocolId(256))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("protocol_id")
                .hasMessageContaining("0-255");
    }

    @Test
    void noReceiptUnlessRequested() {
        SubmitSm pdu = sms(encoder.encode(text("hi").build())).get(0);

        assertThat(pdu.registeredDelivery()).isEqualTo(RegisteredDelivery.NONE);
    }

    @Test
    void messageFieldsAreCopiedToThePdu() {
        OutboundMessage m = text("hi")
                .serviceType("CMT")
                .priority(2)
                .protocolId(0x41)
                .replaceIfPresent(true)
                .tlvs(Tlvs.builder().userMessageReference(77).build())
                .build();

        SubmitSm pdu = sms(encoder.encode(m)).get(0);

        assertThat(pdu.serviceType()).isEqualTo("CMT");
        assertThat(pdu.priorityFlag()).isEqualTo(2);
        assertThat(pdu.protocolId()).isEqualTo(0x41);
        assertThat(pdu.replaceIfPresentFlag()).isEqualTo(1);
        assertThat(pdu.tlvs().userMessageReference()).hasValue(77);
    }

    @Test
    void textOf161GsmCharactersIsTwoSegmentsWithConcatenationUdh() {
        List<SubmitSm> pdus = sms(encoder.encode(text(LONG_GSM).build()));

        assertThat(pdus).hasSize(2);
        byte[] first = pdus.get(0).shortMessage();
        byte[] second = pdus.get(1).shortMessage();
        int ref = first[3] & 0xFF;
        // UDH: length 5, IEI 00 (concatenation, 8-bit reference), IE length 3, reference, total 2, number
        assertThat(Arrays.copyOf(first, 6)).containsExactly(0x05, 0x00, 0x03, ref, 0x02, 0x01);
        assertThat(Arrays.copyOf(second, 6)).containsExactly(0x05, 0x00, 0x03, ref, 0x02, 0x02);
        assertThat(Arrays.copyOfRange(first, 6, first.length)).isEqualTo(ascii(LONG_GSM.substring(0, 153)));
        assertThat(Arrays.copyOfRange(second, 6, second.length)).isEqualTo(ascii(LONG_GSM.substring(153)));
        for (SubmitSm pdu : pdus) {
            assertThat(pdu.esmClass().value()).isEqualTo(EsmClass.UDHI);
            assertThat(pdu.dataCoding()).isEqualTo(DataCoding.SMSC_DEFAULT);
            assertThat(pdu.sourceAddress()).isEqualTo(FROM);
            assertThat(pdu.destAddress()).isEqualTo(TO);
            assertThat(pdu.tlvs().sarMsgRefNum()).isEmpty();
        }
    }

    @Test
    void eachLongMessageGetsItsOwnReference() {
        int ref1 = encoder.encode(text(LONG_GSM).build()).get(0).shortMessage()[3] & 0xFF;
        int ref2 = encoder.encode(text(LONG_GSM).build()).get(0).shortMessage()[3] & 0xFF;

        assertThat(ref2).isNotEqualTo(ref1);
    }

    @Test
    void sixteenBitReferenceMode() {
        List<SubmitSm> pdus = sms(
                encoder.encode(text(LONG_GSM).concatMode(ConcatMode.UDH_16BIT).build()));

        assertThat(pdus).hasSize(2);
        byte[] first = pdus.get(0).shortMessage();
        assertThat(first[0]).isEqualTo((byte) 0x06);
        assertThat(first[1]).isEqualTo((byte) 0x08);
        assertThat(first[2]).isEqualTo((byte) 0x04);
        assertThat(first[5]).isEqualTo((byte) 2);
        assertThat(first[6]).isEqualTo((byte) 1);
        assertThat(first).hasSize(7 + 152);
    }

    @Test
    void ucs2TextIsSentAsUtf16BigEndian() {
        String text = "Привет, мир";

        List<SubmitSm> pdus = sms(encoder.encode(text(text).build()));

        assertThat(pdus).hasSize(1);
        assertThat(pdus.get(0).dataCoding()).isEqualTo(DataCoding.UCS2);
        assertThat(pdus.get(0).shortMessage()).isEqualTo(text.getBytes(StandardCharsets.UTF_16BE));
    }

    @Test
    void longUcs2TextIsSplitAt67Units() {
        String text = "Ж".repeat(71);

        List<SubmitSm> pdus = sms(encoder.encode(text(text).build()));

        assertThat(pdus).hasSize(2);
        assertThat(pdus.get(0).shortMessage()).hasSize(6 + 67 * 2);
        assertThat(pdus.get(1).shortMessage()).hasSize(6 + 4 * 2);
        assertThat(pdus).allSatisfy(p -> assertThat(p.dataCoding()).isEqualTo(DataCoding.UCS2));
    }

    @Test
    void sarModePutsTheSarTlvsAndNoUdh() {
        OutboundMessage m = text(LONG_GSM)
                .concatMode(ConcatMode.SAR)
                .tlvs(Tlvs.builder().userMessageReference(5).build())
                .build();

        List<SubmitSm> pdus = sms(encoder.encode(m));

        assertThat(pdus).hasSize(2);
        int ref = pdus.get(0).tlvs().sarMsgRefNum().orElseThrow();
        for (int i = 0; i < 2; i++) {
            SubmitSm pdu = pdus.get(i);
            assertThat(pdu.esmClass().hasUdhi()).isFalse();
            assertThat(pdu.tlvs().sarMsgRefNum()).hasValue(ref);
            assertThat(pdu.tlvs().sarTotalSegments()).hasValue(2);
            assertThat(pdu.tlvs().sarSegmentSeqnum()).hasValue(i + 1);
            assertThat(pdu.tlvs().userMessageReference())
                    .as("the message's own TLVs stay")
                    .hasValue(5);
        }
        assertThat(concat(pdus.get(0).shortMessage(), pdus.get(1).shortMessage()))
                .isEqualTo(ascii(LONG_GSM));
        assertThat(pdus.get(0).shortMessage()).hasSize(152);
    }

    @Test
    void clientDefaultModeAppliesWhenTheMessageNamesNone() {
        MessageEncoder sar = new MessageEncoder(ConcatMode.SAR, 255);

        List<SubmitSm> pdus = sms(sar.encode(text(LONG_GSM).build()));

        assertThat(pdus).hasSize(2);
        assertThat(pdus.get(0).tlvs().sarTotalSegments()).hasValue(2);
        assertThat(pdus.get(0).esmClass().hasUdhi()).isFalse();
    }

    @Test
    void payloadModePutsEverythingInMessagePayload() {
        String text = "x".repeat(400);

        List<SubmitSm> pdus =
                sms(encoder.encode(text(text).concatMode(ConcatMode.PAYLOAD).build()));

        assertThat(pdus).hasSize(1);
        SubmitSm pdu = pdus.get(0);
        assertThat(pdu.smLength()).isZero();
        assertThat(pdu.shortMessage()).isEmpty();
        assertThat(pdu.tlvs().messagePayload())
                .hasValueSatisfying(p -> assertThat(p).isEqualTo(ascii(text)));
        assertThat(pdu.esmClass().value()).isZero();
        assertThat(pdu.tlvs().sarMsgRefNum()).isEmpty();
    }

    @Test
    void rawSubmitSmPassesThroughUnchanged() {
        SubmitSm raw = SubmitSm.builder()
                .sourceAddress(FROM)
                .destAddress(TO)
                .esmClass(EsmClass.of(0x03))
                .protocolId(0x7F)
                .dataCoding(DataCoding.of(0xF6))
                .registeredDelivery(RegisteredDelivery.RECEIPT)
                .shortMessage(new byte[] {0x02, 0x70, 0x00})
                .build();

        List<SubmitSm> pdus = sms(encoder.encode(OutboundMessage.ofSubmitSm(raw, "t1", Map.of())));

        assertThat(pdus).singleElement().isSameAs(raw);
    }

    @Test
    void binaryIsSentWithItsDataCoding() {
        byte[] data = {0x01, (byte) 0xFF, 0x00, 0x7F};
        OutboundMessage m =
                OutboundMessage.builder().to(TO).binary(data, DataCoding.BINARY).build();

        SubmitSm pdu = sms(encoder.encode(m)).get(0);

        assertThat(pdu.dataCoding()).isEqualTo(DataCoding.BINARY);
        assertThat(pdu.shortMessage()).isEqualTo(data);
        assertThat(pdu.sourceAddress()).isEqualTo(Address.NULL);
    }

    @Test
    void unencodableCharacterWithAForcedGsmEncodingNamesTheCharacter() {
        OutboundMessage m = text("Let it snow ☃").encoding(Encoding.GSM7).build();

        assertThatThrownBy(() -> encoder.encode(m))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("'☃' (U+2603)")
                .hasMessageContaining("index 12")
                .hasMessageContaining("GSM7")
                .hasCauseInstanceOf(UnencodableCharacterException.class)
                .satisfies(e ->
                        assertThat(((InvalidMessageException) e).isTransient()).isFalse());
    }

    @Test
    void unencodableCharacterIsReplacedWhenAsked() {
        OutboundMessage m =
                text("snow ☃").encoding(Encoding.GSM7).replaceUnencodable(true).build();

        List<SubmitSm> pdus = sms(encoder.encode(m));

        assertThat(pdus).hasSize(1);
        assertThat(pdus.get(0).dataCoding()).isEqualTo(DataCoding.SMSC_DEFAULT);
        assertThat(pdus.get(0).shortMessage()).hasSize(6);
    }

    @Test
    void tooManySegmentsIsAnInvalidMessage() {
        MessageEncoder oneSegment = new MessageEncoder(ConcatMode.UDH_8BIT, 1);

        assertThatThrownBy(() -> oneSegment.encode(text(LONG_GSM).build()))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("maxSegments is 1");
        assertThat(oneSegment.encode(text(LONG_GSM.substring(1)).build())).hasSize(1);
    }

    /** The PDUs of a message to one destination, which are all submit_sm. */
    private static List<SubmitSm> sms(List<dev.smppkit.codec.pdu.BaseSm<?>> pdus) {
        return pdus.stream().map(SubmitSm.class::cast).toList();
    }
}
