package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.SubmitSmResp;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class TrafficTest {
    @Test
    void recordsEveryPduInAndOutPerSessionInOrder() throws Exception {
        try (SmscSimulator smsc = SmscSimulator.builder().start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSCEIVER, "esme", "");
                TestEsme other = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "other", "")) {
            esme.call(Pdus.submit("447700900001", "x", RegisteredDelivery.RECEIPT));
            TrafficRecord answered =
                    smsc.traffic().await(r -> r.isReceived() && r.pdu() instanceof DeliverSmResp, TestEsme.TIMEOUT);
            String session = answered.sessionId();

            List<TrafficRecord> records = smsc.traffic().records(session);
            assertThat(records)
                    .extracting(r ->
                            (r.isReceived() ? "<" : ">") + r.pdu().commandId().name())
                    .containsExactly(
                            "<bind_transceiver",
                            ">bind_transceiver_resp",
                            "<submit_sm",
                            ">submit_sm_resp",
                            ">deliver_sm",
                            "<deliver_sm_resp");
            assertThat(records).extracting(TrafficRecord::index).isSorted();
            assertThat(smsc.traffic().received(SubmitSm.class)).hasSize(1);
            assertThat(smsc.traffic().sent(SubmitSmResp.class)).hasSize(1);
            assertThat(smsc.traffic().sent(DeliverSm.class)).hasSize(1);
            assertThat(smsc.traffic().received(Bind.class))
                    .extracting(Bind::systemId)
                    .containsExactlyInAnyOrder("esme", "other");
            assertThat(smsc.traffic().size()).isEqualTo(8);

            smsc.traffic().clear();
            assertThat(smsc.traffic().records()).isEmpty();
            other.call(EnquireLink.create());
            assertThat(smsc.traffic().await(r -> true, 2, TestEsme.TIMEOUT))
                    .extracting(r -> r.pdu().commandId().name())
                    .containsExactly("enquire_link", "enquire_link_resp");
            assertThatThrownBy(() -> smsc.traffic().await(r -> r.pdu() instanceof BindResp, Duration.ofMillis(50)))
                    .isInstanceOf(TimeoutException.class);
        }
    }

    @Test
    void keepsTheMostRecentRecords() {
        try (SmscSimulator smsc = SmscSimulator.builder().trafficLimit(2).start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "esme", "")) {
            esme.call(EnquireLink.create());
            Await.until(
                    "two records",
                    () -> smsc.traffic().size() == 2
                            && smsc.traffic()
                                    .records()
                                    .get(1)
                                    .pdu()
                                    .commandId()
                                    .name()
                                    .equals("enquire_link_resp"));
            assertThat(smsc.traffic().records().get(0).pdu()).isInstanceOf(EnquireLink.class);
        }
    }

    @Test
    void canBeSwitchedOff() {
        try (SmscSimulator smsc = SmscSimulator.builder().recordTraffic(false).start();
                TestEsme esme = TestEsme.connect(smsc).bound(BindType.TRANSMITTER, "esme", "")) {
            esme.call(Pdus.submit("447700900001"));
            assertThat(smsc.traffic().records()).isEmpty();
            assertThatThrownBy(() -> smsc.traffic().await(r -> true, Duration.ofSeconds(1)))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
