package dev.smppkit.client.internal;

import dev.smppkit.client.InboxClaim;
import dev.smppkit.client.InboxItem;
import dev.smppkit.client.IncomingMessage;
import dev.smppkit.client.ReceiptEvent;
import dev.smppkit.client.Tracking;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.text.DeliveryReceipt;
import dev.smppkit.codec.text.IncompleteMessage;
import dev.smppkit.codec.text.LogSafe;
import dev.smppkit.codec.text.ReassembledMessage;
import dev.smppkit.codec.text.Reassembler;
import dev.smppkit.codec.text.ReceiptParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what an inbox claim holds and hands it to the hook, as {@link InboundHandler} does for a PDU without an
 * inbox: a delivery receipt is parsed and matched through the correlator, a message (one PDU, or the segments of a
 * long one) is reassembled and decoded, and a group handed out after its incomplete timeout becomes an incomplete
 * message. Every event carries the claim id as its idempotency key. The hook timeout covers the correlator lookup
 * and the hook.
 *
 * <p>Per client; stateless apart from its collaborators, so any thread may call it.
 */
final class InboxInterpreter {
    private static final Logger log = LoggerFactory.getLogger(InboxInterpreter.class);

    private final EsmeConfig config;
    private final HookInvoker hooks;
    private final ReceiptCorrelation correlation;
    private final OutcomeReporter reporter;
    private final RepeatingFailureLog failures;

    InboxInterpreter(
            EsmeConfig config,
            HookInvoker hooks,
            ReceiptCorrelation correlation,
            OutcomeReporter reporter,
            RepeatingFailureLog failures) {
        this.config = config;
        this.hooks = hooks;
        this.correlation = correlation;
        this.reporter = reporter;
        this.failures = failures;
    }

    /**
     * Hands the claim to the hook. Completes when the hook's stage completed normally; exceptionally if the PDUs do
     * not decode, the hook failed, or the hook timeout passed first.
     */
    CompletableFuture<Void> deliver(InboxClaim claim) {
        List<PduRequest<?>> pdus = new ArrayList<>(claim.items().size());
        try {
            for (InboxItem item : claim.items()) {
                pdus.add(InboxPdus.decode(item));
            }
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        OptionalLong id = OptionalLong.of(claim.id());
        PduRequest<?> last = pdus.get(pdus.size() - 1);
        InboxPdus.Parts parts = InboxPdus.Parts.of(last);
        if (claim.totalSegments() == 1 && parts.isReceipt(config.inbound())) {
            DeliveryReceipt receipt = receipt(parts);
            if (receipt != null) {
                return deliverReceipt(receipt, last, id);
            }
        }
        return deliverMessage(claim, pdus, id);
    }

    /** The receipt, or null if it does not parse (it is then delivered as a message, as without an inbox). */
    private DeliveryReceipt receipt(InboxPdus.Parts p) {
        try {
            return ReceiptReading.read(
                    p.body(), p.dataCoding(), p.tlvs(), config.inbound().smscDefaultCharset());
        } catch (ReceiptParseException e) {
            log.warn(
                    "[{}] unparseable delivery receipt, delivered as a message instead: {}",
                    config.name(),
                    LogSafe.escape(e.getMessage()));
            return null;
        }
    }

    private CompletableFuture<Void> deliverReceipt(DeliveryReceipt receipt, PduRequest<?> pdu, OptionalLong id) {
        reporter.receipts.increment();
        CompletableFuture<Void> result = new CompletableFuture<>();
        var deadline = hooks.startTimeout(() -> result.completeExceptionally(new java.util.concurrent.TimeoutException(
                "correlator lookup and hook.onDeliveryReceipt did not finish in " + hooks.timeout())));
        correlation.match(receipt, result::isDone).whenComplete((tracking, error) -> {
            if (result.isDone()) {
                return;
            }
            Optional<Tracking> found = ReceiptReading.settle(tracking, error, receipt, config, reporter, failures);
            ReceiptEvent event = new ReceiptEvent(receipt, found, config.bind().systemId(), pdu, config.name(), id);
            hooks.call("onDeliveryReceipt", () -> hooks.hook().onDeliveryReceipt(event))
                    .whenComplete((v, e) -> {
                        if (deadline != null) {
                            deadline.cancel();
                        }
                        if (e != null) {
                            result.completeExceptionally(e);
                        } else {
                            result.complete(null);
                        }
                    });
        });
        return result;
    }

    private CompletableFuture<Void> deliverMessage(InboxClaim claim, List<PduRequest<?>> pdus, OptionalLong id) {
        // A reassembler of its own per claim, on a clock of its own: every segment it needs is in the claim, and an
        // incomplete claim is made to give up at once, which yields the arrived segments' joined payload.
        List<IncompleteMessage> givenUp = new ArrayList<>(1);
        long[] now = {0};
        Reassembler reassembler = Reassembler.builder()
                .smscDefault(config.inbound().smscDefaultCharset())
                .clock(() -> Instant.ofEpochMilli(now[0]))
                .timeout(Duration.ofMillis(1))
                .onIncomplete(givenUp::add)
                .build();
        PduRequest<?> last = pdus.get(pdus.size() - 1);
        InboxPdus.Parts lastParts = InboxPdus.Parts.of(last);
        Optional<ReassembledMessage> whole = Optional.empty();
        for (PduRequest<?> pdu : pdus) {
            InboxPdus.Parts p = InboxPdus.Parts.of(pdu);
            try {
                whole = reassembler.offer(
                        p.source().value(), p.body(), p.esm().hasUdhi(), p.dataCoding(), InboxPdus.sar(p.tlvs()));
            } catch (IllegalArgumentException e) { // malformed UDH: stored as a whole PDU, delivered as it is
                log.warn(
                        "[{}] malformed UDH from {}; delivering the body as it is: {}",
                        config.name(),
                        LogSafe.escape(p.source().toString()),
                        LogSafe.escape(e.getMessage()));
                return call(new IncomingMessage(
                        p.source(),
                        p.destination(),
                        p.dataCoding(),
                        p.body(),
                        IncomingText.of(
                                p.body(), p.dataCoding(), config.inbound().smscDefaultCharset()),
                        1,
                        true,
                        config.bind().systemId(),
                        pdu,
                        config.name(),
                        id));
            }
        }
        if (whole.isPresent()) {
            ReassembledMessage m = whole.get();
            return call(new IncomingMessage(
                    lastParts.source(),
                    lastParts.destination(),
                    m.dataCoding(),
                    m.payload(),
                    m.text(),
                    m.segments(),
                    true,
                    config.bind().systemId(),
                    last,
                    config.name(),
                    id));
        }
        now[0] = 1_000;
        reassembler.expire();
        IncompleteMessage m = givenUp.get(0);
        log.warn(
                "[{}] MO message from {} (ref {}) is incomplete after the inbox's timeout, segments {} of {}",
                config.name(),
                LogSafe.escape(m.originator()),
                m.reference(),
                m.receivedSegments(),
                m.totalSegments());
        return call(new IncomingMessage(
                lastParts.source(),
                lastParts.destination(),
                m.dataCoding(),
                m.partialPayload(),
                Optional.empty(),
                m.receivedSegments().size(),
                false,
                config.bind().systemId(),
                last,
                config.name(),
                id));
    }

    private CompletableFuture<Void> call(IncomingMessage message) {
        reporter.incoming(message.segments());
        return hooks.callWithTimeout("onIncomingMessage", () -> hooks.hook().onIncomingMessage(message));
    }
}
