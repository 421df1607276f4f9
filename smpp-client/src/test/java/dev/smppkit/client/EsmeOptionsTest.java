package dev.smppkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.SmppPduDecoder;
import dev.smppkit.codec.text.ConcatMode;
import dev.smppkit.codec.text.LogSafe;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The option groups: defaults, mutate, checks that name the field, equality, and passwords kept out of toString. */
class EsmeOptionsTest {
    private static EsmeOptions withPassword(String password) {
        return EsmeOptions.builder()
                .bind(BindOptions.builder()
                        .systemId("esme01")
                        .password(password)
                        .build())
                .build();
    }

    @Test
    void toStringMasksTheBindPassword() {
        String text = withPassword("s3cr3t").toString();
        assertThat(text)
                .contains("systemId=esme01", "password=" + LogSafe.MASK, "window=")
                .doesNotContain("s3cr3t");
        assertThat(withPassword("s3cr3t").bind().toString()).doesNotContain("s3cr3t");
    }

    @Test
    void toStringMasksTheOutbindPassword() {
        EsmeOptions options = withPassword("bindpw")
                .mutate()
                .outbind(
                        "127.0.0.1",
                        0,
                        OutbindOptions.builder().password("obpw99").build())
                .build();
        assertThat(options.toString())
                .contains("outbind=OutbindOptions(password=" + LogSafe.MASK)
                .doesNotContain("bindpw")
                .doesNotContain("obpw99");
        assertThat(options.outbind().toString()).doesNotContain("obpw99");
    }

    @Test
    void anEmptyPasswordIsShownEmpty() {
        assertThat(withPassword("").toString()).contains("password=,");
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        EsmeOptions o = EsmeOptions.defaults();
        assertThat(o.connection().host()).isNull();
        assertThat(o.connection().port()).isEqualTo(2775);
        assertThat(o.connection().tls()).isEmpty();
        assertThat(o.connection().sessions()).isEqualTo(1);
        assertThat(o.connection().reconnect())
                .isEqualTo(Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(60)));
        assertThat(o.connection().eventLoopGroup()).isEmpty();
        assertThat(o.connection().ioThreads()).isEqualTo(1);
        assertThat(o.bind().systemId()).isNull();
        assertThat(o.bind().password()).isEmpty();
        assertThat(o.bind().bindMode()).isEqualTo(BindMode.TRANSCEIVER);
        assertThat(o.bind().addressRange()).isEqualTo(Address.NULL);
        assertThat(o.bind().interfaceVersion()).isEqualTo(0x34);
        assertThat(o.bind().failStartOnBindRejection()).isTrue();
        assertThat(o.submission().window()).isEqualTo(100);
        assertThat(o.submission().takeBatch()).isEqualTo(100);
        assertThat(o.submission().maxTps()).isZero();
        assertThat(o.submission().maxThrottleRetries()).isEqualTo(20);
        assertThat(o.submission().inFlightPolicy()).isEqualTo(InFlightPolicy.FAIL);
        assertThat(o.submission().concatMode()).isEqualTo(ConcatMode.UDH_8BIT);
        assertThat(o.submission().maxSegments()).isEqualTo(255);
        assertThat(o.timeouts().requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(o.timeouts().enquireLinkInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.timeouts().unbindTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(o.timeouts().stableBindTime()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.inbound().maxPduLength()).isEqualTo(SmppPduDecoder.DEFAULT_MAX_PDU_LENGTH);
        assertThat(o.inbound().maxInboundInFlight()).isEqualTo(200);
        assertThat(o.inbound().hookTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.inbound().smscDefaultCharset()).isEqualTo(DataCoding.SMSC_DEFAULT);
        assertThat(o.outbindListenAddress()).isEmpty();
        assertThat(o.outbind()).isEqualTo(OutbindOptions.defaults());
    }

    @Test
    void mutateStartsFromTheValuesAndLeavesTheOriginalAlone() {
        TimeoutOptions timeouts =
                TimeoutOptions.builder().bindTimeout(Duration.ofSeconds(3)).build();
        TimeoutOptions longer =
                timeouts.mutate().requestTimeout(Duration.ofSeconds(20)).build();
        assertThat(longer.bindTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(longer.requestTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(timeouts.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(timeouts.mutate().build()).isEqualTo(timeouts).hasSameHashCodeAs(timeouts);
        assertThat(longer).isNotEqualTo(timeouts);

        assertThat(ConnectionOptions.defaults().mutate().build()).isEqualTo(ConnectionOptions.defaults());
        assertThat(BindOptions.defaults().mutate().build()).isEqualTo(BindOptions.defaults());
        assertThat(SubmissionOptions.defaults().mutate().build()).isEqualTo(SubmissionOptions.defaults());
        assertThat(InboundOptions.defaults().mutate().build()).isEqualTo(InboundOptions.defaults());
        assertThat(OutbindOptions.defaults().mutate().build()).isEqualTo(OutbindOptions.defaults());
        assertThat(EsmeOptions.defaults().mutate().build())
                .isEqualTo(EsmeOptions.defaults())
                .hasSameHashCodeAs(EsmeOptions.defaults());
        assertThat(BindOptions.builder().password("a").build())
                .isNotEqualTo(BindOptions.builder().password("b").build());
    }

    @Test
    void derivedDefaultsFollowTheirSourceThroughMutate() {
        SubmissionOptions submission =
                SubmissionOptions.defaults().mutate().window(8).build();
        assertThat(submission.takeBatch()).as("the window").isEqualTo(8);
        assertThat(submission.mutate().takeBatch(3).build().takeBatch()).isEqualTo(3);

        TimeoutOptions timeouts = TimeoutOptions.defaults()
                .mutate()
                .enquireLinkInterval(Duration.ofSeconds(5))
                .build();
        assertThat(timeouts.stableBindTime()).as("the enquire_link interval").isEqualTo(Duration.ofSeconds(5));

        EsmeOptions options =
                EsmeOptions.defaults().mutate().submission(submission).build();
        assertThat(options.inbound().maxInboundInFlight())
                .as("twice the window")
                .isEqualTo(16);
        assertThat(options.mutate()
                        .submission(submission.mutate().window(50).build())
                        .build()
                        .inbound()
                        .maxInboundInFlight())
                .isEqualTo(100);
    }

    @Test
    void groupSettersNameTheFieldAndTheLimit() {
        assertThatThrownBy(() -> ConnectionOptions.builder().port(0)).hasMessage("port is 0; must be 1-65535");
        assertThatThrownBy(() -> ConnectionOptions.builder().sessions(65)).hasMessage("sessions is 65; must be 0-64");
        assertThatThrownBy(() -> BindOptions.builder().systemId("sixteen-chars-id"))
                .hasMessage("system_id is 16 octets; at most 15 (C-Octet String of 16 with NUL)");
        assertThatThrownBy(() -> BindOptions.builder().password("123456789"))
                .hasMessage("password is 9 octets; at most 8 (C-Octet String of 9 with NUL)");
        assertThatThrownBy(() -> SubmissionOptions.builder().window(0)).hasMessage("window is 0; must be 1-100000");
        assertThatThrownBy(() -> SubmissionOptions.builder().maxTps(-1))
                .hasMessage("maxTps is -1.0; must be 0 (unlimited) or more");
        assertThatThrownBy(() -> TimeoutOptions.builder().unbindTimeout(Duration.ZERO))
                .hasMessage("unbindTimeout is PT0S; must be positive");
        assertThatThrownBy(() -> InboundOptions.builder().maxPduLength(15))
                .hasMessage("maxPduLength is 15; must be 16-16777216");
        assertThatThrownBy(() -> EsmeOptions.builder().outbind("127.0.0.1", -1, OutbindOptions.defaults()))
                .hasMessage("outbind port is -1; must be 0-65535");
        assertThatThrownBy(() -> EsmeOptions.builder().bind(null)).hasMessage("bind");
    }
}
