package dev.smppkit.client.internal;

import dev.smppkit.client.IncomingMessage;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.text.IncompleteMessage;
import dev.smppkit.codec.text.LogSafe;
import dev.smppkit.codec.text.ReassembledMessage;
import dev.smppkit.codec.text.Reassembler;
import dev.smppkit.codec.text.SarParameters;
import io.netty.util.Timeout;
import io.netty.util.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reassembles long mobile-originated messages for the whole client: segments of one message may arrive on different
 * sessions (a transmitter-and-receiver pair, several receivers). Every 10 s it gives up on messages whose segments
 * stopped coming and hands what arrived to the hook as an incomplete message, since those segments were acknowledged.
 *
 * <p>Per client; thread-safe.
 */
final class MoReassembly {
    private static final Logger log = LoggerFactory.getLogger(MoReassembly.class);
    private static final long EXPIRY_SECONDS = 10;

    private final EsmeConfig config;
    private final OutcomeReporter reporter;
    private final Timer timer;
    // Guarded by itself. A lock is the right tool here, though sessions call in from their event loops: the critical
    // section is one map operation on a message's few segments (no I/O, no user code: the hook is called after it),
    // contention needs segments of MO messages arriving at the same instant on two loops, and the alternative, a hop
    // to one owner thread, would make every delivery's path asynchronous for the sake of the rare long message.
    private final HookInvoker hooks;
    private final Reassembler reassembler;
    private final List<IncompleteMessage> givenUp = new ArrayList<>();
    // per client, between start() and stop()
    private volatile Timeout expiry;
    private volatile boolean stopped;

    MoReassembly(EsmeConfig config, OutcomeReporter reporter, HookInvoker hooks, Timer timer) {
        this.config = config;
        this.reporter = reporter;
        this.timer = timer;
        this.hooks = hooks;
        this.reassembler = Reassembler.builder()
                .smscDefault(config.inbound().smscDefaultCharset())
                .onIncomplete(givenUp::add)
                .build();
    }

    /** Starts the periodic expiry; with the client, so that building one starts no thread. */
    void start() {
        scheduleExpiry();
    }

    /** Offers an MO body to the reassembler; messages given up on meanwhile go to the hook as incomplete. */
    Optional<ReassembledMessage> offer(String originator, byte[] body, boolean udhi, DataCoding dc, SarParameters sar) {
        Optional<ReassembledMessage> whole;
        List<IncompleteMessage> incomplete;
        synchronized (reassembler) {
            whole = reassembler.offer(originator, body, udhi, dc, sar);
            incomplete = drainGivenUp();
        }
        incomplete.forEach(this::reportIncomplete);
        return whole;
    }

    private void scheduleExpiry() {
        if (stopped) {
            return;
        }
        try {
            expiry = timer.newTimeout(t -> expireSegments(), EXPIRY_SECONDS, TimeUnit.SECONDS);
        } catch (IllegalStateException e) {
            // the timer stopped meanwhile
        }
    }

    private void expireSegments() {
        List<IncompleteMessage> incomplete;
        synchronized (reassembler) {
            reassembler.expire();
            incomplete = drainGivenUp();
        }
        incomplete.forEach(this::reportIncomplete);
        scheduleExpiry();
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
                "[{}] MO message from {} (ref {}) gave up with segments {} of {}: {}",
                config.name(),
                LogSafe.escape(m.originator()),
                m.reference(),
                m.receivedSegments(),
                m.totalSegments(),
                m.reason());
        reporter.incoming(m.receivedSegments().size());
        IncomingMessage message = new IncomingMessage(
                Address.of(0, 0, m.originator()),
                Address.NULL,
                m.dataCoding(),
                m.partialPayload(),
                Optional.empty(),
                m.receivedSegments().size(),
                false,
                config.bind().systemId(),
                null,
                config.name());
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
        Timeout t = expiry;
        if (t != null) {
            t.cancel();
        }
    }
}
