package dev.smppkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutbindOptionsTest {
    @Test
    void defaults() {
        OutbindOptions o = OutbindOptions.defaults();
        assertThat(o.password()).as("falls back to the bind password").isEmpty();
        assertThat(o.tls()).isEmpty();
        assertThat(o.maxFailures()).isEqualTo(5);
        assertThat(o.failureWindow()).isEqualTo(Duration.ofMinutes(1));
        assertThat(o.maxTrackedAddresses()).isEqualTo(10_000);
        assertThat(o.maxPendingConnections()).isEqualTo(32);
    }

    @Test
    void settersNameTheFieldAndTheLimit() {
        OutbindOptions.Builder b = OutbindOptions.builder();
        assertThatThrownBy(() -> b.password("123456789"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outbind password is 9 octets; at most 8")
                .hasMessageNotContaining("123456789");
        assertThatThrownBy(() -> b.maxFailures(0, Duration.ofMinutes(1)))
                .hasMessageContaining("outbind maxFailures is 0; must be 1-1000");
        assertThatThrownBy(() -> b.maxFailures(5, Duration.ZERO)).hasMessageContaining("outbind failure window");
        assertThatThrownBy(() -> b.maxTrackedAddresses(0)).hasMessageContaining("outbind maxTrackedAddresses");
        assertThatThrownBy(() -> b.maxPendingConnections(0)).hasMessageContaining("outbind maxPendingConnections");
    }

    @Test
    void tlsNeedsAServerContext() throws Exception {
        var client = SslContextBuilder.forClient()
                .trustManager(InsecureTrustManagerFactory.INSTANCE)
                .build();
        assertThatThrownBy(() -> OutbindOptions.builder().tls(client))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("server context");
    }

    @Test
    void toStringMasksThePassword() {
        assertThat(OutbindOptions.builder().password("hunter2").build().toString())
                .contains("password=****")
                .doesNotContain("hunter2");
        assertThat(OutbindOptions.defaults().toString()).contains("password=<bind password>");
    }
}
