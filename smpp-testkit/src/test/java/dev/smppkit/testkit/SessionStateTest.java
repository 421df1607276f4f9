package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.AlertNotification;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.GenericNack;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.pdu.QuerySm;
import dev.smppkit.codec.pdu.ReplaceSm;
import dev.smppkit.codec.pdu.SubmitSmResp;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.pdu.Unbind;
import dev.smppkit.codec.pdu.UnknownPdu;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The §2.2 state table, enquire_link, unbind and the generic_nack rules of §2.8 and §3.3. */
class SessionStateTest {
    @RegisterExtension
    final SmscSimulatorExtension smsc = SmscSimulatorExtension.create();

    @Test
    void beforeTheBindOnlyABindIsAllowed() {
        try (TestEsme esme = TestEsme.connect(smsc.simulator())) {
            assertThat(esme.call(Pdus.submit("447700900001")).commandStatus()).isEqualTo(CommandStatus.ESME_RINVBNDSTS);
            assertThat(esme.call(EnquireLink.create()).commandStatus()).isEqualTo(CommandStatus.ESME_RINVBNDSTS);
            assertThat(esme.call(Unbind.create()).commandStatus()).isEqualTo(CommandStatus.ESME_RINVBNDSTS);
            assertThat(esme.bind(BindType.TRANSMITTER, "esme", "").commandStatus())
                    .isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void aReceiverMayNotSubmitButMayEnquireAndSendDataSm() {
        try (TestEsme esme = TestEsme.connect(smsc.simulator()).bound(BindType.RECEIVER, "esme", "")) {
            SubmitSmResp refused = esme.call(Pdus.submit("447700900001"));
            assertThat(refused.commandStatus()).isEqualTo(CommandStatus.ESME_RINVBNDSTS);
            assertThat(refused.messageId()).isEmpty();
            assertThat(esme.call(QuerySm.of("1", Address.NULL)).commandStatus())
                    .isEqualTo(CommandStatus.ESME_RINVBNDSTS);
            assertThat(esme.call(EnquireLink.create()).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(esme.call(DataSm.builder()
                                    .destAddress(Address.international("447700900001"))
                                    .messagePayload(new byte[] {1})
                                    .build())
                            .commandStatus())
                    .isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void transmitterAndTransceiverMaySubmitAndReplace() {
        for (BindType type : new BindType[] {BindType.TRANSMITTER, BindType.TRANSCEIVER}) {
            try (TestEsme esme = TestEsme.connect(smsc.simulator()).bound(type, "esme", "")) {
                assertThat(esme.call(Pdus.submit("447700900001")).commandStatus())
                        .isEqualTo(CommandStatus.ESME_ROK);
                // replace_sm is allowed in both (Table 2-1 lists it under BOUND_TX only, an omission)
                assertThat(esme.call(ReplaceSm.builder().messageId("nope").build())
                                .commandStatus())
                        .isEqualTo(CommandStatus.ESME_RREPLACEFAIL);
            }
        }
    }

    @Test
    void smscOnlyPdusFromTheEsmeAreRefused() {
        try (TestEsme esme = TestEsme.connect(smsc.simulator()).bound(BindType.TRANSCEIVER, "esme", "")) {
            assertThat(esme.call(DeliverSm.builder().build()).commandStatus()).isEqualTo(CommandStatus.ESME_RINVBNDSTS);
            esme.send(AlertNotification.of(Address.NULL, Address.NULL, Tlvs.EMPTY));
            GenericNack nack = esme.await(GenericNack.class);
            assertThat(nack.commandStatus()).isEqualTo(CommandStatus.ESME_RINVBNDSTS);
        }
    }

    @Test
    void unbindIsAnsweredAndTheConnectionClosed() {
        try (TestEsme esme = TestEsme.connect(smsc.simulator()).bound(BindType.TRANSMITTER, "esme", "")) {
            assertThat(esme.call(Unbind.create()).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
            esme.awaitClosed();
            Await.until("no sessions", () -> smsc.simulator().sessions().isEmpty());
        }
    }

    @Test
    void anUnknownCommandIdIsGenericNackedWithItsSequenceNumber() {
        try (TestEsme esme = TestEsme.connect(smsc.simulator()).bound(BindType.TRANSMITTER, "esme", "")) {
            PduResponse nack = esme.send(UnknownPdu.of(0x00000999, CommandStatus.ESME_ROK, new byte[0])
                            .withSequenceNumber(77))
                    .join();
            assertThat(nack).isInstanceOf(GenericNack.class);
            assertThat(nack.commandStatus()).isEqualTo(CommandStatus.ESME_RINVCMDID);
            assertThat(nack.sequenceNumber()).isEqualTo(77);
            assertThat(esme.isOpen()).isTrue();
        }
    }

    @Test
    void aMalformedBodyIsAnsweredWithTheRequestsOwnResponse() {
        try (TestEsme esme = TestEsme.connect(smsc.simulator()).bound(BindType.TRANSMITTER, "esme", "")) {
            // submit_sm whose service_type is 7 characters, at most 5 allowed: a body error (§2.8)
            esme.sendRaw(pdu(CommandId.SUBMIT_SM.value(), 41, new byte[] {'T', 'O', 'O', 'L', 'O', 'N', 'G', 0}));
            SubmitSmResp resp = esme.await(SubmitSmResp.class);
            assertThat(resp.sequenceNumber()).isEqualTo(41);
            assertThat(resp.commandStatus()).isEqualTo(CommandStatus.ESME_RINVSERTYP);
            // the session carries on
            assertThat(esme.call(EnquireLink.create()).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void aCommandLengthBelowTheHeaderIsGenericNackedAndTheConnectionClosed() {
        try (TestEsme esme = TestEsme.connect(smsc.simulator()).bound(BindType.TRANSMITTER, "esme", "")) {
            esme.sendRaw(new byte[] {0, 0, 0, 8, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 5});
            GenericNack nack = esme.await(GenericNack.class);
            assertThat(nack.commandStatus()).isEqualTo(CommandStatus.ESME_RINVCMDLEN);
            esme.awaitClosed();
        }
    }

    private static byte[] pdu(int commandId, int sequence, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(16 + body.length);
        b.putInt(16 + body.length).putInt(commandId).putInt(0).putInt(sequence).put(body);
        return b.array();
    }
}
