package dev.smppkit.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.smppkit.client.ClientListener;
import dev.smppkit.client.Esme;
import dev.smppkit.client.Hook;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.ReceiptEvent;
import dev.smppkit.client.SmppClientException;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.client.Tracking;
import dev.smppkit.client.WireLog;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.testkit.SmscSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/** The instrumentation listener against the simulator: what it is told, a throwing one, and the wire log. */
@Timeout(60)
class ClientListenerIT {
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final CountDownLatch receipt = new CountDownLatch(1);

    @AfterEach
    void closeAll() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    /** Every call as a line of text, plus the values a test looks at. */
    static final class Recording implements ClientListener {
        final ConcurrentLinkedQueue<String> calls = new ConcurrentLinkedQueue<>();
        volatile Tracking matched;
        volatile Map<String, String> submitExtra;
        volatile Object submitContext;

        @Override
        public Object requestWritten(String account, Pdu request, boolean windowed, Map<String, String> extra) {
            calls.add("written " + account + " " + request.commandId() + " " + windowed);
            if (request.commandId().equals(CommandId.SUBMIT_SM)) {
                submitExtra = extra;
                return "ctx-" + request.sequenceNumber();
            }
            return null;
        }

        @Override
        public void requestAnswered(
                String account,
                Pdu request,
                boolean windowed,
                PduResponse response,
                long latencyNanos,
                Object context) {
            calls.add("answered " + account + " " + request.commandId() + " " + response.commandStatus() + " "
                    + (latencyNanos >= 0));
            if (request.commandId().equals(CommandId.SUBMIT_SM)) {
                submitContext = context;
            }
        }

        @Override
        public void requestFailed(
                String account,
                Pdu request,
                boolean windowed,
                SmppClientException error,
                long elapsedNanos,
                Object context) {
            calls.add("failed " + account + " " + request.commandId());
        }

        @Override
        public void sessionSlot(String account, boolean running) {
            calls.add("slot " + account + " " + running);
        }

        @Override
        public void sessionBound(String account, BindType bindType, String address) {
            calls.add("bound " + account + " " + bindType + " " + address);
        }

        @Override
        public void brokerTake(String account, int messages, long latencyNanos) {
            if (messages > 0) {
                calls.add("take " + account + " " + messages);
            }
        }

        @Override
        public void receiptMatched(String account, Tracking tracking, long delayNanos) {
            matched = tracking;
            calls.add("receipt " + account);
        }

        @Override
        public void pduReceived(String session, Pdu pdu) {
            if (pdu.commandId().equals(CommandId.DELIVER_SM)) {
                calls.add("pdu < " + session.startsWith("[acme TRANSCEIVER ") + " " + pdu.commandId());
            }
        }
    }

    /** A listener that throws from every call. */
    static final class Throwing implements ClientListener {
        @Override
        public Object requestWritten(String account, Pdu request, boolean windowed, Map<String, String> extra) {
            throw new IllegalStateException("broken listener");
        }

        @Override
        public void requestAnswered(
                String account,
                Pdu request,
                boolean windowed,
                PduResponse response,
                long latencyNanos,
                Object context) {
            throw new IllegalStateException("broken listener");
        }

        @Override
        public void pduWritten(String session, Pdu pdu) {
            throw new IllegalStateException("broken listener");
        }
    }

    private ListAppender<ILoggingEvent> capture(String loggerName, Level level) {
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(loggerName);
        Level before = logger.getLevel();
        logger.setLevel(level);
        captured.start();
        logger.addAppender(captured);
        closeables.add(() -> {
            logger.detachAppender(captured);
            logger.setLevel(before);
        });
        return captured;
    }

    private SubmitOutcome sendOne(ClientListener... listeners) throws Exception {
        SmscSimulator smsc =
                SmscSimulator.builder().credential("esme", "secret").start();
        closeables.add(smsc);
        var b = Esme.builder()
                .host(smsc.host())
                .port(smsc.port())
                .systemId("esme")
                .password("secret")
                .name("acme")
                .hook(new Hook() {
                    @Override
                    public CompletionStage<Void> onDeliveryReceipt(ReceiptEvent event) {
                        receipt.countDown();
                        return CompletableFuture.completedFuture(null);
                    }
                });
        for (ClientListener l : listeners) {
            b.listener(l);
        }
        Esme esme = b.build();
        closeables.add(esme);
        esme.start().get(10, TimeUnit.SECONDS);
        SubmitOutcome outcome = esme.submit(OutboundMessage.builder()
                        .from(Address.alphanumeric("ACME"))
                        .to(Address.international("447000000001"))
                        .text("very private text")
                        .requestReceipt(true)
                        .trackingId("t-1")
                        .extra(Map.of("traceparent", "00-abc-def-01"))
                        .build())
                .get(10, TimeUnit.SECONDS);
        assertThat(receipt.await(10, TimeUnit.SECONDS)).isTrue();
        return outcome;
    }

    @Test
    void theListenerIsToldOfRequestsSessionsTakesAndReceiptsWithTheirValues() throws Exception {
        Recording rec = new Recording();
        assertThat(sendOne(rec)).isInstanceOf(SubmitOutcome.Accepted.class);

        assertThat(rec.calls)
                .contains(
                        "slot acme true",
                        "written acme " + CommandId.BIND_TRANSCEIVER + " false",
                        "answered acme " + CommandId.BIND_TRANSCEIVER + " " + CommandStatus.ESME_ROK + " true",
                        "take acme 1",
                        "written acme " + CommandId.SUBMIT_SM + " true",
                        "answered acme " + CommandId.SUBMIT_SM + " " + CommandStatus.ESME_ROK + " true",
                        "pdu < true " + CommandId.DELIVER_SM,
                        "receipt acme")
                .anyMatch(c -> c.startsWith("bound acme TRANSCEIVER ") && c.contains(":"))
                .noneMatch(c -> c.startsWith("failed"));
        assertThat(rec.submitExtra).containsEntry("traceparent", "00-abc-def-01");
        assertThat((String) rec.submitContext).startsWith("ctx-"); // what requestWritten returned comes back
        assertThat(rec.matched.trackingId()).isEqualTo("t-1");
        assertThat(rec.matched.extra()).containsEntry("traceparent", "00-abc-def-01");
    }

    @Test
    void aThrowingListenerIsLoggedAndIgnoredAndTheNextOneStillCalled() throws Exception {
        ListAppender<ILoggingEvent> warnings = capture("dev.smppkit.client.ClientListener", Level.WARN);
        Recording rec = new Recording();

        assertThat(sendOne(new Throwing(), rec)).isInstanceOf(SubmitOutcome.Accepted.class);

        assertThat(rec.calls)
                .contains(
                        "answered acme " + CommandId.SUBMIT_SM + " " + CommandStatus.ESME_ROK + " true",
                        "receipt acme");
        assertThat(rec.submitContext).asString().startsWith("ctx-"); // its own context, not the throwing one's
        assertThat(warnings.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(m -> m.contains("ClientListener.requestWritten threw"));
    }

    @Test
    void theWireLogMasksThePasswordAndTheText() throws Exception {
        ListAppender<ILoggingEvent> wire = capture(WireLog.LOGGER, Level.TRACE);

        sendOne(WireLog.create());

        List<String> lines =
                wire.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines)
                .anyMatch(l -> l.startsWith("[acme TRANSCEIVER ")
                        && l.contains("> bind_transceiver(")
                        && l.contains("password=****"))
                .anyMatch(l -> l.contains("> submit_sm(") && l.matches(".*short_message=<[0-9]+ octets>.*"))
                .anyMatch(l -> l.contains("< submit_sm_resp("))
                .anyMatch(l -> l.contains("< deliver_sm(") && l.contains("short_message=<"))
                .noneMatch(l -> l.contains("secret"))
                .noneMatch(l -> l.contains(hex("very private text")));
    }

    @Test
    void theWireLogShowsTextOnlyWhenAsked() {
        Pdu submit = dev.smppkit.codec.pdu.SubmitSm.builder()
                .shortMessage("hi".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .build();
        assertThat(WireLog.create().render(submit)).contains("short_message=<2 octets>");
        assertThat(WireLog.showingText().render(submit)).contains("short_message=" + hex("hi"));
    }

    private static String hex(String text) {
        return java.util.HexFormat.of().formatHex(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
