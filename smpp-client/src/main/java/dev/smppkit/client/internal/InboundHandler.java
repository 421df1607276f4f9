package dev.smppkit.client.internal;

import dev.smppkit.client.IncomingMessage;
import dev.smppkit.client.ReceiptEvent;
import dev.smppkit.client.Tracking;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.pdu.BaseSm;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.text.DeliveryReceipt;
import dev.smppkit.codec.text.LogSafe;
import dev.smppkit.codec.text.ReassembledMessage;
import dev.smppkit.codec.text.ReceiptParseException;
import dev.smppkit.codec.text.SarParameters;
import io.netty.util.Timeout;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles deliver_sm and data_sm from the SMSC: delivery receipts are parsed and matched ({@link ReceiptCorrelation}),
 * mobile-originated messages are reassembled, and each is handed to the hook ({@link HookInvoker}). The PDU is answered ESME_ROK only once
 * the hook's stage completes, ESME_RX_T_APPN if it fails or times out, so the SMSC retries and nothing is lost.
 *
 * <p>Segments of a long MO message are acknowledged as they are buffered (an SMSC with a window of 1 would never
 * send the next one otherwise); the segment that completes the message waits for the hook.
 *
 * <p>Each delivery counts as in flight from its arrival until it is answered, and its hook timeout (an inbound option)
 * covers the receipt's correlator lookup as well as the hook. With {@code maxInboundInFlight} in flight
 * the session stops reading (see {@link ReadGate}); a graceful stop waits for them or answers them ESME_RX_T_APPN.
 *
 * <p>With an {@link dev.smppkit.client.Inbox} none of that happens here: each PDU is stored and answered ESME_ROK
 * once the store completes (ESME_RX_T_APPN if it fails or the hook timeout passes), and the {@link InboxDrainer}
 * hands it to the hook from the inbox.
 *
 * <p>Per connection; event loop only, except the hook callbacks, which hop back to it.
 */
final class InboundHandler {
    private static final Logger log = LoggerFactory.getLogger(InboundHandler.class);

    private final InboundSession session;
    private final EsmeConfig config;
    // per client
    private final HookInvoker hooks;
    private final ReceiptCorrelation correlation;
    private final OutcomeReporter reporter;
    private final MoReassembly reassembly;
    private final RepeatingFailureLog failures;

    // per connection, event loop only: the deliveries not answered yet, in arrival order
    private final Set<Delivery> inFlight = new LinkedHashSet<>();

    /** One deliver_sm or data_sm from its arrival until it is answered; as a supplier, whether it is answered. */
    private static final class Delivery implements ReceiptCorrelation.Lookup {
        final PduRequest<?> pdu;
        final AtomicBoolean answered = new AtomicBoolean(); // set by whoever answers first, on any thread
        volatile Timeout timeout;
        volatile ReceiptDeduplicator.Claim claim; // a receipt's, settled when it is answered
        volatile String foundUnder; // a receipt's correlator key, once its lookup found it
        volatile String forget; // the key to remove once the hook took this (final) receipt

        Delivery(PduRequest<?> pdu) {
            this.pdu = pdu;
        }

        @Override
        public boolean getAsBoolean() {
            return answered.get();
        }

        @Override
        public void foundUnder(String key) {
            foundUnder = key;
        }
    }

    InboundHandler(
            InboundSession session,
            EsmeConfig config,
            HookInvoker hooks,
            ReceiptCorrelation correlation,
            OutcomeReporter reporter,
            MoReassembly reassembly,
            RepeatingFailureLog failures) {
        this.session = session;
        this.config = config;
        this.hooks = hooks;
        this.correlation = correlation;
        this.reporter = reporter;
        this.reassembly = reassembly;
        this.failures = failures;
    }

    /** Deliveries waiting for the correlator or the hook; event loop only. */
    int inFlight() {
        return inFlight.size();
    }

    void onMessage(PduRequest<?> pdu) {
        Delivery delivery = new Delivery(pdu);
        inFlight.add(delivery);
        updateGate();
        delivery.timeout = hooks.startTimeout(() -> {
            if (answer(delivery, CommandStatus.ESME_RX_T_APPN)) {
                failures.record(
                        RepeatingFailureLog.Level.WARN,
                        "hook did not finish in time",
                        "answered ESME_RX_T_APPN after " + config.inbound().hookTimeout(),
                        null);
            }
        });
        if (config.inbox() != null) {
            store(delivery);
            return;
        }
        EsmClass esm;
        DataCoding dc;
        byte[] body;
        Tlvs tlvs = pdu.tlvs();
        if (pdu instanceof BaseSm<?> sm) {
            esm = sm.esmClass();
            dc = sm.dataCoding();
            body = sm.messageBytes();
        } else {
            DataSm d = (DataSm) pdu;
            esm = d.esmClass();
            dc = d.dataCoding();
            body = tlvs.messagePayload().orElse(new byte[0]);
        }
        boolean receipt = ReceiptDetector.isReceipt(
                esm, tlvs, () -> text(body, dc).orElse(null), config.inbound().receiptDetection());
        if (receipt && onReceipt(delivery, body, dc, tlvs)) {
            return;
        }
        onMobileOriginated(delivery, esm, dc, body, tlvs);
    }

    /**
     * With an inbox: answers ESME_ROK once the PDU is stored, ESME_RX_T_APPN if the store fails (or outlasts the hook
     * timeout); the hook gets it from the inbox ({@link InboxDrainer}).
     */
    private void store(Delivery delivery) {
        CompletionStage<Long> stored;
        try {
            stored = config.inbox().store(InboxPdus.item(config.name(), delivery.pdu, config.inbound()));
        } catch (RuntimeException e) {
            stored = CompletableFuture.failedFuture(e);
        }
        stored.whenComplete((id, error) -> {
            if (answer(delivery, error == null ? CommandStatus.ESME_ROK : CommandStatus.ESME_RX_T_APPN)
                    && error != null) {
                failures.record(
                        RepeatingFailureLog.Level.WARN,
                        "inbox.store failed",
                        "answered " + delivery.pdu.commandId() + " with ESME_RX_T_APPN",
                        error);
            }
        });
    }

    /** Returns false if it is not a receipt after all (unparseable), so it is delivered as a message instead. */
    private boolean onReceipt(Delivery delivery, byte[] body, DataCoding dc, Tlvs tlvs) {
        DeliveryReceipt receipt;
        try {
            receipt = ReceiptReading.read(body, dc, tlvs, config.inbound().smscDefaultCharset());
        } catch (ReceiptParseException e) {
            log.warn(
                    "{} unparseable delivery receipt, delivered as a message instead: {}",
                    session.logName(),
                    LogSafe.escape(e.getMessage()));
            return false;
        }
        reporter.receipts.increment();
        CompletableFuture<ReceiptDeduplicator.Claim> claim =
                correlation.dedup().claim(config.name(), handset(delivery.pdu), receipt);
        if (claim.isDone()) { // nearly always: no copy of it is with the hook now
            claimedOrAnswered(delivery, receipt, claim.join());
        } else {
            claim.thenAccept(c -> claimedOrAnswered(delivery, receipt, c));
        }
        return true;
    }

    private void claimedOrAnswered(Delivery delivery, DeliveryReceipt receipt, ReceiptDeduplicator.Claim claim) {
        try {
            claimed(delivery, receipt, claim);
        } catch (RuntimeException e) { // a correlator that threw instead of failing its stage: the SMSC retries
            if (answer(delivery, CommandStatus.ESME_RX_T_APPN)) {
                failures.record(RepeatingFailureLog.Level.ERROR, "receipt lookup threw", "", e);
            }
        }
    }

    /** The address a receipt is about: its source_addr, the original message's destination. */
    private static String handset(PduRequest<?> pdu) {
        return pdu instanceof BaseSm<?> sm
                ? sm.sourceAddress().value()
                : ((DataSm) pdu).sourceAddress().value();
    }

    /** A receipt's turn after deduplication: a duplicate (null claim) is answered, anything else looked up. */
    private void claimed(Delivery delivery, DeliveryReceipt receipt, ReceiptDeduplicator.Claim claim) {
        if (claim == null) { // the hook already took this receipt: the SMSC repeated it
            log.debug("{} duplicate receipt {} answered", session.logName(), LogSafe.escape(receipt.id()));
            answer(delivery, CommandStatus.ESME_ROK);
            return;
        }
        delivery.claim = claim; // settled by answer(), or here if that came first
        if (delivery.answered.get()) {
            claim.settle(false);
            return;
        }
        match(delivery, receipt);
    }

    private void match(Delivery delivery, DeliveryReceipt receipt) {
        CompletionStage<Optional<Tracking>> lookup = correlation.match(receipt, delivery);
        if (Stages.doneNormally(lookup)) { // an in-memory correlator: no stage to chain
            matched(delivery, receipt, lookup.toCompletableFuture().join(), null);
        } else {
            lookup.whenComplete((tracking, error) -> matched(delivery, receipt, tracking, error));
        }
    }

    private void matched(Delivery delivery, DeliveryReceipt receipt, Optional<Tracking> tracking, Throwable error) {
        if (delivery.answered.get()) {
            // answered ESME_RX_T_APPN meanwhile (timeout, client stopping): the SMSC delivers it again, so the
            // hook must not see it now; a lookup failing after the stop (correlator closed) is expected
            log.debug(
                    "{} receipt {} was answered before its lookup finished",
                    session.logName(),
                    LogSafe.escape(receipt.id()),
                    error);
            return;
        }
        Optional<Tracking> found = ReceiptReading.settle(tracking, error, receipt, config, reporter, failures);
        ReceiptEvent event = new ReceiptEvent(receipt, found, config.bind().systemId(), delivery.pdu, config.name());
        if (found.isPresent() && correlation.forgets(event)) {
            delivery.forget = delivery.foundUnder; // set before the lookup's stage completed, so seen here
        }
        deliverToHook(delivery, "onDeliveryReceipt", () -> hooks.hook().onDeliveryReceipt(event));
    }

    private void onMobileOriginated(Delivery delivery, EsmClass esm, DataCoding dc, byte[] body, Tlvs tlvs) {
        PduRequest<?> pdu = delivery.pdu;
        Address source = pdu instanceof BaseSm<?> sm ? sm.sourceAddress() : ((DataSm) pdu).sourceAddress();
        Address dest = pdu instanceof BaseSm<?> sm ? sm.destAddress() : ((DataSm) pdu).destAddress();
        SarParameters sar = null;
        if (tlvs.sarMsgRefNum().isPresent()
                && tlvs.sarTotalSegments().isPresent()
                && tlvs.sarSegmentSeqnum().isPresent()) {
            try {
                sar = new SarParameters(
                        tlvs.sarMsgRefNum().getAsInt(),
                        tlvs.sarTotalSegments().getAsInt(),
                        tlvs.sarSegmentSeqnum().getAsInt());
            } catch (IllegalArgumentException e) {
                sar = null; // inconsistent SAR values: treat the body as a whole message
            }
        }
        Optional<ReassembledMessage> whole;
        try { // the reassembler is per client: segments may arrive on different binds
            whole = reassembly.offer(source.value(), body, esm.hasUdhi(), dc, sar);
        } catch (IllegalArgumentException e) {
            log.warn(
                    "{} malformed UDH from {}; delivering the body as it is: {}",
                    session.logName(),
                    LogSafe.escape(source.toString()),
                    LogSafe.escape(e.getMessage()));
            deliverWhole(delivery, source, dest, dc, body, text(body, dc), 1);
            return;
        }
        if (whole.isEmpty()) {
            answer(delivery, CommandStatus.ESME_ROK); // a segment, buffered until the rest arrives
            return;
        }
        ReassembledMessage m = whole.get();
        deliverWhole(delivery, source, dest, m.dataCoding(), m.payload(), m.text(), m.segments());
    }

    private void deliverWhole(
            Delivery delivery,
            Address source,
            Address dest,
            DataCoding dc,
            byte[] payload,
            Optional<String> text,
            int segments) {
        reporter.incoming(segments);
        IncomingMessage message = new IncomingMessage(
                source, dest, dc, payload, text, segments, true, config.bind().systemId(), delivery.pdu, config.name());
        deliverToHook(delivery, "onIncomingMessage", () -> hooks.hook().onIncomingMessage(message));
    }

    /** Runs the hook; answers the PDU when its stage completes, or with ESME_RX_T_APPN on failure or timeout. */
    private void deliverToHook(Delivery delivery, String method, Supplier<CompletionStage<Void>> hook) {
        CompletionStage<Void> stage = hooks.call(method, hook);
        if (Stages.doneNormally(stage)) {
            answer(delivery, CommandStatus.ESME_ROK); // a hook that finished at once: no stage to chain
            return;
        }
        stage.whenComplete((v, error) -> {
            CommandStatus status = error == null ? CommandStatus.ESME_ROK : CommandStatus.ESME_RX_T_APPN;
            if (answer(delivery, status) && error != null) {
                hooks.failed(method, "answered " + delivery.pdu.commandId() + " with ESME_RX_T_APPN", error);
            }
        });
    }

    /**
     * Answers the delivery unless something answered it first; any thread. Returns whether this call answered it.
     * The response is written on the event loop.
     */
    private boolean answer(Delivery delivery, CommandStatus status) {
        if (!delivery.answered.compareAndSet(false, true)) {
            return false;
        }
        Timeout t = delivery.timeout;
        if (t != null) {
            t.cancel();
        }
        ReceiptDeduplicator.Claim claim = delivery.claim;
        if (claim != null) {
            claim.settle(status == CommandStatus.ESME_ROK); // taken by the hook: a repeat is a duplicate
        }
        String forget = delivery.forget;
        if (forget != null && status == CommandStatus.ESME_ROK) {
            correlation.forget(forget); // after settling: a repeat from now on is a duplicate, never looked up
        }
        if (session.executor().inEventLoop()) {
            answered(delivery, status);
        } else {
            session.executor().execute(() -> answered(delivery, status));
        }
        return true;
    }

    private void answered(Delivery delivery, CommandStatus status) {
        inFlight.remove(delivery);
        respond(delivery.pdu, status);
        session.flush();
        updateGate();
        session.inboundAnswered();
    }

    /**
     * Answers every delivery still in flight with {@code status} now, while the session is open; for a graceful stop
     * whose deadline came. Their hooks' later results are ignored. Event loop only.
     */
    void answerAllNow(CommandStatus status) {
        for (Delivery d : List.copyOf(inFlight)) {
            answer(d, status);
        }
    }

    private void updateGate() {
        session.readGate()
                .set(
                        ReadGate.Reason.INBOUND_FULL,
                        inFlight.size() >= config.inbound().maxInboundInFlight());
    }

    private void respond(PduRequest<?> pdu, CommandStatus status) {
        if (session.isActive()) {
            session.write(pdu.createResponse(status));
        } // else: the SMSC gets no answer and will deliver it again on a new session
    }

    private Optional<String> text(byte[] body, DataCoding dc) {
        return IncomingText.of(body, dc, config.inbound().smscDefaultCharset());
    }
}
