package dev.smppkit.spring.boot.internal;

import dev.smppkit.client.ShutdownException;
import dev.smppkit.codec.text.LogSafe;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the client (an {@code Esme} or an {@code SmsGateway}) with the context and stops it gracefully (drain the
 * window, unbind) on shutdown. Its phase is below the web server's graceful-shutdown phase, so the client stops after
 * the server has finished the requests that may still submit messages, and before any bean (the JDBC broker, the data
 * source) is destroyed.
 */
public final class ClientLifecycle implements SmartLifecycle {
    /** The phase: after the web server's graceful shutdown ({@code DEFAULT_PHASE - 1024}) when stopping. */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 2048;

    private static final Logger log = LoggerFactory.getLogger(ClientLifecycle.class);

    private final Supplier<CompletableFuture<Void>> start;
    private final Function<Duration, CompletableFuture<Void>> stop;
    private final Duration shutdownTimeout;
    // per context; written and read by Spring's lifecycle processor (one thread at a time)
    private volatile boolean running;

    /**
     * Creates the lifecycle.
     *
     * @param start starts the client, e.g. {@code esme::start}
     * @param stop stops it gracefully within the timeout, e.g. {@code esme::stop}
     * @param shutdownTimeout how long the stop waits for in-flight requests
     */
    public ClientLifecycle(
            Supplier<CompletableFuture<Void>> start,
            Function<Duration, CompletableFuture<Void>> stop,
            Duration shutdownTimeout) {
        this.start = Objects.requireNonNull(start, "start");
        this.stop = Objects.requireNonNull(stop, "stop");
        this.shutdownTimeout = Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
    }

    @Override
    public void start() {
        // Does not wait for the bind: an unreachable SMSC must not block the application's startup; the client
        // retries with its backoff and the health indicator reports DOWN meanwhile.
        running = true;
        start.get().whenComplete((ok, error) -> {
            Throwable cause =
                    error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            // ShutdownException: the context stopped before the first bind, which is no failure of the client
            if (cause != null && !(cause instanceof ShutdownException)) {
                // the message may carry text from the SMSC
                log.error("smppkit client did not start: {}", LogSafe.escape(cause.toString()));
            }
        });
    }

    @Override
    public void stop(Runnable callback) {
        running = false;
        stop.apply(shutdownTimeout).whenComplete((ok, error) -> callback.run());
    }

    @Override
    public void stop() {
        running = false;
        stop.apply(shutdownTimeout).join();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
