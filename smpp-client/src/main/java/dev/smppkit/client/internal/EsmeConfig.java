package dev.smppkit.client.internal;

import dev.smppkit.client.Backoff;
import dev.smppkit.client.BindMode;
import dev.smppkit.client.Broker;
import dev.smppkit.client.Correlator;
import dev.smppkit.client.Hook;
import dev.smppkit.client.InFlightPolicy;
import dev.smppkit.client.TlsOptions;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.text.ConcatMode;
import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * The validated options of one ESME, as {@code EsmeBuilder} made them. Immutable. {@code host} is null and
 * {@code sessions} 0 for a client that only accepts outbind; {@code outbindAddress} is null unless it does.
 * {@code maxInboundInFlight} and {@code stableBindTime} are resolved (never 0 or null) by the builder.
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
        // limits against a hostile or broken SMSC
        int maxPduLength,
        int maxInboundInFlight,
        Duration stableBindTime) {}
