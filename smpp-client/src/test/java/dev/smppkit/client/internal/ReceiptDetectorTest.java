package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.pdu.Tlvs;
import org.junit.jupiter.api.Test;

class ReceiptDetectorTest {
    private static final String RECEIPT =
            "id:b8be19 sub:001 dlvrd:001 submit date:2612021430 done date:2612021431 stat:DELIVRD err:000 text:Hi";

    @Test
    void aReceiptEsmClassIsAlwaysAReceipt() {
        assertThat(ReceiptDetector.isReceipt(EsmClass.DELIVERY_RECEIPT, Tlvs.EMPTY, () -> "hello", false))
                .isTrue();
        assertThat(ReceiptDetector.isReceipt(
                        EsmClass.of(EsmClass.TYPE_INTERMEDIATE_NOTIFICATION), Tlvs.EMPTY, () -> null, false))
                .isTrue();
    }

    @Test
    void esmClassZeroWithReceiptTextOrTheTlvIsAReceiptWhenDetectionIsOn() {
        assertThat(ReceiptDetector.isReceipt(EsmClass.DEFAULT, Tlvs.EMPTY, () -> RECEIPT, true))
                .isTrue();
        Tlvs tlv = Tlvs.builder().receiptedMessageId("b8be19").build();
        assertThat(ReceiptDetector.isReceipt(EsmClass.DEFAULT, tlv, () -> null, true))
                .isTrue();
        assertThat(ReceiptDetector.isReceipt(EsmClass.DEFAULT, tlv, () -> RECEIPT, false))
                .as("switched off")
                .isFalse();
    }

    @Test
    void ordinaryTextIsNotAReceipt() {
        assertThat(ReceiptDetector.isReceiptText("hello, my id: 42 stat: happy"))
                .isFalse();
        assertThat(ReceiptDetector.isReceiptText("id:42 stat:DELIVRD"))
                .as("no other receipt field")
                .isFalse();
        assertThat(ReceiptDetector.isReceiptText("id:42 done date:2612021431 stat:GREAT"))
                .as("unknown stat")
                .isFalse();
        assertThat(ReceiptDetector.isReceiptText("done date:2612021431 stat:DELIVRD"))
                .as("no id")
                .isFalse();
        assertThat(ReceiptDetector.isReceiptText("ID:42 DONE DATE:2612021431 STAT:ENROUTE"))
                .isTrue();
    }
}
