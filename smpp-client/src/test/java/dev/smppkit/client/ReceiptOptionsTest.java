package dev.smppkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.text.DeliveryReceipt;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The receipt options of {@link InboundOptions} and the final/intermediate reading of {@link ReceiptEvent}. */
class ReceiptOptionsTest {
    @Test
    void defaultsAreTheDocumentedOnes() {
        InboundOptions o = InboundOptions.defaults();

        assertThat(o.receiptDetection()).isTrue();
        assertThat(o.unmatchedReceiptWait()).isEqualTo(Duration.ofMillis(500));
        assertThat(o.maxHeldReceipts()).isEqualTo(10_000);
        assertThat(o.receiptDedupWindow()).isEqualTo(Duration.ofMinutes(10));
        assertThat(o.receiptDedupMaxEntries()).isEqualTo(100_000);
        assertThat(o.receiptIdsInOtherBase()).isTrue();
        assertThat(o.forgetAfterFinalReceipt()).isTrue();
    }

    @Test
    void settersNameTheFieldAndTheLimit() {
        InboundOptions.Builder b = InboundOptions.builder();

        assertThatThrownBy(() -> b.unmatchedReceiptWait(Duration.ofSeconds(-1)))
                .hasMessage("unmatchedReceiptWait is PT-1S; must be 0-60 s");
        assertThatThrownBy(() -> b.unmatchedReceiptWait(Duration.ofSeconds(61)))
                .hasMessage("unmatchedReceiptWait is PT1M1S; must be 0-60 s");
        assertThatThrownBy(() -> b.unmatchedReceiptWait(null))
                .hasMessage("unmatchedReceiptWait is null; must be 0-60 s");
        assertThatThrownBy(() -> b.maxHeldReceipts(0)).hasMessageContaining("maxHeldReceipts is 0");
        assertThatThrownBy(() -> b.receiptDedupWindow(Duration.ofDays(8)))
                .hasMessage("receiptDedupWindow is PT192H; must be 0-7 days");
        assertThatThrownBy(() -> b.receiptDedupMaxEntries(10_000_001))
                .hasMessageContaining("receiptDedupMaxEntries is 10000001");
    }

    @Test
    void mutateEqualsAndToStringCarryTheReceiptOptions() {
        InboundOptions o = InboundOptions.builder()
                .receiptDetection(false)
                .unmatchedReceiptWait(Duration.ZERO)
                .maxHeldReceipts(5)
                .receiptDedupWindow(Duration.ofHours(1))
                .receiptDedupMaxEntries(7)
                .receiptIdsInOtherBase(false)
                .forgetAfterFinalReceipt(false)
                .build();

        assertThat(o.mutate().build()).isEqualTo(o).hasSameHashCodeAs(o);
        assertThat(o).isNotEqualTo(InboundOptions.defaults());
        assertThat(o.toString())
                .contains("receiptDetection=false", "unmatchedReceiptWait=PT0S", "maxHeldReceipts=5")
                .contains("receiptDedupWindow=PT1H", "receiptDedupMaxEntries=7", "receiptIdsInOtherBase=false")
                .contains("forgetAfterFinalReceipt=false");
    }

    private static ReceiptEvent event(int esmClass, MessageState state) {
        DeliverSm pdu = DeliverSm.builder().esmClass(EsmClass.of(esmClass)).build();
        return new ReceiptEvent(DeliveryReceipt.fromTlvs("1", state, null), Optional.empty(), "acct", pdu);
    }

    @Test
    void finalStatesInAReceiptAreFinal() {
        for (MessageState s : new MessageState[] {
            MessageState.DELIVERED,
            MessageState.UNDELIVERABLE,
            MessageState.EXPIRED,
            MessageState.DELETED,
            MessageState.REJECTED
        }) {
            assertThat(event(EsmClass.TYPE_SMSC_DELIVERY_RECEIPT, s).isFinal())
                    .as(s.name())
                    .isTrue();
        }
    }

    @Test
    void enrouteAcceptedAndAnythingInAnIntermediateNotificationAreIntermediate() {
        assertThat(event(EsmClass.TYPE_SMSC_DELIVERY_RECEIPT, MessageState.ENROUTE)
                        .isIntermediate())
                .isTrue();
        assertThat(event(EsmClass.TYPE_SMSC_DELIVERY_RECEIPT, MessageState.ACCEPTED)
                        .isIntermediate())
                .isTrue();
        assertThat(event(EsmClass.TYPE_SMSC_DELIVERY_RECEIPT, MessageState.SCHEDULED)
                        .isFinal())
                .isFalse();
        assertThat(event(EsmClass.TYPE_INTERMEDIATE_NOTIFICATION, MessageState.DELIVERED)
                        .isFinal())
                .as("esm_class 0x20")
                .isFalse();
    }
}
