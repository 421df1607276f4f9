package dev.smppkit.testkit.internal.cli;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.text.LogSafe;
import dev.smppkit.testkit.ReceiptPolicy;
import dev.smppkit.testkit.SessionEvent;
import dev.smppkit.testkit.SmscSimulator;
import dev.smppkit.testkit.SmscSimulatorBuilder;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The standalone simulator: {@code java -jar smsc-simulator.jar --port 2775}. Prints {@code READY <port>} on stdout
 * once listening (the only line on stdout until {@code STOPPED}; logs go to stderr), and stops cleanly on SIGTERM or
 * Ctrl-C through a shutdown hook that closes every connection.
 */
@Command(
        name = "smsc-simulator",
        mixinStandardHelpOptions = true,
        version = "smppkit SMSC simulator",
        description = "An SMPP 3.4 SMSC simulator. Accepts any credentials unless some are configured; then every"
                + " other system_id is refused, with the same status as a wrong password.")
public final class SimulatorMain implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(SimulatorMain.class);

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(
            names = {"-p", "--port"},
            defaultValue = "2775",
            description = "Port to listen on, 0 for any (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--system-id",
            defaultValue = "smppkit",
            description = "The SMSC's system_id (default: ${DEFAULT-VALUE}).")
    String systemId;

    @Option(
            names = {"-c", "--credential"},
            paramLabel = "SYSTEM_ID=PASSWORD",
            description = "A known ESME; repeatable. With any given, other system_ids are refused.")
    Map<String, String> credentials = new LinkedHashMap<>();

    @Option(
            names = "--receipt-delay",
            defaultValue = "0ms",
            converter = DurationConverter.class,
            description = "Time to a message's final state and receipt, e.g. 500ms, 2s (default: ${DEFAULT-VALUE}).")
    Duration receiptDelay;

    @Option(
            names = "--receipt-state",
            defaultValue = "DELIVERED",
            description = "Final state of messages no rule matches (default: ${DEFAULT-VALUE}).")
    MessageState receiptState;

    @Option(
            names = "--receipt-rule",
            paramLabel = "REGEX=STATE[:ERROR]",
            description = "Destinations matching REGEX end in STATE (e.g. UNDELIVERABLE, EXPIRED, REJECTED) with"
                    + " ERROR; repeatable, first match wins.")
    List<String> receiptRules = new ArrayList<>();

    @Option(
            names = "--throttle-every",
            defaultValue = "0",
            description = "Answer every Nth submit with ESME_RTHROTTLED.")
    int throttleEvery;

    @Option(
            names = "--throttle-tps",
            defaultValue = "0",
            description = "Answer submits beyond N per second with ESME_RTHROTTLED.")
    int throttleTps;

    @Option(names = "--tls", description = "Use TLS with a self-signed certificate.")
    boolean tls;

    @Option(names = "--threads", defaultValue = "1", description = "Event loop threads (default: ${DEFAULT-VALUE}).")
    int threads;

    // ---- credentials from elsewhere than the command line, connection limits and bind hygiene ----

    @Option(
            names = "--credential-env",
            paramLabel = "SYSTEM_ID=VAR",
            description = "A known ESME whose password is in environment variable VAR (kept out of the process"
                    + " list); repeatable.")
    Map<String, String> credentialEnv = new LinkedHashMap<>();

    @Option(
            names = "--credentials-file",
            paramLabel = "FILE",
            description = "Known ESMEs, one SYSTEM_ID=PASSWORD per line ('#' starts a comment); repeatable.")
    List<Path> credentialFiles = new ArrayList<>();

    @Option(
            names = "--bind-timeout",
            defaultValue = "10s",
            converter = DurationConverter.class,
            description = "Close connections not bound within this time; 0 never (default: ${DEFAULT-VALUE}).")
    Duration bindTimeout;

    @Option(
            names = "--idle-timeout",
            defaultValue = "0",
            converter = DurationConverter.class,
            description = "Close connections that send no PDU (enquire_link counts) for this long; 0 never"
                    + " (default: ${DEFAULT-VALUE}).")
    Duration idleTimeout;

    @Option(
            names = "--max-connections",
            defaultValue = "10000",
            description = "Close new connections beyond this many open ones (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(
            names = "--max-pdu-length",
            defaultValue = "65552",
            description = "Largest PDU accepted, in octets with the header (default: ${DEFAULT-VALUE}).")
    int maxPduLength;

    @Option(
            names = "--bind-failure-status",
            defaultValue = "ESME_RBINDFAIL",
            converter = StatusConverter.class,
            description = "Status of binds refused for unknown system_id or wrong password, the same for both"
                    + " (default: ESME_RBINDFAIL).")
    CommandStatus bindFailureStatus;

    @Option(
            names = "--max-bind-failures",
            defaultValue = "3",
            description = "Close a connection after this many failed binds (default: ${DEFAULT-VALUE}).")
    int maxBindFailures;

    @Option(
            names = "--max-address-bind-failures",
            defaultValue = "10",
            description = "Refuse binds from an address unchecked, and close, after this many failures in a minute;"
                    + " 0 never (default: ${DEFAULT-VALUE}).")
    int maxAddressBindFailures;

    // ---- memory limits ----

    @Option(
            names = "--outbound-window",
            defaultValue = "100",
            description = "Requests sent to one session without a response yet, e.g. receipts; the rest wait"
                    + " (default: ${DEFAULT-VALUE}).")
    int outboundWindow;

    @Option(
            names = "--max-held-delivery-bytes",
            defaultValue = "64m",
            converter = ByteSizeConverter.class,
            description = "Bytes that receipts waiting for a receiver or a window slot may hold; beyond it, submits"
                    + " asking for a receipt get ESME_RMSGQFUL (default: ${DEFAULT-VALUE}).")
    long maxHeldDeliveryBytes;

    @Option(
            names = "--max-stored-bytes",
            defaultValue = "256m",
            converter = ByteSizeConverter.class,
            description = "Bytes the message store keeps, the oldest messages forgotten first"
                    + " (default: ${DEFAULT-VALUE}).")
    long maxStoredBytes;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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
        simulator.faults().throttleEveryNth(throttleEvery).throttleAboveTps(throttleTps);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(simulator), "smsc-simulator-shutdown"));
        log.info("listening on {}:{} ({}{})", host, simulator.port(), SmscSimulator.transport(), tls ? ", TLS" : "");
        out.println("READY " + simulator.port());
        out.flush();
        stopped.await();
        return 0;
    }

    SmscSimulatorBuilder configure(SmscSimulatorBuilder builder) {
        ReceiptPolicy.Builder receipts =
                ReceiptPolicy.builder().delay(receiptDelay).defaultState(receiptState);
        for (String rule : receiptRules) {
            try {
                addRule(receipts, rule);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
            }
        }
        try {
            builder.outboundWindow(outboundWindow)
                    .maxHeldDeliveryBytes(maxHeldDeliveryBytes)
                    .maxStoredBytes(maxStoredBytes);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        builder.host(host).port(port).systemId(systemId).credentials(credentials);
        boolean accounts = !credentials.isEmpty() | addAccountsFromElsewhere(builder);
        return builder.closedByDefault(accounts)
                .receipts(receipts.build())
                .tls(tls)
                .eventLoopThreads(threads)
                .recordTraffic(false) // nobody reads it, and it would grow for as long as the process runs
                .onSession(SimulatorMain::logEvent);
    }

    /** Adds the accounts and limits of the options above; true if any account was added. */
    private boolean addAccountsFromElsewhere(SmscSimulatorBuilder builder) {
        try {
            credentialEnv.forEach((id, variable) -> {
                String password = env.apply(variable);
                if (password == null) {
                    throw new IllegalArgumentException(
                            "--credential-env " + id + ": environment variable " + variable + " is not set");
                }
                builder.credential(id, password);
            });
            credentialFiles.forEach(builder::credentials);
            builder.bindTimeout(bindTimeout)
                    .idleTimeout(idleTimeout)
                    .maxConnections(maxConnections)
                    .maxPduLength(maxPduLength)
                    .bindFailureStatus(bindFailureStatus)
                    .maxBindFailuresPerConnection(maxBindFailures)
                    .bindFailuresPerAddress(maxAddressBindFailures, Duration.ofMinutes(1));
        } catch (IllegalArgumentException | UncheckedIOException e) { // messages name the field, never a password
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        return !credentialEnv.isEmpty() || !credentialFiles.isEmpty();
    }

    /** Parses {@code REGEX=STATE[:ERROR]}; the regex may itself contain '=' (the last one separates). */
    static void addRule(ReceiptPolicy.Builder receipts, String rule) {
        int eq = rule.lastIndexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("--receipt-rule '" + rule + "' must be REGEX=STATE[:ERROR]");
        }
        String outcome = rule.substring(eq + 1);
        int colon = outcome.indexOf(':');
        String state = colon < 0 ? outcome : outcome.substring(0, colon);
        try {
            int error = colon < 0 ? 0 : Integer.parseInt(outcome.substring(colon + 1));
            receipts.rule(rule.substring(0, eq), MessageState.valueOf(state.toUpperCase(Locale.ROOT)), error);
        } catch (IllegalArgumentException e) { // also NumberFormatException and PatternSyntaxException
            throw new IllegalArgumentException("--receipt-rule '" + rule + "': " + e.getMessage(), e);
        }
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

    /** A command status by name ({@code ESME_RBINDFAIL}, or without the prefix) or as a number ({@code 0x0D}). */
    static final class StatusConverter implements CommandLine.ITypeConverter<CommandStatus> {
        @Override
        public CommandStatus convert(String value) throws ReflectiveOperationException {
            String v = value.trim().toUpperCase(Locale.ROOT);
            if (v.startsWith("0X")) {
                return CommandStatus.of(Integer.parseUnsignedInt(v.substring(2), 16));
            }
            if (!v.isEmpty() && Character.isDigit(v.charAt(0))) {
                return CommandStatus.of(Integer.parseInt(v));
            }
            String name = v.startsWith("ESME_") ? v : "ESME_" + v;
            java.lang.reflect.Field field = CommandStatus.class.getField(name);
            if (field.getType() != CommandStatus.class) {
                throw new NoSuchFieldException(name);
            }
            return (CommandStatus) field.get(null);
        }
    }

    /** Sizes as a number of bytes or with a binary suffix: {@code 512k}, {@code 64m}, {@code 1g}. */
    static final class ByteSizeConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT).replaceAll("i?b$", "");
            int shift = v.endsWith("k") ? 10 : v.endsWith("m") ? 20 : v.endsWith("g") ? 30 : 0;
            try {
                long n = Long.parseLong(shift == 0 ? v : v.substring(0, v.length() - 1));
                if (n < 0 || n > Long.MAX_VALUE >> shift) {
                    throw new NumberFormatException();
                }
                return n << shift;
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a size (e.g. 512k, 64m, 1g)");
            }
        }
    }

    /** Durations as {@code 250ms}, {@code 2s}, {@code 1m}, a bare number of milliseconds, or ISO-8601. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (v.startsWith("p")) {
                return Duration.parse(value.trim());
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            if (v.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            if (v.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            return Duration.ofMillis(Long.parseLong(v));
        }
    }
}
