package dev.smppkit.codec.pdu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.text.LogSafe;
import org.junit.jupiter.api.Test;

/** toString is what ends up in logs: no password, and nothing from the peer that can forge a log line. */
class PduToStringTest {
    @Test
    void aBindShowsEveryFieldButThePassword() {
        for (BindType type : BindType.values()) {
            Bind bind = Bind.builder(type)
                    .systemId("esme")
                    .password("s3cr3t!")
                    .systemType("VMS")
                    .build()
                    .withSequenceNumber(7);
            assertThat(bind.toString())
                    .contains("seq=7", "system_id=esme", "password=" + LogSafe.MASK, "system_type=VMS")
                    .doesNotContain("s3cr3t!");
        }
    }

    @Test
    void anOutbindShowsItsSystemIdButNotItsPassword() {
        assertThat(Outbind.of("smsc", "pw0rd").toString())
                .contains("system_id=smsc", "password=" + LogSafe.MASK)
                .doesNotContain("pw0rd");
    }

    @Test
    void anEmptyPasswordIsShownEmpty() {
        // nothing to hide, and an operator can see that the account binds without one
        assertThat(Outbind.of("smsc", "").toString()).contains("password=)").doesNotContain(LogSafe.MASK);
    }

    @Test
    void textFromThePeerIsEscaped() {
        Outbind outbind = Outbind.of("a\r\nINFO x", "pw");
        assertThat(outbind.toString()).contains("system_id=a\\r\\nINFO x").doesNotContain("\r", "\n");
        BindResp resp =
                BindResp.builder(BindType.RECEIVER).systemId("SMSC\u001b[2J").build();
        assertThat(resp.toString()).contains("system_id=SMSC\\x1B[2J");
        DeliverSm deliver =
                DeliverSm.builder().sourceAddress(Address.of(1, 1, "44\n77")).build();
        assertThat(deliver.toString()).contains("1/1/44\\n77").doesNotContain("\n");
    }
}
