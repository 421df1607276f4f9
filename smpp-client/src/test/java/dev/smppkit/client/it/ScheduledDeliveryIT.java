package dev.smppkit.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.client.Backoff;
import dev.smppkit.client.Esme;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueryResult;
import dev.smppkit.client.ReceiptEvent;
import dev.smppkit.client.RejectedException;
import dev.smppkit.client.ReplaceRequest;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.testkit.SmscSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * schedule_delivery_time and validity_period against the simulator on a manual clock: a scheduled message stays
 * ENROUTE (SMPP 3.4 has no SCHEDULED state) and sends its receipt only when the clock reaches its time, can be
 * cancelled until then, and expires if its validity ends first. No test waits for the time it schedules: the clock is
 * moved. To show that a receipt was not sent, each test sends a marker message afterwards and waits for its receipt,
 * which the simulator hands to delivery after anything the clock made due.
 */
@Timeout(120)
class ScheduledDeliveryIT {
    private static final Address ACME = Address.alphanumeric("ACME");
    private static final Address TO = Address.international("447700900123");

    private SmscSimulator smsc;
    private RecordingHook hook;
    private Esme esme;

    @BeforeEach
    void start() throws Exception {
        smsc = SmscSimulator.builder()
                .credential("esme", "secret")
                .manualClock(Instant.now())
                .start();
        hook = new RecordingHook();
        esme = Esme.builder()
                .host(smsc.host())
                .port(smsc.port())
                .systemId("esme")
                .password("secret")
                .reconnect(Backoff.exponential(Duration.ofMillis(50), Duration.ofMillis(500)))
                .hook(hook)
                .build();
        esme.start().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        esme.stop(Duration.ofSeconds(2)).join();
        smsc.close();
    }

    private String submit(String text, SmppTime schedule, SmppTime validity) throws Exception {
        SubmitOutcome outcome = esme.submit(OutboundMessage.builder()
                        .from(ACME)
                        .to(TO)
                        .text(text)
                        .requestReceipt(true)
                        .scheduleDeliveryTime(schedule)
                        .validityPeriod(validity)
                        .build())
                .get(10, TimeUnit.SECONDS);
        assertThat(outcome).isInstanceOf(SubmitOutcome.Accepted.class);
        return ((SubmitOutcome.Accepted) outcome).messageIds().get(0);
    }

    /** Sends an unscheduled message and waits for its receipt; returns every receipt seen by then, by message id. */
    private List<String> receiptsAfterMarker() throws Exception {
        String marker = submit("marker", null, null);
        RecordingHook.await(
                Duration.ofSeconds(10),
                "the marker's receipt",
                () -> receiptIds().contains(marker));
        List<String> ids = receiptIds();
        return ids.subList(0, ids.indexOf(marker));
    }

    private List<String> receiptIds() {
        return hook.receipts.stream().map(r -> r.receipt().id()).toList();
    }

    private ReceiptEvent receipt(String id) throws Exception {
        RecordingHook.await(
                Duration.ofSeconds(10),
                "the receipt of " + id,
                () -> receiptIds().contains(id));
        return hook.receipts.stream()
                .filter(r -> r.receipt().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private QueryResult query(String id) throws Exception {
        return esme.query(id, ACME).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aScheduledMessageIsEnrouteUntilItsTimeThenDeliveredWithItsReceipt() throws Exception {
        String id = submit("later", SmppTime.relative(Duration.ofHours(1)), null);
        assertThat(query(id).state()).isEqualTo(MessageState.ENROUTE);
        assertThat(query(id).finalDate()).isEmpty();

        smsc.advanceClock(Duration.ofMinutes(59));
        assertThat(query(id).state()).isEqualTo(MessageState.ENROUTE);
        assertThat(receiptsAfterMarker()).doesNotContain(id);

        smsc.advanceClock(Duration.ofMinutes(1));
        assertThat(receipt(id).receipt().rawStat()).isEqualTo("DELIVRD");
        assertThat(query(id).state()).isEqualTo(MessageState.DELIVERED);
    }

    @Test
    void anAbsoluteScheduleIsHonouredToo() throws Exception {
        Instant at = Instant.now().plus(Duration.ofDays(2));
        String id = submit("on tuesday", SmppTime.absolute(at), null);
        smsc.advanceClock(Duration.ofDays(1));
        assertThat(query(id).state()).isEqualTo(MessageState.ENROUTE);
        smsc.advanceClock(Duration.ofDays(1).plusMinutes(1));
        assertThat(receipt(id).receipt().rawStat()).isEqualTo("DELIVRD");
    }

    @Test
    void aScheduledMessageCancelledBeforeItsTimeIsDeletedAndSendsNoReceipt() throws Exception {
        String id = submit("never", SmppTime.relative(Duration.ofHours(1)), null);
        esme.cancel(id, ACME).get(10, TimeUnit.SECONDS);
        QueryResult r = query(id);
        assertThat(r.state()).isEqualTo(MessageState.DELETED);
        assertThat(r.finalDate()).isPresent();

        smsc.advanceClock(Duration.ofHours(2));
        assertThat(receiptsAfterMarker()).doesNotContain(id);
        assertThat(query(id).state()).isEqualTo(MessageState.DELETED);
        assertRejected(esme.cancel(id, ACME), CommandStatus.ESME_RCANCELFAIL); // already final
    }

    @Test
    void aMessageWhoseValidityEndsBeforeItsScheduleExpires() throws Exception {
        String id = submit("too late", SmppTime.relative(Duration.ofHours(2)), SmppTime.relative(Duration.ofHours(1)));
        smsc.advanceClock(Duration.ofMinutes(59));
        assertThat(query(id).state()).isEqualTo(MessageState.ENROUTE);

        smsc.advanceClock(Duration.ofMinutes(1));
        assertThat(receipt(id).receipt().rawStat()).isEqualTo("EXPIRED");
        assertThat(query(id).state()).isEqualTo(MessageState.EXPIRED);
        assertRejected(
                esme.replace(id, ACME, ReplaceRequest.builder().text("x").build()), CommandStatus.ESME_RREPLACEFAIL);
    }

    @Test
    void aScheduledMessageCanBeReplacedButNotFromAnotherSource() throws Exception {
        String id = submit("old", SmppTime.relative(Duration.ofHours(1)), null);
        Address other = Address.alphanumeric("OTHER");
        assertRejected(
                esme.replace(id, other, ReplaceRequest.builder().text("new").build()), CommandStatus.ESME_RREPLACEFAIL);
        assertRejected(esme.cancel(id, other), CommandStatus.ESME_RCANCELFAIL);
        assertRejected(esme.query(id, other), CommandStatus.ESME_RQUERYFAIL);

        esme.replace(
                        id,
                        ACME,
                        ReplaceRequest.builder()
                                .text("new")
                                .requestReceipt(true)
                                .build())
                .get(10, TimeUnit.SECONDS);
        assertThat(smsc.messages().get(id).orElseThrow().body()).isEqualTo("new".getBytes());
        assertThat(query(id).state()).isEqualTo(MessageState.ENROUTE);
    }

    @Test
    void aReplacementTooLongForOneSegmentIsRefusedBeforeSending() {
        assertThatThrownBy(() -> ReplaceRequest.builder().text("x".repeat(161)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs 2 segments")
                .hasMessageContaining("cannot be split");
    }

    private static void assertRejected(CompletableFuture<?> f, CommandStatus status) {
        assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(
                        RejectedException.class, e -> assertThat(e.status()).isEqualTo(status));
    }
}
