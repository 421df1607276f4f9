package dev.smppkit.client.internal;

import dev.smppkit.client.BindOptions;
import dev.smppkit.client.Broker;
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
 * collaborators it calls (broker, correlator, hook, and the inbox if there is one: null without). Immutable. The
 * shortcuts name the option groups, so a reader writes {@code config.timeouts().bindTimeout()}.
 */
public record EsmeConfig(EsmeOptions options, Broker broker, Correlator correlator, Hook hook, Inbox inbox) {
    public EsmeConfig {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(correlator, "correlator");
        Objects.requireNonNull(hook, "hook");
    }

    /** Without an inbox: deliveries go to the hook straight from the session. */
    public EsmeConfig(EsmeOptions options, Broker broker, Correlator correlator, Hook hook) {
        this(options, broker, correlator, hook, null);
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
