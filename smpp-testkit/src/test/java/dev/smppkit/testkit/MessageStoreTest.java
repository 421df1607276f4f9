package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.CancelSm;
import dev.smppkit.codec.pdu.QuerySm;
import dev.smppkit.codec.pdu.QuerySmResp;
import dev.smppkit.codec.pdu.ReplaceSm;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** query_sm, cancel_sm and replace_sm answer consistently with what was submitted. */
class MessageStoreTest {
    private static SmscSimulator pendingForAMinute() {
        return SmscSimulator.builder()
                .receipts(ReceiptPolicy.builder().delay(Duration.ofMinutes(1)).build())
                .start();
    }

    @Test
    void aPendingMessageIsEnrouteAndCanBeCancelledOnce() {
        try (SmscSimulator smsc = pendingForAMinute();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "esme", "")) {
            String id = esme.call(Pdus.submit("447700900001")).messageId().orElseThrow();

            QuerySmResp pending = esme.call(QuerySm.of(id, Pdus.SENDER));
            assertThat(pending.commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(pending.messageId()).contains(id);
            assertThat(pending.messageState()).isEqualTo(MessageState.ENROUTE);
            assertThat(pending.finalDate()).isEmpty();

            CancelSm cancel =
                    CancelSm.builder().messageId(id).sourceAddress(Pdus.SENDER).build();
            assertThat(esme.call(cancel).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            QuerySmResp deleted = esme.call(QuerySm.of(id, Pdus.SENDER));
            assertThat(deleted.messageState()).isEqualTo(MessageState.DELETED);
            assertThat(deleted.finalDate()).isPresent();
            assertThat(esme.call(cancel).commandStatus()).isEqualTo(CommandStatus.ESME_RCANCELFAIL);
            assertThat(esme.call(ReplaceSm.builder().messageId(id).build()).commandStatus())
                    .isEqualTo(CommandStatus.ESME_RREPLACEFAIL);
            assertThat(smsc.messages().get(id).orElseThrow().state()).isEqualTo(MessageState.DELETED);
        }
    }

    @Test
    void aPendingMessageCanBeReplaced() {
        try (SmscSimulator smsc = pendingForAMinute();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "esme", "")) {
            String id = esme.call(Pdus.submit("447700900001")).messageId().orElseThrow();
            ReplaceSm replace = ReplaceSm.builder()
                    .messageId(id)
                    .sourceAddress(Pdus.SENDER)
                    .registeredDelivery(RegisteredDelivery.RECEIPT)
                    .shortMessage("replaced".getBytes())
                    .build();
            assertThat(esme.call(replace).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            StoredMessage stored = smsc.messages().get(id).orElseThrow();
            assertThat(stored.body()).isEqualTo("replaced".getBytes());
            assertThat(stored.registeredDelivery()).isEqualTo(RegisteredDelivery.RECEIPT);
        }
    }

    @Test
    void unknownIdsAndOtherSourcesFail() {
        try (SmscSimulator smsc = pendingForAMinute();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "esme", "")) {
            String id = esme.call(Pdus.submit("447700900001")).messageId().orElseThrow();
            Address stranger = Address.international("441234");
            assertThat(esme.call(QuerySm.of("no-such-id", Pdus.SENDER)).commandStatus())
                    .isEqualTo(CommandStatus.ESME_RQUERYFAIL);
            assertThat(esme.call(QuerySm.of(id, stranger)).commandStatus()).isEqualTo(CommandStatus.ESME_RQUERYFAIL);
            assertThat(esme.call(CancelSm.builder()
                                    .messageId(id)
                                    .sourceAddress(stranger)
                                    .build())
                            .commandStatus())
                    .isEqualTo(CommandStatus.ESME_RCANCELFAIL);
            assertThat(esme.call(ReplaceSm.builder()
                                    .messageId(id)
                                    .sourceAddress(stranger)
                                    .build())
                            .commandStatus())
                    .isEqualTo(CommandStatus.ESME_RREPLACEFAIL);
            // an empty source matches any
            assertThat(esme.call(QuerySm.of(id, Address.NULL)).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void cancelWithoutAnIdCancelsEveryPendingMessageFromSourceToDestination() {
        try (SmscSimulator smsc = pendingForAMinute();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "esme", "")) {
            String a = esme.call(Pdus.submit("447700900001")).messageId().orElseThrow();
            String b = esme.call(Pdus.submit("447700900001")).messageId().orElseThrow();
            String other = esme.call(Pdus.submit("447700900002")).messageId().orElseThrow();
            CancelSm cancel = CancelSm.builder()
                    .sourceAddress(Pdus.SENDER)
                    .destAddress(Address.international("447700900001"))
                    .build();
            assertThat(esme.call(cancel).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(smsc.messages().get(a).orElseThrow().state()).isEqualTo(MessageState.DELETED);
            assertThat(smsc.messages().get(b).orElseThrow().state()).isEqualTo(MessageState.DELETED);
            assertThat(smsc.messages().get(other).orElseThrow().state()).isEqualTo(MessageState.ENROUTE);
            assertThat(esme.call(cancel).commandStatus()).isEqualTo(CommandStatus.ESME_RCANCELFAIL);
        }
    }

    @Test
    void aDeliveredMessageIsFinalAndCannotBeCancelled() {
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .receipts(ReceiptPolicy.builder()
                                .rule("^9", MessageState.UNDELIVERABLE, 11)
                                .build())
                        .start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "esme", "")) {
            String delivered =
                    esme.call(Pdus.submit("447700900001")).messageId().orElseThrow();
            String failed = esme.call(Pdus.submit("9000")).messageId().orElseThrow();

            QuerySmResp ok = esme.call(QuerySm.of(delivered, Pdus.SENDER));
            assertThat(ok.messageState()).isEqualTo(MessageState.DELIVERED);
            assertThat(ok.finalDate()).isPresent();
            assertThat(ok.errorCode()).isZero();
            QuerySmResp undeliverable = esme.call(QuerySm.of(failed, Pdus.SENDER));
            assertThat(undeliverable.messageState()).isEqualTo(MessageState.UNDELIVERABLE);
            assertThat(undeliverable.errorCode()).isEqualTo(11);
            assertThat(esme.call(CancelSm.builder().messageId(delivered).build())
                            .commandStatus())
                    .isEqualTo(CommandStatus.ESME_RCANCELFAIL);
        }
    }

    @Test
    void keepsTheMostRecentMessagesAndCanBeCleared() {
        try (SmscSimulator smsc = SmscSimulator.builder().maxStoredMessages(3).start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "esme", "")) {
            String first = esme.call(Pdus.submit("447700900001")).messageId().orElseThrow();
            for (int i = 0; i < 3; i++) {
                esme.call(Pdus.submit("447700900001"));
            }
            assertThat(smsc.messages().size()).isEqualTo(3);
            assertThat(smsc.messages().get(first)).isEmpty();
            assertThat(esme.call(QuerySm.of(first, Address.NULL)).commandStatus())
                    .isEqualTo(CommandStatus.ESME_RQUERYFAIL);
            assertThat(smsc.messages().all()).hasSize(3);
            smsc.messages().clear();
            assertThat(smsc.messages().all()).isEmpty();
        }
    }
}
