package dev.smppkit.client.internal;

import dev.smppkit.client.IncomingMessage;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.text.IncompleteMessage;
import dev.smppkit.codec.text.LogSafe;
import dev.smppkit.codec.text.ReassembledMessage;
import dev.smppkit.codec.text.Reassembler;
import dev.smppkit.codec.text.SarParameters;
import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every session of one client shares: options, the wheel timer (see {@link HookInvoker} for the time sources), the hook
 * invoker, the outcome reporter, the message encoder and the MO reassembler. Per client; thread-safe.
 */
final class ClientCore {
    private static final Logger log = LoggerFactory.getLogger(ClientCore.class);

    final EsmeConfig config;
    final HashedWheelTimer timer;
    /** The one way to call the user's hook. */
    final HookInvoker hooks;

    final OutcomeReporter reporter;
    /** Tracks accepted segments and matches receipts to them. */
    final ReceiptCorrelation correlation;

    final MessageEncoder encoder;
    /** Failures that repeat per message (correlator, hook), logged once per 10 s with a count. */
    final RepeatingFailureLog failures =
            new RepeatingFailureLog(LoggerFactory.getLogger(InboundHandler.class), 10, TimeUnit.SECONDS);
    // guarded by itself: segments of one message may arrive on different sessions
    private final Reassembler reassembler;
    private final List<IncompleteMessage> givenUp = new ArrayList<>();
    private volatile Timeout expiry;
    private volatile boolean stopped;

    ClientCore(EsmeConfig config) {
        this.config = config;
        this.timer = new HashedWheelTimer(new DefaultThreadFactory("smppkit-timer", true), 10, TimeUnit.MILLISECONDS);
        this.hooks = new HookInvoker(config.hook(), timer, config.hookTimeout(), failures);
        this.reporter = new OutcomeReporter(config, hooks);
        this.correlation = new ReceiptCorrelation(config.correlator(), config.systemId(), timer, failures);
        this.encoder = new MessageEncoder(config.concatMode(), config.maxSegments());
        this.reassembler = Reassembler.builder()
                .smscDefault(config.smscDefaultCharset())
                .onIncomplete(givenUp::add)
                .build();
        this.expiry = timer.newTimeout(t -> expireSegments(), 10, TimeUnit.SECONDS);
    }

    /** Offers an MO body to the reassembler; messages given up on meanwhile go to the hook as incomplete. */
    Optional<ReassembledMessage> offerSegment(
            String originator, byte[] body, boolean udhi, DataCoding dc, SarParameters sar) {
        Optional<ReassembledMessage> whole;
        List<IncompleteMessage> incomplete;
        synchronized (reassembler) {
            whole = reassembler.offer(originator, body, udhi, dc, sar);
            incomplete = drainGivenUp();
        }
        incomplete.forEach(this::reportIncomplete);
        return whole;
    }

    private void expireSegments() {
        List<IncompleteMessage> incomplete;
        synchronized (reassembler) {
            reassembler.expire();
            incomplete = drainGivenUp();
        }
        incomplete.forEach(this::reportIncomplete);
        if (!stopped) {
            try {
                expiry = timer.newTimeout(t -> expireSegments(), 10, TimeUnit.SECONDS);
            } catch (IllegalStateException e) {
                // the timer stopped meanwhile
            }
        }
    }

    private List<IncompleteMessage> drainGivenUp() {
        if (givenUp.isEmpty()) {
            return List.of();
        }
        List<IncompleteMessage> copy = new ArrayList<>(givenUp);
        givenUp.clear();
        return copy;
    }

    /** A message whose segments never all arrived: its segments were acknowledged, so the hook must see it. */
    private void reportIncomplete(IncompleteMessage m) {
        log.warn(
                "MO message from {} (ref {}) gave up with segments {} of {}: {}",
                LogSafe.escape(m.originator()),
                m.reference(),
                m.receivedSegments(),
                m.totalSegments(),
                m.reason());
        reporter.incoming.increment();
        IncomingMessage message = new IncomingMessage(
                Address.of(0, 0, m.originator()),
                Address.NULL,
                m.dataCoding(),
                m.partialPayload(),
                Optional.empty(),
                m.receivedSegments().size(),
                false,
                config.systemId(),
                null);
        // Its segments were answered long ago: nothing waits for the stage, a failure is only logged.
        hooks.call("onIncomingMessage", () -> hooks.hook().onIncomingMessage(message))
                .whenComplete((v, e) -> {
                    if (e != null) {
                        hooks.failed("onIncomingMessage", "for an incomplete message", e);
                    }
                });
    }

    void stop() {
        stopped = true;
        expiry.cancel();
        timer.stop();
        failures.flush();
    }
}
