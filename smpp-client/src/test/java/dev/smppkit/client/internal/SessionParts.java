package dev.smppkit.client.internal;

import dev.smppkit.codec.pdu.BindType;
import io.netty.util.HashedWheelTimer;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * The per-client collaborators of a session, made as {@link DefaultEsme} makes them, for tests that drive one
 * {@link SmppSession} directly. {@link #stop()} at teardown.
 */
final class SessionParts {
    final EsmeConfig config;
    final HashedWheelTimer timer =
            new HashedWheelTimer(new DefaultThreadFactory("smppkit-test-timer", true), 10, TimeUnit.MILLISECONDS);
    final RepeatingFailureLog failures =
            new RepeatingFailureLog(LoggerFactory.getLogger(InboundHandler.class), 10, TimeUnit.SECONDS);
    final HookInvoker hooks;
    final OutcomeReporter reporter;
    final ReceiptCorrelation correlation;
    final MessageEncoder encoder;
    final MoReassembly reassembly;
    final RateLimiter rateLimiter;

    SessionParts(EsmeConfig config) {
        this(config, PendingRemovals.DEFAULT_DELAY);
    }

    SessionParts(EsmeConfig config, int removalDelay) {
        this.config = config;
        this.hooks = new HookInvoker(config.hook(), timer, config.inbound().hookTimeout(), failures);
        this.reporter = new OutcomeReporter(config, hooks);
        this.correlation = new ReceiptCorrelation(
                config.correlator(),
                config.options().correlationScope(),
                timer,
                failures,
                config.inbound(),
                removalDelay);
        this.encoder = new MessageEncoder(
                config.submission().concatMode(), config.submission().maxSegments());
        this.reassembly = new MoReassembly(config, reporter, hooks, timer);
        reassembly.start();
        this.rateLimiter = config.submission().maxTps() > 0
                ? new RateLimiter(config.submission().maxTps())
                : null;
    }

    SmppSession session(SessionListener listener, BindType type) {
        return new SmppSession(
                listener,
                type,
                config,
                hooks,
                correlation,
                timer,
                reporter,
                encoder,
                reassembly,
                failures,
                rateLimiter);
    }

    void stop() {
        reassembly.stop();
        timer.stop();
        failures.flush();
    }
}
