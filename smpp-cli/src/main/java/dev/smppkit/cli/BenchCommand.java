package dev.smppkit.cli;

import dev.smppkit.cli.bench.LoadOptions;
import dev.smppkit.cli.bench.LoadResult;
import dev.smppkit.cli.bench.LoadRunner;
import dev.smppkit.cli.config.GatewayConfig;
import dev.smppkit.cli.internal.Addresses;
import dev.smppkit.cli.internal.CliEnvironment;
import dev.smppkit.cli.internal.CliException;
import dev.smppkit.cli.internal.Codings;
import dev.smppkit.cli.internal.ConfigOption;
import dev.smppkit.cli.internal.ConnectionOptions;
import dev.smppkit.cli.internal.ExitCodes;
import dev.smppkit.cli.internal.ProgressBar;
import dev.smppkit.cli.internal.Reports;
import dev.smppkit.client.Esme;
import dev.smppkit.client.TlsOptions;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.text.ConcatMode;
import dev.smppkit.codec.text.TextCodec;
import dev.smppkit.testkit.internal.cli.DurationConverter;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code smpp bench}: a load test against any SMSC, with a summary or one JSON object. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Load-tests an SMSC: throughput, outcomes and submit_sm latency.",
            "Sends --count messages through --sessions binds with --window requests in flight each,"
                    + " and reports submit_sm/s, receipts/s, accepted/rejected/failed and the latency from writing"
                    + " each message's submit_sm to reading its submit_sm_resp (p50, p99, p99.9).",
            "Each message goes to its own number: --to-prefix followed by its index. A progress bar shows on a"
                    + " terminal; --json prints one JSON object instead of the summary.",
            "With --config FILE the messages go through a gateway over the file's accounts and routes, with failover"
                    + " in each route's order; the summary adds each account's outcomes and the failovers."
        },
        footer = {
            "%nExamples:",
            "  smpp bench --port 2775 --system-id bench --count 100000 --window 100",
            "  export SMPP_PASSWORD=secret",
            "  smpp bench --host smsc.example.com --system-id acme --count 10000 \\",
            "      --window 50 --sessions 4 --tps 500 --receipts --json",
            "  smpp bench --config accounts.properties --count 100000 --to-prefix 4479 --json",
            ExitCodes.HELP
        })
final class BenchCommand implements Callable<Integer> {
    private final CliEnvironment environment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    ConfigOption config;

    @Option(
            names = {"-n", "--count"},
            paramLabel = "N",
            defaultValue = "10000",
            description = "Messages to send (default: ${DEFAULT-VALUE}).")
    long count;

    @Option(
            names = {"-w", "--window"},
            paramLabel = "W",
            defaultValue = "100",
            description = "Requests in flight per session (default: ${DEFAULT-VALUE}; with --config, per account in the"
                    + " file).")
    int window;

    @Option(
            names = {"-s", "--sessions"},
            paramLabel = "S",
            defaultValue = "1",
            description = "Binds (default: ${DEFAULT-VALUE}; with --config, per account in the file).")
    int sessions;

    @Option(
            names = "--receipts",
            description = "Ask for a delivery receipt for every message and wait for them (see --receipt-timeout).")
    boolean receipts;

    @Option(
            names = "--tps",
            paramLabel = "T",
            defaultValue = "0",
            description = "At most T submit_sm per second over all sessions; 0 for as fast as possible (default; with"
                    + " --config, max-tps per account in the file).")
    double tps;

    @Option(names = "--json", description = "Print one JSON object instead of the summary.")
    boolean json;

    @Option(
            names = {"-m", "--text"},
            paramLabel = "TEXT",
            description = "The text of every message (default: 160 GSM characters, one segment).")
    String text = LoadOptions.TEXT_160;

    @Option(
            names = "--coding",
            paramLabel = "CODING",
            defaultValue = "auto",
            description = "auto, gsm, ucs2, latin1 or ia5 (default: ${DEFAULT-VALUE}).")
    Codings coding;

    @Option(
            names = {"-f", "--from"},
            paramLabel = "ADDRESS",
            converter = Addresses.Converter.class,
            description = "The sender (default: SMPPKIT). " + Addresses.FORMS + ".")
    Address from = Address.alphanumeric("SMPPKIT");

    @Option(
            names = "--to-prefix",
            paramLabel = "DIGITS",
            defaultValue = "4479",
            description = "Destinations are these digits and the message's index, zero-padded to 8 digits"
                    + " (default: ${DEFAULT-VALUE}, so 447900000000, 447900000001...).")
    String toPrefix;

    @Option(
            names = "--receipt-timeout",
            paramLabel = "DURATION",
            defaultValue = "30s",
            converter = DurationConverter.class,
            description =
                    "With --receipts: stop waiting when no receipt came for this long (default: ${DEFAULT-VALUE}).")
    Duration receiptTimeout;

    @Option(
            names = "--warmup",
            paramLabel = "N",
            defaultValue = "0",
            description = "Send N messages on a separate bind first, not measured, so the JIT has compiled the hot"
                    + " paths (default: ${DEFAULT-VALUE}).")
    long warmup;

    @Option(
            names = "--io-threads",
            paramLabel = "N",
            defaultValue = "1",
            description = "Event loop threads of the client (default: ${DEFAULT-VALUE}).")
    int ioThreads;

    BenchCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws CliException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadOptions options = options();
        if (warmup > 0) {
            if (!json) {
                err.println("warm-up: " + Reports.count(warmup) + " messages");
                err.flush();
            }
            new LoadRunner(options.toBuilder().count(warmup).build()).run();
            // as LoadBenchmark does: the measured run starts on an empty young generation, not with the warm-up's
            // garbage (and its 16 MB latency ring) due for collection in the middle of it
            System.gc();
        }
        LoadRunner runner = new LoadRunner(options);
        LoadResult result;
        try (ProgressBar bar = environment.interactive() && !json ? new ProgressBar(out, runner::progress) : null) {
            result = runner.run();
        }
        out.print(json ? Reports.json(result, options) + System.lineSeparator() : Reports.text(result, options));
        out.flush();
        return ExitCodes.OK;
    }

    private LoadOptions options() {
        GatewayConfig accounts = config.load("--window", "--sessions", "--tps");
        if (accounts == null) {
            connection.applyTo(Esme.builder()); // checks the values as the client will, naming the field it refuses
        }
        try {
            TextCodec.builder().build().info(text, coding.encoding(), ConcatMode.UDH_8BIT);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--text: " + e.getMessage());
        }
        try {
            LoadOptions.Builder b = LoadOptions.builder();
            if (accounts == null) {
                b.host(connection.host())
                        .port(connection.port())
                        .systemId(connection.systemId())
                        .password(connection.password());
            }
            return b.config(accounts)
                    .bindMode(connection.bindMode())
                    .tls(tls())
                    .timeout(connection.timeout())
                    .count(count)
                    .window(window)
                    .sessions(sessions)
                    .ioThreads(ioThreads)
                    .receipts(receipts)
                    .tps(tps)
                    .text(text)
                    .encoding(coding.encoding())
                    .from(from)
                    .toPrefix(toPrefix)
                    .receiptTimeout(receiptTimeout)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private TlsOptions tls() {
        if (!connection.tls()) {
            if (connection.insecure()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--insecure needs --tls");
            }
            return null;
        }
        return connection.insecure() ? TlsOptions.insecureTrustAll() : TlsOptions.system();
    }
}
