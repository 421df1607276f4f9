package dev.smppkit.micrometer;

import dev.smppkit.client.ClientListener;
import dev.smppkit.client.ConnectionLostException;
import dev.smppkit.client.ResponseTimeoutException;
import dev.smppkit.client.ShutdownException;
import dev.smppkit.client.SmppClientException;
import dev.smppkit.client.Tracking;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.micrometer.internal.AccountMeters;
import dev.smppkit.micrometer.internal.SmppObservations;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Records what the smppkit client does in a Micrometer {@link MeterRegistry}, every meter tagged with the account:
 *
 * <ul>
 *   <li>{@code smpp.client.requests} (timer; tags command, status): each request from write to answer; status is the
 *       SMPP status name, or {@code timeout}, {@code connection_lost}, {@code shutdown} without an answer;
 *   <li>{@code smpp.client.window.in.flight} (gauge): submits and operations awaiting their answer;
 *   <li>{@code smpp.client.sessions} (gauge; tag state {@code configured} or {@code bound});
 *   <li>{@code smpp.client.reconnects}, {@code smpp.client.throttled}, {@code smpp.client.inbound} (counters);
 *   <li>{@code smpp.client.receipts} (counter; tag result {@code matched} or {@code unmatched}) and {@code
 *       smpp.client.receipt.delay} (timer: from the SMSC's acceptance of the segment to its receipt);
 *   <li>{@code smpp.client.broker.take} (timer): how long broker takes take.
 * </ul>
 *
 * With an {@link ObservationRegistry}, each submit_sm is also an observation {@code smpp.client.submit} (started at the
 * write, stopped at the answer; tags account, status) and each receipt an observation {@code smpp.client.receipt}
 * (tags account, result). Both are receiver contexts whose carrier is the message's {@code extra} map, so a tracing
 * handler takes their parent from a {@code traceparent} entry: put the sender's {@code traceparent} in {@link
 * dev.smppkit.client.OutboundMessage#extra()} and the submit and, days later, its receipt join that trace.
 *
 * <p>Register it with {@code Esme.builder().listener(metrics)} or {@code SmsGateway.builder().listener(metrics)}; one
 * instance serves any number of accounts. Thread-safe.
 */
public final class SmppMetrics implements ClientListener {
    private final MeterRegistry registry;
    private final boolean histograms;
    private final SmppObservations observations; // null without an observation registry
    private final ConcurrentHashMap<String, AccountMeters> accounts = new ConcurrentHashMap<>();

    private SmppMetrics(Builder b) {
        this.registry = b.registry;
        this.histograms = b.histograms;
        this.observations = b.observations != null ? new SmppObservations(b.observations) : null;
    }

    /**
     * Metrics in {@code registry}, without histograms or observations.
     *
     * @param registry the registry
     * @return the listener
     * @throws NullPointerException if registry is null
     */
    public static SmppMetrics of(MeterRegistry registry) {
        return builder(registry).build();
    }

    /**
     * A builder for metrics in {@code registry}.
     *
     * @param registry the registry
     * @return the builder
     * @throws NullPointerException if registry is null
     */
    public static Builder builder(MeterRegistry registry) {
        return new Builder(registry);
    }

    private AccountMeters meters(String account) {
        AccountMeters m = accounts.get(account);
        return m != null ? m : accounts.computeIfAbsent(account, a -> new AccountMeters(registry, a, histograms));
    }

    @Override
    public Object requestWritten(String account, Pdu request, boolean windowed, Map<String, String> extra) {
        if (windowed) {
            meters(account).inFlight.incrementAndGet();
        }
        return observations != null ? observations.submitStarted(account, request, extra) : null;
    }

    @Override
    public void requestAnswered(
            String account, Pdu request, boolean windowed, PduResponse response, long latencyNanos, Object context) {
        AccountMeters m = meters(account);
        if (windowed) {
            m.inFlight.decrementAndGet();
        }
        CommandStatus status = response.commandStatus();
        m.request(request.commandId(), status).record(latencyNanos, TimeUnit.NANOSECONDS);
        if (observations != null) {
            observations.submitAnswered(context, status.name());
        }
    }

    @Override
    public void requestFailed(
            String account,
            Pdu request,
            boolean windowed,
            SmppClientException error,
            long elapsedNanos,
            Object context) {
        AccountMeters m = meters(account);
        if (windowed) {
            m.inFlight.decrementAndGet();
        }
        String failure = failure(error);
        m.request(request.commandId(), failure).record(elapsedNanos, TimeUnit.NANOSECONDS);
        if (observations != null) {
            observations.submitFailed(context, failure, error);
        }
    }

    private static String failure(SmppClientException error) {
        if (error instanceof ResponseTimeoutException) {
            return "timeout";
        }
        if (error instanceof ShutdownException) {
            return "shutdown";
        }
        return error instanceof ConnectionLostException ? "connection_lost" : "failed";
    }

    @Override
    public void throttled(String account, CommandStatus status) {
        meters(account).throttled.increment();
    }

    @Override
    public void sessionSlot(String account, boolean running) {
        AccountMeters m = meters(account);
        if (running) {
            m.configured.incrementAndGet();
        } else {
            m.configured.decrementAndGet();
        }
    }

    @Override
    public void sessionBound(String account, BindType bindType, String address) {
        meters(account).bound.incrementAndGet();
    }

    @Override
    public void sessionUnbound(String account, BindType bindType, String address) {
        meters(account).bound.decrementAndGet();
    }

    @Override
    public void reconnecting(String account, int attempt, Duration delay) {
        meters(account).reconnects.increment();
    }

    @Override
    public void receiptMatched(String account, Tracking tracking, long delayNanos) {
        AccountMeters m = meters(account);
        m.receiptsMatched.increment();
        m.receiptDelay.record(Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
        if (observations != null) {
            observations.receipt(account, tracking);
        }
    }

    @Override
    public void receiptUnmatched(String account) {
        meters(account).receiptsUnmatched.increment();
        if (observations != null) {
            observations.receipt(account, null);
        }
    }

    @Override
    public void inboundMessage(String account, int segments) {
        meters(account).inbound.increment();
    }

    @Override
    public void brokerTake(String account, int messages, long latencyNanos) {
        meters(account).brokerTake.record(latencyNanos, TimeUnit.NANOSECONDS);
    }

    /** Builds {@link SmppMetrics}. */
    public static final class Builder {
        private final MeterRegistry registry;
        private boolean histograms;
        private ObservationRegistry observations;

        private Builder(MeterRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
        }

        /**
         * Whether the timers publish percentile histograms (default false: they cost a bucket series each).
         *
         * @param enabled true to publish them
         * @return this builder
         */
        public Builder percentileHistograms(boolean enabled) {
            this.histograms = enabled;
            return this;
        }

        /**
         * Also records each submit and receipt as an observation (default none).
         *
         * @param registry the observation registry, e.g. one with a tracing handler
         * @return this builder
         * @throws NullPointerException if registry is null
         */
        public Builder observations(ObservationRegistry registry) {
            this.observations = Objects.requireNonNull(registry, "observation registry");
            return this;
        }

        /**
         * Builds the listener.
         *
         * @return the listener, to register with the client's builder
         */
        public SmppMetrics build() {
            return new SmppMetrics(this);
        }
    }
}
