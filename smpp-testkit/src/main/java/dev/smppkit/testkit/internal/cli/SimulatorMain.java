package dev.smppkit.testkit.internal.cli;

import dev.smppkit.codec.text.LogSafe;
import dev.smppkit.testkit.SessionEvent;
import dev.smppkit.testkit.SmscSimulator;
import dev.smppkit.testkit.SmscSimulatorBuilder;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The standalone simulator: {@code java -jar smsc-simulator.jar --port 2775}. Prints {@code READY <port>} on stdout
 * once listening (the only line on stdout until {@code STOPPED}; logs go to stderr), and stops cleanly on SIGTERM or
 * Ctrl-C through a shutdown hook that closes every connection. Its options are the CLI's {@code smpp simulator}'s
 * ({@link SimulatorOptions}).
 */
@Command(
        name = "smsc-simulator",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        version = "smppkit SMSC simulator",
        description = "An SMPP 3.4 SMSC simulator. Accepts any credentials unless some are configured; then every"
                + " other system_id is refused, with the same status as a wrong password.")
public final class SimulatorMain implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(SimulatorMain.class);

    @Mixin
    SimulatorOptions options;

    private final PrintStream out;
    private final Function<String, String> env;
    private final CountDownLatch stopped = new CountDownLatch(1);

    SimulatorMain(PrintStream out, Function<String, String> env) {
        this.out = out;
        this.env = env;
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new SimulatorMain(System.out, System::getenv))
                .setCaseInsensitiveEnumValuesAllowed(true);
        int code = cli.execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        SmscSimulator simulator = configure(SmscSimulator.builder()).start();
        options.applyFaults(simulator);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(simulator), "smsc-simulator-shutdown"));
        log.info(
                "listening on {}:{} ({}{})",
                options.host(),
                simulator.port(),
                SmscSimulator.transport(),
                options.tls() ? ", TLS" : "");
        out.println("READY " + simulator.port());
        out.flush();
        stopped.await();
        return 0;
    }

    SmscSimulatorBuilder configure(SmscSimulatorBuilder builder) {
        return options.configure(builder, env).onSession(SimulatorMain::logEvent);
    }

    private void stop(SmscSimulator simulator) {
        simulator.close();
        log.info("stopped");
        out.println("STOPPED");
        out.flush();
        stopped.countDown();
    }

    private static void logEvent(SessionEvent e) {
        log.info(
                "{} {}: {} {} from {}",
                e.sessionId(),
                e.type(),
                e.bindType(),
                LogSafe.escape(e.systemId()),
                e.remoteAddress());
    }
}
