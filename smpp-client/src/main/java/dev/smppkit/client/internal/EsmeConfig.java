package dev.smppkit.client.internal;

import dev.smppkit.client.Backoff;
import dev.smppkit.client.BindMode;
import dev.smppkit.client.Broker;
import dev.smppkit.client.Correlator;
import dev.smppkit.client.Hook;
import dev.smppkit.client.InFlightPolicy;
import dev.smppkit.client.OutbindOptions;
import dev.smppkit.client.TlsOptions;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.text.ConcatMode;
import dev.smppkit.codec.text.LogSafe;
import io.netty.channel.EventLoopGroup;
import java.lang.reflect.RecordComponent;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;

/**
 * The validated options of one ESME, as {@code EsmeBuilder} made them. Immutable. {@code host} is null and
 * OutbindOptions outbindOptions,
 * // limits against a hostile or broken SMSC
 * int maxPduLength,
 * int maxInboundInFlight,
 * Duration stableBindTime) {
 */
public record EsmeConfig(
        String host,
        int port,
        TlsOptions tls,
        String systemId,
        String password,
        String systemType,
        BindMode bindMode,
        Address addressRange,
        int interfaceVersion,
        Broker broker,
        Correlator correlator,
        Hook hook,
        int window,
        int takeBatch,
        Duration requestTimeout,
        Duration bindTimeout,
        Duration connectTimeout,
        Duration enquireLinkInterval,
        Duration enquireLinkTimeout,
        Duration hookTimeout,
        Duration unbindTimeout,
        double maxTps,
        Backoff reconnect,
        Backoff throttleBackoff,
        int maxThrottleRetries,
        int sessions,
        InFlightPolicy inFlightPolicy,
        ConcatMode concatMode,
        int maxSegments,
        DataCoding smscDefaultCharset,
        boolean failStartOnBindRejection,
        EventLoopGroup eventLoopGroup,
        int ioThreads,
        InetSocketAddress outbindAddress,
        OutbindOptions outbindOptions,
        // limits against a hostile or broken SMSC
        int maxPduLength,
        int maxInboundInFlight,
        Duration stableBindTime) {

    /** Every component, with passwords masked: a config is often logged whole. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("EsmeConfig[");
        RecordComponent[] components = EsmeConfig.class.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Object value;
            try {
                value = c.getAccessor().invoke(this);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e); // a record's own public accessor
            }
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(c.getName()).append('=');
            // by name, so that a password component added later is masked too
            boolean secret = c.getName().toLowerCase(Locale.ROOT).contains("password");
            sb.append(secret && value != null && !"".equals(value) ? LogSafe.MASK : value);
        }
        return sb.append(']').toString();
    }
}
