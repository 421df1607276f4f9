package dev.smppkit.cli.internal;

import dev.smppkit.client.Esme;
import dev.smppkit.client.Hook;
import dev.smppkit.client.RejectedException;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.testkit.internal.cli.DurationConverter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * One bound client for a command that asks the SMSC about a message (query, cancel, replace): binds as the connection
 * options say, waits for one answer, and turns every way that can fail into a {@link CliException} with its exit code.
 */
public final class OperationSession implements AutoCloseable {
    private final Esme esme;
    private final ConnectionOptions connection;

    private OperationSession(Esme esme, ConnectionOptions connection) {
        this.esme = esme;
        this.connection = connection;
    }

    /** Binds; fails as {@link BindWatch#start} does. */
    public static OperationSession bind(ConnectionOptions connection) throws CliException, InterruptedException {
        BindWatch watch = new BindWatch(connection.target());
        Esme esme = connection
                .applyTo(Esme.builder())
                .hook(new Hook() {
                    @Override
                    public void onSessionEvent(SessionEvent event) {
                        watch.onSessionEvent(event);
                    }
                })
                .build();
        try {
            watch.start(esme, connection.timeout());
        } catch (CliException | InterruptedException | RuntimeException e) {
            esme.stop(Duration.ofSeconds(2)).join();
            throw e;
        }
        return new OperationSession(esme, connection);
    }

    /**
     * Sends one operation and waits for its answer.
     *
     * @param what the PDU's name for the messages, e.g. {@code query_sm}
     * @throws CliException exit 1 if the SMSC refused it (naming its status) or did not answer in time
     */
    public <T> T run(String what, Function<Esme, CompletableFuture<T>> operation)
            throws CliException, InterruptedException {
        // The client fails the operation itself after the response timeout; the slack is for that to happen first.
        Duration limit = connection.timeout().multipliedBy(2).plusSeconds(5);
        try {
            return operation.apply(esme).get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RejectedException r) {
                throw new CliException(ExitCodes.REJECTED, "rejected: " + BindWatch.describe(r.status()));
            }
            throw new CliException(ExitCodes.REJECTED, "failed: " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw new CliException(
                    ExitCodes.REJECTED, "timeout: no " + what + "_resp within " + DurationConverter.format(limit));
        }
    }

    @Override
    public void close() {
        esme.stop(Duration.ofSeconds(2)).join();
    }
}
