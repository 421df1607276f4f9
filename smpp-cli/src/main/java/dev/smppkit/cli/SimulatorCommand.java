package dev.smppkit.cli;

import dev.smppkit.cli.internal.CliEnvironment;
import dev.smppkit.cli.internal.CliException;
import dev.smppkit.cli.internal.ExitCodes;
import dev.smppkit.codec.text.LogSafe;
import dev.smppkit.testkit.SessionEvent;
import dev.smppkit.testkit.SmscSimulator;
import dev.smppkit.testkit.SmscSimulatorBuilder;
import dev.smppkit.testkit.internal.cli.DurationConverter;
import dev.smppkit.testkit.internal.cli.SimulatorOptions;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code smpp simulator}: the testkit's SMSC simulator as a process, with the options of the testkit's standalone jar
 * ({@link SimulatorOptions}) plus {@code --duration} and {@code --quiet}. Prints {@code READY <port>} on stdout once it
 * listens and {@code STOPPED} when it has stopped (on Ctrl-C, SIGTERM, after {@code --duration}, or when the thread
 * running it is interrupted); sessions coming and going are reported on stderr.
 */
@Command(
        name = "simulator",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs an SMPP 3.4 SMSC simulator until stopped.",
            "Binds, submits with generated message ids, delivery receipts, throttling and rejections on demand."
                    + " Stops on Ctrl-C or SIGTERM, closing every session.",
            "Prints READY <port> on stdout once listening, STOPPED when stopped; sessions are reported on stderr."
        },
        footer = {
            "%nExamples:",
            "  smpp simulator --port 2775",
            "  smpp simulator --port 2775 --system-id test --password-file secret.txt \\",
            "      --receipt-delay 2s",
            "  smpp simulator --port 0 --receipt-rule '^4479=UNDELIVERABLE:1' --throttle-tps 500"
        })
final class SimulatorCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SimulatorOptions options;

    @Option(
            names = "--duration",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "Stop after this long (default: run until stopped).")
    Duration duration;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print nothing on stderr (sessions, the listening line).")
    boolean quiet;

    private final CliEnvironment environment;

    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    SimulatorCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws CliException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SmscSimulatorBuilder builder = options.configure(SmscSimulator.builder(), environment::get);
        if (!quiet) {
            builder.onSession(e -> logSession(err, e));
        }
        SmscSimulator simulator;
        try {
            simulator = builder.start();
        } catch (UncheckedIOException e) {
            throw new CliException(
                    ExitCodes.UNREACHABLE,
                    "cannot listen on " + options.host() + ":" + options.port() + ": "
                            + e.getCause().getMessage());
        }
        try {
            options.applyFaults(simulator);
        } catch (RuntimeException e) {
            simulator.close();
            throw e;
        }
        Thread shutdownHook = new Thread(() -> stop(simulator, out), "smpp-simulator-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        if (!quiet) {
            err.println("SMSC simulator listening on " + options.host() + ":" + simulator.port() + " ("
                    + SmscSimulator.transport() + (options.tls() ? ", TLS" : "") + "); " + options.describeAccounts()
                    + "; Ctrl-C to stop");
            err.flush();
        }
        out.println("READY " + simulator.port());
        out.flush();
        try {
            if (duration != null) {
                stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                stopped.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stop below, as on Ctrl-C
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook is stopping the simulator
            }
            stop(simulator, out);
        }
        return ExitCodes.OK;
    }

    private static void logSession(PrintWriter err, SessionEvent e) {
        err.println(e.sessionId() + " " + e.type().name().toLowerCase(Locale.ROOT) + ": "
                + e.bindType().name().toLowerCase(Locale.ROOT) + " " + LogSafe.escape(e.systemId()) + " from "
                + e.remoteAddress());
        err.flush();
    }

    private void stop(SmscSimulator simulator, PrintWriter out) {
        if (stopping.compareAndSet(false, true)) {
            simulator.close();
            out.println("STOPPED");
            out.flush();
            stopped.countDown();
        }
    }
}
