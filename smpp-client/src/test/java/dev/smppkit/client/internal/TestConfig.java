package dev.smppkit.client.internal;

import dev.smppkit.client.Backoff;
import dev.smppkit.client.BindOptions;
import dev.smppkit.client.Broker;
import dev.smppkit.client.ConnectionOptions;
import dev.smppkit.client.Correlator;
import dev.smppkit.client.EsmeOptions;
import dev.smppkit.client.Hook;
import dev.smppkit.client.InFlightPolicy;
import dev.smppkit.client.InMemoryBroker;
import dev.smppkit.client.InMemoryCorrelator;
import dev.smppkit.client.InboundOptions;
import dev.smppkit.client.SmscAddress;
import dev.smppkit.client.SubmissionOptions;
import dev.smppkit.client.TimeoutOptions;
import dev.smppkit.codec.text.ConcatMode;
import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.List;

/**
 * Builds an {@link EsmeConfig} for tests of the internal classes, with timeouts long enough never to fire during a
 * test. Mutable; set the fields a test cares about, then {@link #build()}.
 */
final class TestConfig {
    String host = "localhost";
    int port = 2775;
    List<SmscAddress> hosts; // when set, instead of host and port
    Backoff reconnect = Backoff.fixed(Duration.ofSeconds(1));
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
    int maxPduLength = dev.smppkit.codec.SmppPduDecoder.DEFAULT_MAX_PDU_LENGTH;
    int maxInboundInFlight = 20;
    Duration stableBindTime = Duration.ofMinutes(5);
    Duration unmatchedReceiptWait = InboundOptions.defaults().unmatchedReceiptWait();
    boolean forgetAfterFinalReceipt = true;
    int removalDelay = PendingRemovals.DEFAULT_DELAY; // final receipts an entry's removal waits for

    EsmeConfig build() {
        ConnectionOptions.Builder connection =
                ConnectionOptions.builder().host(host).port(port).reconnect(reconnect);
        if (hosts != null) {
            connection.hosts(hosts);
        }
        if (eventLoopGroup != null) {
            connection.eventLoopGroup(eventLoopGroup);
        }
        EsmeOptions options = EsmeOptions.builder()
                .connection(connection.build())
                .bind(BindOptions.builder()
                        .systemId(systemId)
                        .password(password)
                        .systemType(systemType)
                        .build())
                .submission(SubmissionOptions.builder()
                        .window(window)
                        .takeBatch(takeBatch)
                        .throttleBackoff(Backoff.fixed(Duration.ofMillis(100)))
                        .maxThrottleRetries(maxThrottleRetries)
                        .inFlightPolicy(inFlightPolicy)
                        .concatMode(concatMode)
                        .build())
                .timeouts(TimeoutOptions.builder()
                        .requestTimeout(requestTimeout)
                        .bindTimeout(bindTimeout)
                        .enquireLinkInterval(Duration.ofMinutes(5))
                        .enquireLinkTimeout(Duration.ofMinutes(5))
                        .unbindTimeout(Duration.ofMinutes(5))
                        .stableBindTime(stableBindTime)
                        .build())
                .inbound(InboundOptions.builder()
                        .maxPduLength(maxPduLength)
                        .maxInboundInFlight(maxInboundInFlight)
                        .hookTimeout(hookTimeout)
                        .unmatchedReceiptWait(unmatchedReceiptWait)
                        .forgetAfterFinalReceipt(forgetAfterFinalReceipt)
                        .build())
                .build();
        return new EsmeConfig(options, broker, correlator, hook);
    }
}
