package dev.smppkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SmscAddress} and the host lists of {@link ConnectionOptions} and {@link EsmeBuilder}. */
class SmscAddressTest {
    @Test
    void parsesHostColonPort() {
        assertThat(SmscAddress.parse("smsc1.example.com:2775")).isEqualTo(SmscAddress.of("smsc1.example.com", 2775));
        assertThat(SmscAddress.parse(" 10.0.0.7:1 ")).isEqualTo(SmscAddress.of("10.0.0.7", 1));
        assertThat(SmscAddress.parse("[::1]:65535")).isEqualTo(SmscAddress.of("::1", 65535));
    }

    @Test
    void printsWhatItParses() {
        for (String text : List.of("smsc1:2775", "10.0.0.7:2776", "[fe80::1]:2777")) {
            assertThat(SmscAddress.parse(text)).hasToString(text);
        }
    }

    @Test
    void badTextIsQuotedInTheMessage() {
        assertThatThrownBy(() -> SmscAddress.parse("smsc1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SMSC address 'smsc1' must be host:port, e.g. smsc.example.com:2775 or [::1]:2775");
        assertThatThrownBy(() -> SmscAddress.parse(":2775")).hasMessageStartingWith("SMSC address ':2775' must be");
        assertThatThrownBy(() -> SmscAddress.parse("smsc1:")).hasMessageStartingWith("SMSC address 'smsc1:' must be");
        assertThatThrownBy(() -> SmscAddress.parse("::1:2775"))
                .as("an IPv6 literal needs brackets")
                .hasMessageStartingWith("SMSC address '::1:2775' must be");
        assertThatThrownBy(() -> SmscAddress.parse("smsc1:http"))
                .hasMessage("SMSC address 'smsc1:http' has port 'http'; must be a number, 1-65535");
        assertThatThrownBy(() -> SmscAddress.parse("smsc1:0"))
                .hasMessage("SMSC address 'smsc1:0' has port 0; must be 1-65535");
        assertThatThrownBy(() -> SmscAddress.parse("smsc1:65536"))
                .hasMessage("SMSC address 'smsc1:65536' has port 65536; must be 1-65535");
    }

    @Test
    void theConstructorChecksHostAndPort() {
        assertThatThrownBy(() -> SmscAddress.of(" ", 2775)).hasMessage("host is empty; must be a host name or address");
        assertThatThrownBy(() -> SmscAddress.of("h", 0)).hasMessage("port is 0; must be 1-65535");
        assertThatThrownBy(() -> SmscAddress.of(null, 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aSocketAddressIsNotResolved() {
        SmscAddress a = SmscAddress.of(InetSocketAddress.createUnresolved("no-such-host.invalid", 2775));

        assertThat(a).isEqualTo(SmscAddress.of("no-such-host.invalid", 2775));
    }

    @Test
    void parsesACommaSeparatedList() {
        assertThat(SmscAddress.parseList("a:1, b:2 ,c:3"))
                .containsExactly(SmscAddress.of("a", 1), SmscAddress.of("b", 2), SmscAddress.of("c", 3));
        assertThatThrownBy(() -> SmscAddress.parseList(" , "))
                .hasMessage("SMSC address list ' , ' is empty; must list host:port");
    }

    @Test
    void hostAndPortAreOneAddress() {
        ConnectionOptions o = ConnectionOptions.builder().host("h").port(2776).build();

        assertThat(o.hosts()).containsExactly(SmscAddress.of("h", 2776));
        assertThat(ConnectionOptions.defaults().hosts()).isEmpty();
    }

    @Test
    void aListKeepsHostAndPortAsItsFirstAddress() {
        ConnectionOptions o = ConnectionOptions.builder()
                .hosts(SmscAddress.of("a", 1), SmscAddress.of("b", 2))
                .build();

        assertThat(o.host()).isEqualTo("a");
        assertThat(o.port()).isEqualTo(1);
        assertThat(o.toString()).contains("hosts=[a:1, b:2]");
        assertThat(o.mutate().build()).isEqualTo(o).hasSameHashCodeAs(o);
        assertThat(o.mutate().port(3).build().hosts())
                .as("port sets a single address")
                .containsExactly(SmscAddress.of("a", 3));
        assertThat(o.mutate().host("c").build().hosts()).containsExactly(SmscAddress.of("c", 1));
        assertThat(o)
                .isNotEqualTo(o.mutate()
                        .hosts(SmscAddress.of("b", 2), SmscAddress.of("a", 1))
                        .build());
    }

    @Test
    void aListHasOneToSixteenAddresses() {
        assertThatThrownBy(() -> ConnectionOptions.builder().hosts(List.of()))
                .hasMessage("hosts has 0 addresses; must have 1-16");
        SmscAddress[] seventeen = new SmscAddress[17];
        java.util.Arrays.fill(seventeen, SmscAddress.of("a", 1));
        assertThatThrownBy(() -> ConnectionOptions.builder().hosts(seventeen))
                .hasMessage("hosts has 17 addresses; must have 1-16");
        assertThatThrownBy(() -> ConnectionOptions.builder().hosts(SmscAddress.of("a", 1), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theEsmeBuilderTakesHostPortTexts() throws Exception {
        try (Esme esme = Esme.builder()
                .hosts("smsc1.example.com:2775", "[::1]:2776")
                .systemId("id")
                .build()) {
            assertThat(esme.options().connection().hosts())
                    .containsExactly(SmscAddress.of("smsc1.example.com", 2775), SmscAddress.of("::1", 2776));
            assertThat(esme.options().connection().host()).isEqualTo("smsc1.example.com");
        }
        assertThatThrownBy(() -> Esme.builder().hosts("smsc1:2775", "smsc2"))
                .hasMessageStartingWith("SMSC address 'smsc2' must be host:port");
    }
}
