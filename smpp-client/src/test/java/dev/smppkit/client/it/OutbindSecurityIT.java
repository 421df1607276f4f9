package dev.smppkit.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.client.Esme;
import dev.smppkit.client.OutbindOptions;
import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.pdu.Outbind;
import dev.smppkit.codec.pdu.PduCodec;
import dev.smppkit.testkit.SmscSimulator;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.pkitesting.CertificateBuilder;
import io.netty.pkitesting.X509Bundle;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The outbind listener against someone guessing: its own password, a guess limit per address, TLS, timeouts. */
@Timeout(120)
class OutbindSecurityIT {
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    private SmscSimulator smsc(boolean tls) {
        SmscSimulator s =
                SmscSimulator.builder().credential("esme", "secret").tls(tls).start();
        closeables.add(s);
        return s;
    }

    /** A started outbind-only client with the bind password "secret"; returns its outbind port. */
    private int listen(OutbindOptions options, Duration bindTimeout) throws Exception {
        Esme e = Esme.builder()
                .systemId("esme")
                .password("secret")
                .sessions(0)
                .outbind("127.0.0.1", 0, options)
                .bindTimeout(bindTimeout)
                .build();
        closeables.add(e);
        e.start().get(10, TimeUnit.SECONDS);
        return e.outbindAddress().orElseThrow().getPort();
    }

    private static void assertRefused(SmscSimulator smsc, int port, String password) {
        assertThatThrownBy(
                        () -> smsc.outbind("127.0.0.1", port, "smsc", password).get(10, TimeUnit.SECONDS))
                .as("outbind with '%s'", password)
                .isInstanceOf(ExecutionException.class);
    }

    @Test
    void anOutbindPasswordOfItsOwnReplacesTheBindPassword() throws Exception {
        SmscSimulator smsc = smsc(false);
        int port = listen(OutbindOptions.builder().password("0utb1nd").build(), Duration.ofSeconds(5));

        assertRefused(smsc, port, "secret"); // the bind password no longer opens the door
        assertThat(smsc.traffic().received(Bind.class)).isEmpty();

        smsc.outbind("127.0.0.1", port, "smsc", "0utb1nd").get(10, TimeUnit.SECONDS);
        assertThat(smsc.traffic().received(Bind.class))
                .singleElement()
                .satisfies(b -> assertThat(b.password())
                        .as("it binds with its bind password")
                        .isEqualTo("secret"));
    }

    @Test
    void anAddressThatGuessedWrongTooOftenIsShutOutEvenWithTheRightPassword() throws Exception {
        SmscSimulator smsc = smsc(false);
        int port = listen(
                OutbindOptions.builder().maxFailures(3, Duration.ofMinutes(10)).build(), Duration.ofSeconds(5));

        for (String guess : List.of("guess1", "guess2", "guess3")) {
            assertRefused(smsc, port, guess);
        }
        assertRefused(smsc, port, "secret");
        assertThat(smsc.traffic().received(Bind.class)).isEmpty();
    }

    @Test
    void manyOutbindsInOneWriteAreOneGuess() throws Exception {
        SmscSimulator smsc = smsc(false);
        int port = listen(
                OutbindOptions.builder().maxFailures(2, Duration.ofMinutes(10)).build(), Duration.ofSeconds(5));
        ByteArrayOutputStream burst = new ByteArrayOutputStream();
        for (int i = 0; i < 20; i++) {
            burst.writeBytes(encode(Outbind.of("smsc", "guess" + i).withSequenceNumber(i + 1)));
        }
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(burst.toByteArray());
            assertThat(socket.getInputStream().read())
                    .as("closed at the first guess")
                    .isEqualTo(-1);
        }
        // one failure of two counted, so the right password still gets in
        smsc.outbind("127.0.0.1", port, "smsc", "secret").get(10, TimeUnit.SECONDS);
        assertThat(smsc.traffic().received(Bind.class)).hasSize(1);
    }

    @Test
    void aConnectionThatNeverSendsOutbindIsClosedAfterTheBindTimeout() throws Exception {
        int port = listen(OutbindOptions.defaults(), Duration.ofMillis(500));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void connectionsBeyondThePendingLimitAreClosedAtOnce() throws Exception {
        int port = listen(OutbindOptions.builder().maxPendingConnections(2).build(), Duration.ofMinutes(5));
        try (Socket first = new Socket("127.0.0.1", port);
                Socket second = new Socket("127.0.0.1", port);
                Socket third = new Socket("127.0.0.1", port)) {
            third.setSoTimeout(30_000); // far below the 5 min bind timeout the first two are held by
            assertThat(third.getInputStream().read()).isEqualTo(-1);
            first.setSoTimeout(200);
            assertThatThrownBy(() -> first.getInputStream().read())
                    .as("the first two still wait for their outbind")
                    .isInstanceOf(java.net.SocketTimeoutException.class);
        }
    }

    @Test
    void outbindOverTls() throws Exception {
        SmscSimulator smsc = smsc(true); // connects out with TLS, trusting any certificate
        int port = listen(OutbindOptions.builder().tls(selfSigned()).build(), Duration.ofSeconds(5));
        smsc.outbind("127.0.0.1", port, "smsc", "secret").get(10, TimeUnit.SECONDS);
        assertThat(smsc.traffic().received(Bind.class)).hasSize(1);

        SmscSimulator plain = smsc(false);
        assertRefused(plain, port, "secret");
        assertThat(plain.traffic().received(Bind.class)).isEmpty();
    }

    @Test
    void aPlainTcpOutbindNeverReachesATlsListenersPasswordCheck() throws Exception {
        int port = listen(OutbindOptions.builder().tls(selfSigned()).build(), Duration.ofSeconds(5));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(encode(Outbind.of("smsc", "secret")));
            byte[] answer = socket.getInputStream().readAllBytes(); // until the listener closes
            assertThat(answer.length == 0 || answer[0] == 0x15)
                    .as("nothing or a TLS alert record, never a bind_receiver: %s", ByteBufUtil.hexDump(answer))
                    .isTrue();
        }
    }

    private static byte[] encode(Outbind outbind) {
        ByteBuf buf = PduCodec.encode(outbind, UnpooledByteBufAllocator.DEFAULT);
        try {
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }

    private static SslContext selfSigned() throws Exception {
        Instant now = Instant.now();
        X509Bundle bundle = new CertificateBuilder()
                .subject("CN=localhost, O=smppkit outbind test")
                .addSanIpAddress("127.0.0.1")
                .notBefore(now.minus(Duration.ofDays(1)))
                .notAfter(now.plus(Duration.ofDays(1)))
                .setIsCertificateAuthority(true) // pkitesting only self-signs a CA
                .ecp256()
                .buildSelfSigned();
        return SslContextBuilder.forServer(bundle.getKeyPair().getPrivate(), bundle.getCertificate())
                .build();
    }
}
