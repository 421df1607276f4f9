package dev.smppkit.cli;

import dev.smppkit.cli.bench.LoadOptions;
import dev.smppkit.cli.bench.LoadResult;
import dev.smppkit.cli.bench.LoadRunner;
import dev.smppkit.cli.internal.Addresses;
import dev.smppkit.cli.internal.BindWatch;
import dev.smppkit.cli.internal.CliEnvironment;
import dev.smppkit.cli.internal.CliException;
import dev.smppkit.cli.internal.ExitCodes;
import dev.smppkit.cli.internal.ProgressBar;
import dev.smppkit.cli.internal.Reports;
import dev.smppkit.client.Esme;
import dev.smppkit.client.Hook;
import dev.smppkit.client.IncomingMessage;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.ReceiptEvent;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.text.SegmentInfo;
import dev.smppkit.codec.text.TextCodec;
import dev.smppkit.testkit.ReceiptPolicy;
import dev.smppkit.testkit.SmscSimulator;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code smpp demo}: everything on this machine with nothing else installed. Starts the simulator in this JVM, sends
 * a load of messages with receipts through a real TCP bind, then a long and a Unicode message, receives
 * mobile-originated messages, then fails over from a primary account to a backup when the primary's simulator stops,
 * walks a two-level USSD menu, and prints what happened.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Shows it all at work in one JVM, with nothing else installed.",
            "Shows smppkit at work with nothing else installed: starts an SMSC simulator in this JVM, sends --count"
                    + " messages with delivery receipts over a real bind, then a long and a Unicode message, receives"
                    + " mobile-originated messages (one of them long, one Unicode), fails over from a primary account"
                    + " to a backup when the primary's simulator stops mid-run, walks a two-level USSD menu from a"
                    + " simulated handset, and prints a summary.",
            "The simulator refuses destinations ending in 666 (ESME_RINVDSTADR) and reports those ending in 13 as"
                    + " undeliverable, so that every kind of outcome shows up."
        },
        footer = {"%nExamples:", "  smpp demo", "  smpp demo --count 1000000 --window 500"})
final class DemoCommand implements Callable<Integer> {
    static final String SYSTEM_ID = "demo";
    static final String PASSWORD = "demo";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String LONG_TEXT = ("Long texts are split into concatenated segments with a user data header,"
                    + " and the handset joins them again. ")
            .repeat(4);
    private static final String UNICODE_TEXT =
            "Привет из smppkit! Unicode goes out as UCS-2, 67 characters per segment: 你好, こんにちは, 👋🌍";
    private static final Address SUBSCRIBER = Address.international("447700900009");
    private static final Address SHORT_CODE = Address.shortCode("12345");

    private final CliEnvironment environment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = {"-n", "--count"},
            paramLabel = "N",
            defaultValue = "100000",
            description = "Messages in the load part (default: ${DEFAULT-VALUE}).")
    long count;

    @Option(
            names = "--failover-count",
            paramLabel = "N",
            defaultValue = "20000",
            description = "Messages in the failover part; the primary's simulator stops after accepting half of them"
                    + " (default: ${DEFAULT-VALUE}).")
    long failoverCount;

    @Option(
            names = {"-w", "--window"},
            paramLabel = "W",
            defaultValue = "100",
            description = "Requests in flight (default: ${DEFAULT-VALUE}).")
    int window;

    DemoCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws CliException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        LoadOptions load = loadOptions(0);
        try (SmscSimulator smsc = simulator(null)) {
            out.printf(
                    "1. SMSC simulator listening on %s:%d (%s), in this JVM; account %s/%s.%n",
                    smsc.host(), smsc.port(), SmscSimulator.transport(), SYSTEM_ID, PASSWORD);
            out.printf(
                    "%n2. %s messages of 160 characters with delivery receipts, window %d, one bind:%n",
                    Reports.count(count), window);
            out.flush();
            load = loadOptions(smsc.port());
            LoadResult result = runLoad(load, out);
            out.print(indent(Reports.text(result, load)));
            out.flush();

            DemoHook hook = new DemoHook(new BindWatch(load.target()));
            Esme esme = Esme.builder()
                    .port(smsc.port())
                    .host(smsc.host())
                    .systemId(SYSTEM_ID)
                    .password(PASSWORD)
                    .hook(hook)
                    .build();
            try {
                hook.watch.start(esme, Duration.ofSeconds(10));
                out.printf("%n3. A long and a Unicode message, with receipts:%n");
                int segments = send(esme, out, LONG_TEXT) + send(esme, out, UNICODE_TEXT);
                await(() -> hook.receipts.size() >= segments);
                out.printf("   receipts: %d of %d segments, %s%n", hook.receipts.size(), segments, stats(hook));
                out.printf("%n4. Mobile-originated messages from %s to %s:%n", Addresses.format(SUBSCRIBER), "12345");
                out.flush();
                List<String> mo = List.of("STOP", LONG_TEXT.substring(0, 200), "Спасибо! 👍");
                for (String text : mo) {
                    smsc.deliverText(SYSTEM_ID, SUBSCRIBER, SHORT_CODE, text).get(10, TimeUnit.SECONDS);
                }
                await(() -> hook.incoming.size() >= mo.size());
                for (IncomingMessage m : hook.incoming) {
                    out.printf(
                            "   received %s (%d segment%s)%n",
                            quote(m.text().orElse("(binary)")), m.segments(), m.segments() == 1 ? "" : "s");
                }
            } catch (ExecutionException | TimeoutException e) {
                throw new CliException(ExitCodes.SOFTWARE, "the simulator could not deliver: " + e);
            } finally {
                esme.stop(Duration.ofSeconds(2)).join();
            }
            DemoFailover.Summary failover = new DemoFailover(failoverCount, window, environment.interactive()).run(out);
            boolean ussdEnded = new DemoUssd().run(out);
            out.printf(
                    "%nDone in %.1f s. Every message ended in exactly one outcome: %s accepted + %s rejected + %s"
                            + " failed + %s expired = %s. Failover: %s. USSD: %s.%n",
                    (System.nanoTime() - start) / 1e9,
                    Reports.count(result.accepted()),
                    Reports.count(result.rejected()),
                    Reports.count(result.failed()),
                    Reports.count(result.expired()),
                    Reports.count(result.count()),
                    failover.nothingLost() ? "nothing lost" : "MESSAGES LOST",
                    ussdEnded ? "session ended by the service" : "SESSION NOT ENDED");
            out.flush();
            return failover.nothingLost() && ussdEnded ? ExitCodes.OK : ExitCodes.SOFTWARE;
        }
    }

    /**
     * The demo's SMSC: account {@value #SYSTEM_ID}, destinations ending in 666 refused, those ending in 13
     * undeliverable.
     *
     * @param onAccept called for each submit it accepts, or null
     */
    static SmscSimulator simulator(Runnable onAccept) {
        return SmscSimulator.builder()
                .credential(SYSTEM_ID, PASSWORD)
                .closedByDefault(true)
                .receipts(ReceiptPolicy.builder()
                        .rule("13$", MessageState.UNDELIVERABLE, 1)
                        .build())
                .onSubmitSm(r -> {
                    if (r.pdu().destAddress().value().endsWith("666")) {
                        return r.reject(CommandStatus.ESME_RINVDSTADR);
                    }
                    if (onAccept != null) {
                        onAccept.run();
                    }
                    return r.accept();
                })
                .recordTraffic(false)
                .start();
    }

    private LoadOptions loadOptions(int port) {
        try {
            return LoadOptions.builder()
                    .port(port == 0 ? 2775 : port)
                    .systemId(SYSTEM_ID)
                    .password(PASSWORD)
                    .count(count)
                    .window(window)
                    .receipts(true)
                    .receiptTimeout(Duration.ofSeconds(10))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private LoadResult runLoad(LoadOptions options, PrintWriter out) throws CliException, InterruptedException {
        LoadRunner runner = new LoadRunner(options);
        try (ProgressBar bar = environment.interactive() ? new ProgressBar(out, runner::progress) : null) {
            return runner.run();
        }
    }

    /** Sends one message and prints how it went; returns its segment count. */
    private static int send(Esme esme, PrintWriter out, String text) throws CliException, InterruptedException {
        SegmentInfo info = TextCodec.builder().build().info(text);
        OutboundMessage message = OutboundMessage.builder()
                .from(Address.alphanumeric("SMPPKIT"))
                .to(Address.international("447700900123"))
                .text(text)
                .requestReceipt(true)
                .build();
        SubmitOutcome outcome;
        try {
            outcome = esme.submit(message).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new CliException(ExitCodes.REJECTED, "failed: " + e);
        }
        out.printf(
                "   %s: %d characters, %s, %d segments: %s%n",
                quote(text),
                text.codePointCount(0, text.length()),
                info.encoding(),
                info.segments(),
                outcome instanceof SubmitOutcome.Accepted a
                        ? "accepted as " + String.join(", ", a.messageIds())
                        : outcome);
        out.flush();
        return info.segments();
    }

    private static String stats(DemoHook hook) {
        return hook.receipts.stream()
                .map(r -> r.receipt().stat().name())
                .distinct()
                .map(s -> "all " + s)
                .reduce((a, b) -> a + ", " + b)
                .orElse("none");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }

    private static String quote(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return '"' + (oneLine.length() > 40 ? oneLine.substring(0, 37) + "..." : oneLine) + '"';
    }

    private static String indent(String lines) {
        return lines.replaceAll("(?m)^(?=.)", "   ");
    }

    /** Records receipts and MO messages of the second part. */
    private static final class DemoHook implements Hook {
        final BindWatch watch;
        final Queue<ReceiptEvent> receipts = new ConcurrentLinkedQueue<>();
        final Queue<IncomingMessage> incoming = new ConcurrentLinkedQueue<>();

        DemoHook(BindWatch watch) {
            this.watch = watch;
        }

        @Override
        public void onSessionEvent(SessionEvent event) {
            watch.onSessionEvent(event);
        }

        @Override
        public CompletionStage<Void> onDeliveryReceipt(ReceiptEvent receipt) {
            if (receipt.matched()) {
                receipts.add(receipt);
            }
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Void> onIncomingMessage(IncomingMessage message) {
            incoming.add(message);
            return CompletableFuture.completedFuture(null);
        }
    }
}
