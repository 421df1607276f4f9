package dev.smppkit.cli;

import dev.smppkit.cli.config.GatewayConfig;
import dev.smppkit.cli.internal.Addresses;
import dev.smppkit.cli.internal.BindWatch;
import dev.smppkit.cli.internal.CliException;
import dev.smppkit.cli.internal.Codings;
import dev.smppkit.cli.internal.ConfigOption;
import dev.smppkit.cli.internal.ConnectionOptions;
import dev.smppkit.cli.internal.DestinationResults;
import dev.smppkit.cli.internal.ExitCodes;
import dev.smppkit.cli.internal.GatewayWatch;
import dev.smppkit.cli.internal.SessionWatch;
import dev.smppkit.cli.internal.SmppTimes;
import dev.smppkit.client.Esme;
import dev.smppkit.client.Hook;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.ReceiptEvent;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.SubmitMultiResult;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.client.gateway.SmsGateway;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.text.ConcatMode;
import dev.smppkit.codec.text.DeliveryReceipt;
import dev.smppkit.codec.text.SegmentInfo;
import dev.smppkit.codec.text.TextCodec;
import dev.smppkit.testkit.internal.cli.DurationConverter;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code smpp send}: binds, sends one message (split if long), prints its message id(s) and optionally its receipt. */
@Command(
        name = "send",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Sends one message and prints its message id(s).",
            "A long text is split into segments; one 'message_id: ID' line is printed per segment.",
            "With --to given several times the message goes out as submit_multi and a 'destination: ADDRESS ok|failed"
                    + " STATUS' line is printed per recipient; --json prints one JSON object with every destination.",
            "With --wait-receipt, also waits for the delivery receipt(s) and prints them parsed.",
            "With --config FILE the message goes through a gateway over the file's accounts and routes (its"
                    + " destination prefix picks the route, failover follows the route's order), and an 'account: NAME'"
                    + " line says which account sent it."
        },
        footer = {
            "%nExamples:",
            "  export SMPP_PASSWORD=secret",
            "  smpp send --host smsc.example.com --system-id acme \\",
            "      --from ACME --to +447700900123 --text 'Your code is 482913' \\",
            "      --wait-receipt 30s",
            "  smpp send --port 2775 --system-id test --to 447700900123 \\",
            "      --text 'Привет' --coding ucs2",
            "  smpp send --config accounts.properties --to +447700900123 --text 'Hello'",
            "  smpp send --port 2775 --system-id test --to +447700900123 --to +447700900124 \\",
            "      --text 'Hello both' --json",
            ExitCodes.HELP
        })
final class SendCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    ConfigOption config;

    @Option(
            names = {"-f", "--from"},
            paramLabel = "ADDRESS",
            converter = Addresses.Converter.class,
            description = "The sender (default: none, the SMSC's default). " + Addresses.FORMS + ".")
    Address from = Address.NULL;

    @Option(
            names = {"-t", "--to"},
            paramLabel = "ADDRESS",
            required = true,
            converter = Addresses.Converter.class,
            description = "The recipient, e.g. +447700900123; repeat it for several (one submit_multi, at most 254).")
    List<Address> to;

    @Option(
            names = {"-m", "--text"},
            paramLabel = "TEXT",
            required = true,
            description = "The text; long texts are sent in concatenated segments.")
    String text;

    @Option(
            names = "--coding",
            paramLabel = "CODING",
            defaultValue = "auto",
            description =
                    "auto (GSM 7-bit if possible, else UCS-2), gsm, ucs2, latin1 or ia5 (default: ${DEFAULT-VALUE}).")
    Codings coding;

    @Option(
            names = "--concat",
            paramLabel = "MODE",
            defaultValue = "UDH_8BIT",
            description = "How long texts are split: udh_8bit, udh_16bit, sar or payload (default: ${DEFAULT-VALUE}).")
    ConcatMode concat;

    @Option(names = "--receipt", description = "Ask for a delivery receipt.")
    boolean receipt;

    @Option(
            names = "--wait-receipt",
            paramLabel = "DURATION",
            arity = "0..1",
            fallbackValue = "30s",
            converter = DurationConverter.class,
            description = "Ask for a delivery receipt and wait this long for it (default: 30s if given without a"
                    + " value).")
    Duration waitReceipt;

    @Option(names = "--tracking-id", paramLabel = "ID", description = "Your id for the message, for the logs.")
    String trackingId;

    @Option(
            names = "--json",
            description =
                    "Print one JSON object (outcome, message ids, a result per destination) instead of the lines.")
    boolean json;

    @Option(
            names = "--schedule",
            paramLabel = "TIME",
            converter = SmppTimes.class,
            description = "Deliver at this time (schedule_delivery_time): " + SmppTimes.FORMS + ".")
    SmppTime schedule;

    @Option(
            names = "--validity",
            paramLabel = "TIME",
            converter = SmppTimes.class,
            description = "Give up delivering at this time (validity_period): " + SmppTimes.FORMS + ".")
    SmppTime validity;

    @Override
    public Integer call() throws CliException, InterruptedException {
        GatewayConfig accounts = config.load();
        SegmentInfo info = check();
        OutboundMessage message = message();
        if (accounts != null) {
            return viaGateway(accounts, message, info);
        }
        BindWatch watch = new BindWatch(connection.target());
        SendHook hook = new SendHook(watch);
        Esme esme = connection.applyTo(Esme.builder()).hook(hook).build();
        try {
            watch.start(esme, connection.timeout());
            SubmitOutcome outcome = await(esme.submit(message));
            printIds(message, outcome);
            if (waitReceipt != null) {
                awaitReceipts(hook, info.segments());
            }
            return ExitCodes.OK;
        } finally {
            esme.stop(Duration.ofSeconds(2)).join();
        }
    }

    /** The same through a gateway over the file's accounts; also prints the account that sent the message. */
    private int viaGateway(GatewayConfig accounts, OutboundMessage message, SegmentInfo info)
            throws CliException, InterruptedException {
        GatewayWatch watch = new GatewayWatch(accounts, connection.timeout());
        SendHook hook = new SendHook(watch);
        SmsGateway gateway;
        try {
            gateway = accounts.toBuilder(connection::applySharedTo)
                    .hook(hook)
                    .ioThreads(1)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--config: " + e.getMessage());
        }
        try {
            watch.start(gateway, connection.timeout());
            // the route's first account gets the message if it can bind, not whichever account bound first
            watch.awaitEveryAccount(connection.timeout().multipliedBy(2).plusSeconds(1));
            SubmitOutcome outcome = await(gateway.submit(message));
            printIds(message, outcome);
            if (!json) { // the JSON object has the account
                PrintWriter out = spec.commandLine().getOut();
                out.println("account: " + outcome.account());
                out.flush();
            }
            if (waitReceipt != null) {
                awaitReceipts(hook, info.segments());
            }
            return ExitCodes.OK;
        } finally {
            gateway.stop(Duration.ofSeconds(2)).join();
        }
    }

    /**
     * Prints one {@code message_id: ID} line per segment (and, for several recipients, a {@code destination:} line per
     * recipient), or the {@code --json} object; then fails as the outcome says.
     */
    private void printIds(OutboundMessage message, SubmitOutcome outcome) throws CliException {
        if (json) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(DestinationResults.json(SubmitMultiResult.of(message, outcome)));
            out.flush();
        }
        if (outcome instanceof SubmitOutcome.Rejected r) {
            throw new CliException(ExitCodes.REJECTED, "rejected: " + BindWatch.describe(r.status()));
        }
        if (outcome instanceof SubmitOutcome.Failed f) {
            throw new CliException(ExitCodes.REJECTED, "failed: " + f.error().getMessage());
        }
        if (outcome instanceof SubmitOutcome.Expired e) {
            throw new CliException(ExitCodes.REJECTED, "expired: not sent by its deadline " + e.deadline());
        }
        if (json) {
            return;
        }
        PrintWriter out = spec.commandLine().getOut();
        for (String id : ((SubmitOutcome.Accepted) outcome).messageIds()) {
            out.println("message_id: " + id);
        }
        if (message.isMulti()) {
            DestinationResults.lines(SubmitMultiResult.of(message, outcome)).forEach(out::println);
        }
        out.flush();
    }

    /** Checks that the text can be sent as asked before connecting: a bad text is a usage error. */
    private SegmentInfo check() {
        try {
            return TextCodec.builder().concatMode(concat).build().info(text, coding.encoding(), concat);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--text: " + e.getMessage());
        }
    }

    private OutboundMessage message() {
        try {
            OutboundMessage.Builder b = OutboundMessage.builder().from(from).to(to.get(0));
            to.subList(1, to.size()).forEach(b::alsoTo); // more than one: submit_multi
            return b.text(text)
                    .encoding(coding.encoding())
                    .concatMode(concat)
                    .requestReceipt(receipt || waitReceipt != null)
                    .trackingId(trackingId)
                    .scheduleDeliveryTime(schedule)
                    .validityPeriod(validity)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private SubmitOutcome await(CompletableFuture<SubmitOutcome> outcome) throws CliException, InterruptedException {
        // The client fails the message itself after the response timeout; the slack is for that to happen first.
        Duration limit = connection.timeout().multipliedBy(2).plusSeconds(5);
        try {
            return outcome.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new CliException(ExitCodes.REJECTED, "failed: " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw new CliException(
                    ExitCodes.REJECTED, "timeout: no submit_sm_resp within " + DurationConverter.format(limit));
        }
    }

    /** Prints each segment's receipt as it comes; fails only if none came. */
    private void awaitReceipts(SendHook hook, int segments) throws CliException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TreeSet<Integer> missing = new TreeSet<>();
        for (int i = 1; i <= segments; i++) {
            missing.add(i);
        }
        long deadline = System.nanoTime() + waitReceipt.toNanos();
        List<ReceiptEvent> seen = new ArrayList<>();
        while (!missing.isEmpty()) {
            long left = deadline - System.nanoTime();
            ReceiptEvent r = left > 0 ? hook.receipts.poll(left, TimeUnit.NANOSECONDS) : null;
            if (r == null) {
                break;
            }
            int segment = r.tracking().map(t -> t.segment()).orElse(0);
            if (r.matched() && missing.remove(segment)) {
                seen.add(r);
                out.println("receipt: " + describe(r.receipt(), segment, segments));
                out.flush();
            }
        }
        if (seen.isEmpty()) {
            throw new CliException(ExitCodes.NO_RECEIPT, "no receipt within " + DurationConverter.format(waitReceipt));
        }
        if (!missing.isEmpty()) {
            err.println("note: no receipt for segment(s) " + missing + " within "
                    + DurationConverter.format(waitReceipt) + " (some SMSCs send one receipt per message)");
            err.flush();
        }
    }

    /** {@code id 0000000001 stat DELIVRD err 000 submit_date 2025-01-02T10:00 done_date 2025-01-02T10:00}. */
    static String describe(DeliveryReceipt r, int segment, int segments) {
        StringBuilder sb =
                new StringBuilder("id ").append(r.id()).append(" stat ").append(r.rawStat());
        r.err().ifPresent(e -> sb.append(" err ").append(e));
        r.networkError()
                .ifPresent(n -> sb.append(" network_error ")
                        .append(n.networkType())
                        .append(':')
                        .append(n.errorCode()));
        r.submitDate().ifPresent(d -> sb.append(" submit_date ").append(d));
        r.doneDate().ifPresent(d -> sb.append(" done_date ").append(d));
        if (segments > 1) {
            sb.append(" segment ").append(segment).append('/').append(segments);
        }
        return sb.toString();
    }

    /** Watches the bind and collects receipts. */
    private static final class SendHook implements Hook {
        final SessionWatch watch;
        final LinkedBlockingQueue<ReceiptEvent> receipts = new LinkedBlockingQueue<>();

        SendHook(SessionWatch watch) {
            this.watch = watch;
        }

        @Override
        public void onSessionEvent(SessionEvent event) {
            watch.onSessionEvent(event);
        }

        @Override
        public CompletionStage<Void> onDeliveryReceipt(ReceiptEvent receipt) {
            receipts.add(receipt);
            return CompletableFuture.completedFuture(null);
        }
    }
}
