package dev.smppkit.client.internal;

import dev.smppkit.client.BindOptions;
import dev.smppkit.client.Broker;
import dev.smppkit.client.ClientListener;
import dev.smppkit.client.ConnectionOptions;
import dev.smppkit.client.Correlator;
import dev.smppkit.client.EsmeOptions;
import dev.smppkit.client.Hook;
import dev.smppkit.client.InboundOptions;
import dev.smppkit.client.Inbox;
import dev.smppkit.client.OutbindOptions;
import dev.smppkit.client.SubmissionOptions;
import dev.smppkit.client.TimeoutOptions;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * What one ESME is made of, as {@code EsmeBuilder} assembled it: its validated {@link EsmeOptions} and the
 * collaborators it calls (broker, correlator, hook, instrumentation listener, and the inbox if there is one: null
 * without). Immutable. The shortcuts name the option groups, so a reader writes {@code config.timeouts().bindTimeout()}.
 */
public record EsmeConfig(
        EsmeOptions options, Broker broker, Correlator correlator, Hook hook, ClientListener listener, Inbox inbox) {
    /** The listener is kept guarded ({@link CompositeListener#guard}), or {@link ClientListener#NOOP} for none. */
    public EsmeConfig {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(correlator, "correlator");
        Objects.requireNonNull(hook, "hook");
        listener = CompositeListener.guard(Objects.requireNonNull(listener, "listener"));
    }

    /** Without an instrumentation listener nor an inbox. */
    public EsmeConfig(EsmeOptions options, Broker broker, Correlator correlator, Hook hook) {
        this(options, broker, correlator, hook, ClientListener.NOOP, null);
    }

    /** With an instrumentation listener, without an inbox. */
    public EsmeConfig(EsmeOptions options, Broker broker, Correlator correlator, Hook hook, ClientListener listener) {
        this(options, broker, correlator, hook, listener, null);
    }

    /** The listener to call on a hot path, or null when none is registered: one field read and a branch. */
    public ClientListener listenerOrNull() {
        return listener == ClientListener.NOOP ? null : listener;
    }

    /** Without an instrumentation listener, with an inbox (null: deliveries go to the hook from the session). */
    public EsmeConfig(EsmeOptions options, Broker broker, Correlator correlator, Hook hook, Inbox inbox) {
        this(options, broker, correlator, hook, ClientListener.NOOP, inbox);
    }

    /** The account's name (by default its system_id). */
    public String name() {
        return options.name();
    }

    public ConnectionOptions connection() {
        return options.connection();
    }

    public BindOptions bind() {
        return options.bind();
    }

    public SubmissionOptions submission() {
        return options.submission();
    }

    public TimeoutOptions timeouts() {
        return options.timeouts();
    }

    /** With the in-flight limit as a number (twice the window unless set). */
    public InboundOptions inbound() {
        return options.inbound();
    }

    public OutbindOptions outbind() {
        return options.outbind();
    }

    /** Where to listen for outbind; null without outbind. */
    public InetSocketAddress outbindAddress() {
        return options.outbindListenAddress().orElse(null);
    }
}
