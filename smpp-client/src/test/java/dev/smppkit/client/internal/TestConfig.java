package dev.smppkit.client.internal;

import dev.smppkit.client.Backoff;
import dev.smppkit.client.BindMode;
import dev.smppkit.client.Broker;
import dev.smppkit.client.Correlator;
import dev.smppkit.client.Hook;
import dev.smppkit.client.InFlightPolicy;
import dev.smppkit.client.InMemoryBroker;
import dev.smppkit.client.InMemoryCorrelator;
import dev.smppkit.client.OutbindOptions;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.text.ConcatMode;
import io.netty.channel.EventLoopGroup;
import java.time.Duration;

/**
 * Builds an {@link EsmeConfig} for tests of the internal classes, with timeouts long enough never to fire during a
 * test. Mutable; set the fields a test cares about, then {@link #build()}.
 */
final class TestConfig {
    String host = "localhost";
    int port = 2775;
    String systemId = "smppclient1";
    String password = "secret";
    String systemType = "";
    Broker broker = new InMemoryBroker();
    Correlator correlator = new InMemoryCorrelator();
    Hook hook = Hook.NOOP;
    int window = 10;
    int takeBatch = 10;
    Duration requestTimeout = Duration.ofMinutes(5);
    Duration bindTimeout = Duration.ofMinutes(5);
    Duration hookTimeout = Duration.ofMinutes(5);
    int maxThrottleRetries = 3;
    InFlightPolicy inFlightPolicy = InFlightPolicy.FAIL;
    ConcatMode concatMode = ConcatMode.UDH_8BIT;
    EventLoopGroup eventLoopGroup;
    OutbindOptions outbindOptions = OutbindOptions.defaults();
    int maxPduLength = dev.smppkit.codec.SmppPduDecoder.DEFAULT_MAX_PDU_LENGTH;
    int maxInboundInFlight = 20;
    Duration stableBindTime = Duration.ofMinutes(5);

    EsmeConfig build() {
        return new EsmeConfig(
                host,
                port,
                null,
                systemId,
                password,
                systemType,
                BindMode.TRANSCEIVER,
                Address.NULL,
                Bind.VERSION_3_4,
                broker,
                correlator,
                hook,
                window,
                takeBatch,
                requestTimeout,
                bindTimeout,
                Duration.ofSeconds(10),
                Duration.ofMinutes(5),
                Duration.ofMinutes(5),
                hookTimeout,
                Duration.ofMinutes(5),
                0,
                Backoff.fixed(Duration.ofSeconds(1)),
                Backoff.fixed(Duration.ofMillis(100)),
                maxThrottleRetries,
                1,
                inFlightPolicy,
                concatMode,
                255,
                DataCoding.SMSC_DEFAULT,
                true,
                eventLoopGroup,
                1,
                null,
                outbindOptions,
                maxPduLength,
                maxInboundInFlight,
                stableBindTime);
    }
}
