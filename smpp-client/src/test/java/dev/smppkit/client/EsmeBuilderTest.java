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
            assertThat(esme.stats()).isEqualTo(new EsmeStats(0, 0, 0, 0, 0, 0, 0, 0));
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

        EsmeBuilder defaults = Esme.builder();
        assertThat(defaults.maxPduLength).isEqualTo(dev.smppkit.codec.SmppPduDecoder.DEFAULT_MAX_PDU_LENGTH);
        assertThat(defaults.maxInboundInFlight)
                .as("unset: twice the window at build")
                .isZero();
        assertThat(defaults.stableBindTime)
                .as("unset: the enquire_link interval at build")
                .isNull();
        EsmeBuilder set =
                Esme.builder().maxPduLength(1024).maxInboundInFlight(7).stableBindTime(Duration.ofMinutes(2));
        assertThat(set.maxPduLength).isEqualTo(1024);
        assertThat(set.maxInboundInFlight).isEqualTo(7);
        assertThat(set.stableBindTime).isEqualTo(Duration.ofMinutes(2));
    }
}
