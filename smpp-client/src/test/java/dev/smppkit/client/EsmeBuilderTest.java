package dev.smppkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.codec.Address;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EsmeBuilderTest {
    private static EsmeBuilder valid() {
        return Esme.builder().host("localhost").systemId("smppclient1");
    }

    @Test
    void systemIdOverFifteenCharactersIsRejected() {
        assertThatThrownBy(() -> Esme.builder().systemId("sixteen-chars-id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("system_id is 16 octets; at most 15 (C-Octet String of 16 with NUL)");
        assertThat(Esme.builder().systemId("fifteen-chars-i")).isNotNull();
    }

    @Test
    void passwordAndSystemTypeLimitsAreNamed() {
        assertThatThrownBy(() -> Esme.builder().password("123456789"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("password is 9 octets; at most 8 (C-Octet String of 9 with NUL)");
        assertThatThrownBy(() -> Esme.builder().systemType("thirteen-char"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("system_type is 13 octets; at most 12 (C-Octet String of 13 with NUL)");
        assertThatThrownBy(() -> Esme.builder().addressRange(Address.of(0, 0, "x".repeat(41))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("address_range is 41 octets; at most 40");
    }

    @Test
    void rangesAreNamed() {
        assertThatThrownBy(() -> Esme.builder().window(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("window is 0; must be 1-100000");
        assertThatThrownBy(() -> Esme.builder().window(100_001))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("window is 100001; must be 1-100000");
        assertThatThrownBy(() -> Esme.builder().sessions(65))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sessions is 65; must be 0-64");
        assertThatThrownBy(() -> Esme.builder().sessions(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sessions is -1; must be 0-64");
        // 0 is for an outbind-only client, so it is checked when the client is built
        assertThatThrownBy(() -> Esme.builder()
                        .host("localhost")
                        .systemId("id")
                        .sessions(0)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sessions is 0; at least 1 unless outbind(host, port) is set");
        assertThatThrownBy(() -> Esme.builder().outbind("127.0.0.1", 65_536))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outbind port is 65536; must be 0-65535");
        assertThatThrownBy(() -> Esme.builder().port(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("port is 0; must be 1-65535");
        assertThatThrownBy(() -> Esme.builder().port(65536))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("port is 65536; must be 1-65535");
        assertThatThrownBy(() -> Esme.builder().takeBatch(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("takeBatch is 0; must be 1-100000");
        assertThatThrownBy(() -> Esme.builder().maxSegments(256))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxSegments is 256; must be 1-255");
        assertThatThrownBy(() -> Esme.builder().maxThrottleRetries(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxThrottleRetries is -1; must be 0-1000");
        assertThatThrownBy(() -> Esme.builder().ioThreads(65))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ioThreads is 65; must be 1-64");
    }

    @Test
    void negativeAndZeroDurationsAreRejected() {
        Duration negative = Duration.ofSeconds(-1);
        assertThatThrownBy(() -> Esme.builder().requestTimeout(negative))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("requestTimeout is PT-1S; must be positive");
        assertThatThrownBy(() -> Esme.builder().bindTimeout(negative))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bindTimeout is PT-1S; must be positive");
        assertThatThrownBy(() -> Esme.builder().connectTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("connectTimeout is PT0S; must be positive");
        assertThatThrownBy(() -> Esme.builder().enquireLinkInterval(negative))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("enquireLinkInterval is PT-1S; must be positive");
        assertThatThrownBy(() -> Esme.builder().enquireLinkTimeout(negative))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("enquireLinkTimeout is PT-1S; must be positive");
        assertThatThrownBy(() -> Esme.builder().hookTimeout(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hookTimeout is null; must be positive");
    }

    @Test
    void maxTpsMustBeZeroOrMore() {
        assertThatThrownBy(() -> Esme.builder().maxTps(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxTps is -1.0; must be 0 (unlimited) or more");
        assertThatThrownBy(() -> Esme.builder().maxTps(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxTps is NaN; must be 0 (unlimited) or more");
    }

    @Test
    void nullsAreNamed() {
        assertThatThrownBy(() -> Esme.builder().host(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("host");
        assertThatThrownBy(() -> Esme.builder().broker(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("broker");
        assertThatThrownBy(() -> Esme.builder().reconnect(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("reconnect");
        assertThatThrownBy(() -> Esme.builder().systemId(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith("system_id must not be null");
    }

    @Test
    void hostAndSystemIdAreRequired() {
        assertThatThrownBy(() -> Esme.builder().systemId("id").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("host is required");
        assertThatThrownBy(() -> Esme.builder().host("").systemId("id").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("host is required");
        assertThatThrownBy(() -> Esme.builder().host("localhost").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("system_id is required");
        assertThatThrownBy(() -> Esme.builder().host("localhost").systemId("").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("system_id is required");
    }

    @Test
    void buildsWithDefaultsAndTheGivenBrokerAndCorrelator() {
        InMemoryBroker broker = new InMemoryBroker(10);
        InMemoryCorrelator correlator = new InMemoryCorrelator();

        try (Esme esme = valid().broker(broker).correlator(correlator).build()) {
            assertThat(esme.broker()).isSameAs(broker);
            assertThat(esme.correlator()).isSameAs(correlator);
            assertThat(esme.boundSessions()).isZero();
            assertThat(esme.stats()).isEqualTo(new EsmeStats(0, 0, 0, 0, 0, 0, 0, 0, 0));
        }
        try (Esme esme = valid().build()) {
            assertThat(esme.broker()).isInstanceOf(InMemoryBroker.class);
            assertThat(esme.correlator()).isInstanceOf(InMemoryCorrelator.class);
        }
    }

    @Test
    void limitsAgainstAHostileSmscAreCheckedAndNamed() {
        assertThatThrownBy(() -> Esme.builder().maxPduLength(15))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxPduLength is 15; must be 16-16777216");
        assertThatThrownBy(() -> Esme.builder().maxInboundInFlight(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxInboundInFlight is 0; must be 1-1000000");
        assertThatThrownBy(() -> Esme.builder().stableBindTime(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stableBindTime is PT0S; must be positive");

        assertThat(InboundOptions.defaults().maxInboundInFlight())
                .as("unset: twice the window at build")
                .isZero();
        try (Esme esme = valid().window(30).build()) {
            EsmeOptions o = esme.options();
            assertThat(o.inbound().maxPduLength()).isEqualTo(dev.smppkit.codec.SmppPduDecoder.DEFAULT_MAX_PDU_LENGTH);
            assertThat(o.inbound().maxInboundInFlight()).as("twice the window").isEqualTo(60);
            assertThat(o.timeouts().stableBindTime())
                    .as("the enquire_link interval")
                    .isEqualTo(Duration.ofSeconds(30));
        }
        try (Esme esme = valid().maxPduLength(1024)
                .maxInboundInFlight(7)
                .stableBindTime(Duration.ofMinutes(2))
                .build()) {
            EsmeOptions o = esme.options();
            assertThat(o.inbound().maxPduLength()).isEqualTo(1024);
            assertThat(o.inbound().maxInboundInFlight()).isEqualTo(7);
            assertThat(o.timeouts().stableBindTime()).isEqualTo(Duration.ofMinutes(2));
        }
    }

    @Test
    void eachSetterFillsItsGroupAndTheClientReadsThemBack() {
        Backoff reconnect = Backoff.fixed(Duration.ofSeconds(3));
        try (Esme esme = Esme.builder()
                .host("smsc.example")
                .port(3550)
                .sessions(2)
                .reconnect(reconnect)
                .ioThreads(2)
                .systemId("esme01")
                .password("s3cr3t")
                .systemType("VMA")
                .bindMode(BindMode.TRANSMITTER)
                .addressRange(Address.of(1, 1, "4479"))
                .failStartOnBindRejection(false)
                .window(20)
                .takeBatch(5)
                .maxTps(50)
                .maxThrottleRetries(3)
                .inFlightPolicy(InFlightPolicy.RELEASE)
                .maxSegments(10)
                .requestTimeout(Duration.ofSeconds(4))
                .bindTimeout(Duration.ofSeconds(5))
                .connectTimeout(Duration.ofSeconds(6))
                .enquireLinkInterval(Duration.ofSeconds(7))
                .enquireLinkTimeout(Duration.ofSeconds(8))
                .unbindTimeout(Duration.ofSeconds(9))
                .hookTimeout(Duration.ofSeconds(11))
                .smscDefaultCharset(dev.smppkit.codec.DataCoding.LATIN1)
                .build()) {
            EsmeOptions o = esme.options();
            assertThat(o.connection())
                    .isEqualTo(ConnectionOptions.builder()
                            .host("smsc.example")
                            .port(3550)
                            .sessions(2)
                            .reconnect(Backoff.fixed(Duration.ofSeconds(3)))
                            .ioThreads(2)
                            .build());
            assertThat(o.bind().systemId()).isEqualTo("esme01");
            assertThat(o.bind().password()).isEqualTo("s3cr3t");
            assertThat(o.bind().systemType()).isEqualTo("VMA");
            assertThat(o.bind().bindMode()).isEqualTo(BindMode.TRANSMITTER);
            assertThat(o.bind().addressRange()).isEqualTo(Address.of(1, 1, "4479"));
            assertThat(o.bind().failStartOnBindRejection()).isFalse();
            assertThat(o.submission().window()).isEqualTo(20);
            assertThat(o.submission().takeBatch()).isEqualTo(5);
            assertThat(o.submission().maxTps()).isEqualTo(50.0);
            assertThat(o.submission().maxThrottleRetries()).isEqualTo(3);
            assertThat(o.submission().inFlightPolicy()).isEqualTo(InFlightPolicy.RELEASE);
            assertThat(o.submission().maxSegments()).isEqualTo(10);
            assertThat(o.timeouts().requestTimeout()).isEqualTo(Duration.ofSeconds(4));
            assertThat(o.timeouts().bindTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(o.timeouts().connectTimeout()).isEqualTo(Duration.ofSeconds(6));
            assertThat(o.timeouts().enquireLinkInterval()).isEqualTo(Duration.ofSeconds(7));
            assertThat(o.timeouts().enquireLinkTimeout()).isEqualTo(Duration.ofSeconds(8));
            assertThat(o.timeouts().unbindTimeout()).isEqualTo(Duration.ofSeconds(9));
            assertThat(o.timeouts().stableBindTime()).isEqualTo(Duration.ofSeconds(7));
            assertThat(o.inbound().hookTimeout()).isEqualTo(Duration.ofSeconds(11));
            assertThat(o.inbound().smscDefaultCharset()).isEqualTo(dev.smppkit.codec.DataCoding.LATIN1);
            assertThat(o.outbindListenAddress()).isEmpty();
            assertThat(o.toString())
                    .contains("password=" + dev.smppkit.codec.text.LogSafe.MASK)
                    .doesNotContain("s3cr3t");
        }
    }

    @Test
    void wholeGroupsReplaceWhatWasSetAndAClientCanBeCopied() {
        SubmissionOptions submission = SubmissionOptions.builder().window(7).build();
        EsmeBuilder builder = valid().window(99).maxTps(10).submission(submission);
        try (Esme esme = builder.build()) {
            assertThat(esme.options().submission()).isEqualTo(submission);
            assertThat(esme.options().submission().maxTps())
                    .as("replaced by the group's default")
                    .isZero();
            assertThat(esme.options().inbound().maxInboundInFlight()).isEqualTo(14);

            EsmeOptions copied;
            try (Esme copy = Esme.builder().options(esme.options()).build()) {
                copied = copy.options();
            }
            assertThat(copied).isEqualTo(esme.options()).hasSameHashCodeAs(esme.options());

            // a copy keeps the derived defaults derived: a new window still doubles the in-flight limit
            try (Esme wider = Esme.builder().options(esme.options()).window(50).build()) {
                assertThat(wider.options().inbound().maxInboundInFlight()).isEqualTo(100);
                assertThat(wider.options().submission().takeBatch()).isEqualTo(50);
            }
        }
        try (Esme esme = Esme.builder()
                .connection(ConnectionOptions.builder().host("h").build())
                .bind(BindOptions.builder().systemId("id").build())
                .timeouts(TimeoutOptions.builder()
                        .bindTimeout(Duration.ofSeconds(3))
                        .build())
                .inbound(InboundOptions.builder().maxInboundInFlight(5).build())
                .outbind("127.0.0.1", 0)
                .build()) {
            assertThat(esme.options().connection().host()).isEqualTo("h");
            assertThat(esme.options().bind().systemId()).isEqualTo("id");
            assertThat(esme.options().timeouts().bindTimeout()).isEqualTo(Duration.ofSeconds(3));
            assertThat(esme.options().inbound().maxInboundInFlight()).isEqualTo(5);
            assertThat(esme.options().outbindListenAddress())
                    .hasValueSatisfying(a -> assertThat(a.getPort()).isZero());
        }
    }
}
