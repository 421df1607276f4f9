package dev.smppkit.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Esme;
import dev.smppkit.client.EsmeBuilder;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.SubmitSmResp;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.testkit.Reply;
import dev.smppkit.testkit.SmscSimulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Scripts receipts the way real SMSCs send them: the test gives each submit_sm_resp's message id, and sends each
 * receipt itself, with the esm_class, TLVs and text it wants. The simulator's own receipts are off (a scripted
 * response changes nothing in its store).
 */
final class ReceiptScript {
    static final String SYSTEM_ID = "esme";
    static final String TEXT = " sub:001 dlvrd:001 submit date:2612021430 done date:2612021431 stat:";

    private ReceiptScript() {}

    /** A submit_sm_resp with this id, as the simulator's reply; nothing is stored, so no receipt of its own. */
    static Reply respond(String messageId) {
        return Reply.respond(SubmitSmResp.builder().messageId(messageId).build());
    }

    static Esme esme(SmscSimulator smsc, RecordingHook hook, Consumer<EsmeBuilder> config) throws Exception {
        EsmeBuilder b = Esme.builder()
                .host(smsc.host())
                .port(smsc.port())
                .systemId(SYSTEM_ID)
                .hook(hook);
        config.accept(b);
        Esme esme = b.build();
        esme.start().get(10, TimeUnit.SECONDS);
        return esme;
    }

    static OutboundMessage message(String to) {
        return OutboundMessage.builder()
                .from(Address.alphanumeric("ACME"))
                .to(Address.international(to))
                .text("hello")
                .requestReceipt(true)
                .trackingId("t-" + to)
                .build();
    }

    /** Submits one message and waits until it is accepted. */
    static void submitAccepted(Esme esme, String to) throws Exception {
        assertThat(esme.submit(message(to)).get(10, TimeUnit.SECONDS)).isInstanceOf(SubmitOutcome.Accepted.class);
    }

    /** A receipt with the text {@code id:<textId> ... stat:<stat>}, the TLVs given, and this esm_class. */
    static DeliverSm receipt(int esmClass, String textId, String stat, Tlvs tlvs) {
        return DeliverSm.builder()
                .sourceAddress(Address.international("447700900123"))
                .esmClass(EsmClass.of(esmClass))
                .shortMessage(
                        ("id:" + textId + TEXT + stat + " err:000 text:hello").getBytes(StandardCharsets.US_ASCII))
                .tlvs(tlvs)
                .build();
    }

    /** A standard receipt: esm_class 0x04, the id in the text and in receipted_message_id, with message_state. */
    static DeliverSm receipt(String id, MessageState state, String stat) {
        return receipt(
                EsmClass.TYPE_SMSC_DELIVERY_RECEIPT,
                id,
                stat,
                Tlvs.builder().receiptedMessageId(id).messageState(state).build());
    }

    /** Sends a PDU to the client and returns the status it was answered with. */
    static CommandStatus send(SmscSimulator smsc, DeliverSm pdu) throws Exception {
        DeliverSmResp resp = smsc.deliver(SYSTEM_ID, pdu).get(20, TimeUnit.SECONDS);
        return resp.commandStatus();
    }

    static final Duration WAIT = Duration.ofSeconds(20);
}
