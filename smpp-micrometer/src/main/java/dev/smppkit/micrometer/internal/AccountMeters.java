package dev.smppkit.micrometer.internal;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.CommandStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The meters of one account, registered once and kept, so that a listener call is a map lookup and a record, not a
 * registry lookup with new tags. Thread-safe: sessions of one account run on several event loops.
 */
public final class AccountMeters {
    private final MeterRegistry registry;
    private final Tags account;
    private final boolean histograms;
    /** smpp.client.requests by command, then by status (answers) or by failure name (timeouts, lost connections). */
    private final ConcurrentHashMap<CommandId, ConcurrentHashMap<Object, Timer>> requests = new ConcurrentHashMap<>();

    /** Windowed requests written and not yet answered or failed, over all sessions of the account. */
    public final AtomicInteger inFlight = new AtomicInteger();
    /** Session slots started and not stopped. */
    public final AtomicInteger configured = new AtomicInteger();
    /** Sessions bound now. */
    public final AtomicInteger bound = new AtomicInteger();

    public final Counter reconnects;
    public final Counter throttled;
    public final Counter receiptsMatched;
    public final Counter receiptsUnmatched;
    public final Counter inbound;
    public final Timer receiptDelay;
    public final Timer brokerTake;

    /**
     * Registers the account's meters.
     *
     * @param registry where
     * @param account the account's name, the {@code account} tag of every meter
     * @param histograms whether timers publish percentile histograms
     */
    public AccountMeters(MeterRegistry registry, String account, boolean histograms) {
        this.registry = registry;
        this.account = Tags.of("account", account);
        this.histograms = histograms;
        Gauge.builder("smpp.client.window.in.flight", inFlight, AtomicInteger::get)
                .description("Submits and operations written and not yet answered")
                .tags(this.account)
                .register(registry);
        Gauge.builder("smpp.client.sessions", configured, AtomicInteger::get)
                .description("Session slots by state: configured (running) and bound")
                .tags(this.account.and("state", "configured"))
                .register(registry);
        Gauge.builder("smpp.client.sessions", bound, AtomicInteger::get)
                .description("Session slots by state: configured (running) and bound")
                .tags(this.account.and("state", "bound"))
                .register(registry);
        reconnects = Counter.builder("smpp.client.reconnects")
                .description("Reconnects scheduled after a lost connection or failed bind")
                .tags(this.account)
                .register(registry);
        throttled = Counter.builder("smpp.client.throttled")
                .description("Submits answered ESME_RTHROTTLED or ESME_RMSGQFUL")
                .tags(this.account)
                .register(registry);
        receiptsMatched = receipts("matched");
        receiptsUnmatched = receipts("unmatched");
        inbound = Counter.builder("smpp.client.inbound")
                .description("Mobile-originated messages received (reassembled)")
                .tags(this.account)
                .register(registry);
        receiptDelay = timer("smpp.client.receipt.delay", "From the SMSC's acceptance to the receipt", this.account);
        brokerTake = timer("smpp.client.broker.take", "Broker take latency", this.account);
    }

    private Counter receipts(String result) {
        return Counter.builder("smpp.client.receipts")
                .description("Delivery receipts by whether they matched a submitted segment")
                .tags(account.and("result", result))
                .register(registry);
    }

    private Timer timer(String name, String description, Tags tags) {
        return Timer.builder(name)
                .description(description)
                .tags(tags)
                .publishPercentileHistogram(histograms)
                .register(registry);
    }

    /**
     * The request timer for a command and a result.
     *
     * @param command the request's command
     * @param status the response's status, or a failure name such as {@code "timeout"}
     * @return the timer, registered on first use
     */
    public Timer request(CommandId command, Object status) {
        ConcurrentHashMap<Object, Timer> byStatus = requests.computeIfAbsent(command, c -> new ConcurrentHashMap<>());
        Timer t = byStatus.get(status);
        if (t == null) {
            String name = status instanceof CommandStatus s ? s.name() : status.toString();
            t = byStatus.computeIfAbsent(
                    status,
                    s -> timer(
                            "smpp.client.requests",
                            "SMPP requests from write to answer",
                            account.and("command", command.name().toLowerCase(Locale.ROOT), "status", name)));
        }
        return t;
    }
}
