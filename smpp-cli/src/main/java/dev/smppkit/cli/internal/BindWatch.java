package dev.smppkit.cli.internal;

import dev.smppkit.client.BindFailedException;
import dev.smppkit.client.Esme;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.testkit.internal.cli.DurationConverter;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Starts a client for a command and fails fast: the client itself retries a refused connection or a transient bind
 * error forever, which suits a service but not a command, so the first failure before the first bind ends the start
 * with a one-line {@link CliException}. Feed it the hook's session events. Thread-safe.
 */
public final class BindWatch implements SessionWatch {
    private final String target;
    private final CompletableFuture<Void> failure = new CompletableFuture<>();
    private volatile boolean bound;

    /** @param target {@code host:port}, for messages */
    public BindWatch(String target) {
        this.target = target;
    }

    /** {@code host:port}, as given. */
    String target() {
        return target;
    }

    @Override
    public void onSessionEvent(SessionEvent event) {
        switch (event.type()) {
            case BOUND -> bound = true;
            case BIND_TIMEOUT -> {
                if (!bound) { // whatever the cause says, this is a bind timeout (exit code 3), not a lost connection
                    failure.completeExceptionally(
                            event.cause() instanceof BindFailedException b
                                    ? b
                                    : new BindFailedException("bind timed out", null));
                }
            }
            case BIND_FAILED, CONNECTION_LOST -> {
                if (!bound) {
                    failure.completeExceptionally(
                            event.cause() != null ? event.cause() : new ConnectException("connection closed"));
                }
            }
            default -> {}
        }
    }

    /**
     * Starts the client and waits until a session is bound.
     *
     * @throws CliException bind refused or timed out ({@link ExitCodes#BIND_REFUSED}), SMSC unreachable
     *     ({@link ExitCodes#UNREACHABLE})
     */
    public void start(Esme esme, Duration timeout) throws CliException, InterruptedException {
        CompletableFuture<Void> started = esme.start();
        try {
            // connect + bind, each limited by the timeout; a little slack so the client's own timers go first
            CompletableFuture.anyOf(started, failure)
                    .get(timeout.multipliedBy(2).plusSeconds(1).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw describe(e.getCause(), timeout);
        } catch (TimeoutException e) {
            throw new CliException(ExitCodes.UNREACHABLE, "timeout: not bound to " + target + " in time");
        }
    }

    /** The one-line error for a failure before the bind. */
    CliException describe(Throwable cause, Duration timeout) {
        if (cause instanceof BindFailedException b) {
            if (b.status() == null) {
                return new CliException(
                        ExitCodes.BIND_REFUSED,
                        "bind timed out: no bind_resp from " + target + " within " + DurationConverter.format(timeout));
            }
            return new CliException(ExitCodes.BIND_REFUSED, "bind refused: " + describe(b.status()));
        }
        if (cause instanceof io.netty.channel.ConnectTimeoutException) {
            return new CliException(ExitCodes.UNREACHABLE, "connect timed out: " + target);
        }
        if (cause instanceof ConnectException c) {
            if ("connection closed".equals(c.getMessage())) {
                return new CliException(
                        ExitCodes.UNREACHABLE, "connection closed: " + target + " hung up before the bind completed");
            }
            return new CliException(ExitCodes.UNREACHABLE, "connection refused: " + target);
        }
        if (cause instanceof UnknownHostException) {
            return new CliException(ExitCodes.UNREACHABLE, "unknown host: " + target);
        }
        if (cause instanceof SSLException) {
            return new CliException(ExitCodes.UNREACHABLE, "TLS failed with " + target + ": " + cause.getMessage());
        }
        return new CliException(ExitCodes.UNREACHABLE, "cannot connect to " + target + ": " + cause);
    }

    /** {@code ESME_RINVPASWD (0x0000000E) Invalid password}. */
    public static String describe(CommandStatus status) {
        return status.name() + String.format(" (0x%08X) ", status.code()) + status.description();
    }
}
