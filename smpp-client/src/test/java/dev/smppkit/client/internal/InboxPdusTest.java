package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.InboundOptions;
import dev.smppkit.client.InboxItem;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.Tlvs;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What an inbox stores for each kind of incoming PDU, and that it reads back as the same PDU. */
class InboxPdusTest {
    private static final Address FROM = Address.international("447900000001");
    private static final Address TO = Address.of(0, 0, "12345");

    private static DeliverSm.Builder deliver(byte[] sm) {
        return DeliverSm.builder()
                .sourceAddress(FROM)
                .destAddress(TO)
                .dataCoding(DataCoding.LATIN1)
                .shortMessage(sm);
    }

    private static byte[] udhSegment(int ref, int total, int n, String text) {
        byte[] t = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] sm = new byte[6 + t.length];
        byte[] udh = {5, 0, 3, (byte) ref, (byte) total, (byte) n}; // IE 00: 8-bit reference, total, number
        System.arraycopy(udh, 0, sm, 0, 6);
        System.arraycopy(t, 0, sm, 6, t.length);
        return sm;
    }

    @Test
    void aShortMessageIsWholeAndReadsBackUnchanged() {
        DeliverSm pdu = deliver("hi".getBytes(StandardCharsets.ISO_8859_1)).build();
        InboxItem item = InboxPdus.item("acct", pdu, InboundOptions.defaults());
        assertThat(item.groupKey()).isNull();
        assertThat(item.totalSegments()).isEqualTo(1);
        PduRequest<?> back = InboxPdus.decode(item);
        assertThat(back).isInstanceOf(DeliverSm.class);
        assertThat(((DeliverSm) back).shortMessage()).isEqualTo(pdu.shortMessage());
        assertThat(((DeliverSm) back).sourceAddress()).isEqualTo(FROM);
    }

    @Test
    void udhSegmentsOfOneMessageShareAGroup() {
        InboxItem one = InboxPdus.item(
                "acct",
                deliver(udhSegment(42, 3, 1, "a")).esmClass(EsmClass.of(0x40)).build(),
                InboundOptions.defaults());
        InboxItem three = InboxPdus.item(
                "acct",
                deliver(udhSegment(42, 3, 3, "c")).esmClass(EsmClass.of(0x40)).build(),
                InboundOptions.defaults());
        InboxItem other = InboxPdus.item(
                "acct",
                deliver(udhSegment(43, 3, 1, "a")).esmClass(EsmClass.of(0x40)).build(),
                InboundOptions.defaults());
        assertThat(one.groupKey()).isNotNull().isEqualTo(three.groupKey()).isNotEqualTo(other.groupKey());
        assertThat(one.segment()).isEqualTo(1);
        assertThat(three.segment()).isEqualTo(3);
        assertThat(three.totalSegments()).isEqualTo(3);
        assertThat(InboxPdus.item(
                                "other",
                                deliver(udhSegment(42, 3, 1, "a"))
                                        .esmClass(EsmClass.of(0x40))
                                        .build(),
                                InboundOptions.defaults())
                        .groupKey())
                .as("per account")
                .isNotEqualTo(one.groupKey());
    }

    @Test
    void sarSegmentsShareAGroup() {
        InboxItem two = InboxPdus.item(
                "acct",
                deliver("b".getBytes(StandardCharsets.ISO_8859_1))
                        .tlvs(Tlvs.builder().sar(7, 2, 2).build())
                        .build(),
                InboundOptions.defaults());
        assertThat(two.groupKey()).isNotNull();
        assertThat(two.segment()).isEqualTo(2);
        assertThat(two.totalSegments()).isEqualTo(2);
    }

    @Test
    void receiptsAndMalformedUdhAreWhole() {
        InboxItem receipt = InboxPdus.item(
                "acct",
                deliver(udhSegment(1, 2, 1, "id:1 stat:DELIVRD"))
                        .esmClass(EsmClass.of(0x44)) // a receipt with UDHI: still one PDU
                        .build(),
                InboundOptions.defaults());
        assertThat(receipt.groupKey()).isNull();
        InboxItem malformed = InboxPdus.item(
                "acct",
                deliver(new byte[] {9, 0, 3}).esmClass(EsmClass.of(0x40)).build(),
                InboundOptions.defaults());
        assertThat(malformed.groupKey()).isNull();
        assertThat(malformed.totalSegments()).isEqualTo(1);
    }
}
