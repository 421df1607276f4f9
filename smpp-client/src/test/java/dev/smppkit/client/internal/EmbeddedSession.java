package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.BindType;
import io.netty.channel.DefaultEventLoop;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A bound {@link SmppSession} on an {@link EmbeddedChannel}, for the focused tests of the parts it drives ({@link
 * SubmitPump}, {@link InboundHandler}): PDU objects in and out, the event loop run by the test. The client, its parts and
 * supervisor are real but never connect. Close with {@link #close()}.
 */
final class EmbeddedSession implements AutoCloseable {
    final DefaultEventLoop loop = new DefaultEventLoop();
    final DefaultEsme esme;
    final SessionParts core;
    final SmppSession session;
    final EmbeddedChannel channel;

    EmbeddedSession(TestConfig settings) {
        settings.eventLoopGroup = loop; // so the client does not start an event loop group of its own
        EsmeConfig config = settings.build();
        esme = new DefaultEsme(config);
        core = new SessionParts(config, settings.removalDelay);
        SessionSupervisor supervisor = esme.newSupervisor(0, BindType.TRANSCEIVER);
        session = core.session(supervisor, BindType.TRANSCEIVER);
        channel = new EmbeddedChannel(session); // registers and activates: the session binds at once
        Bind bind = readOutbound(Bind.class);
        channel.writeInbound(BindResp.builder(BindType.TRANSCEIVER)
                .systemId("SMSC")
                .build()
                .withSequenceNumber(bind.sequenceNumber()));
        assertThat(session.state()).isEqualTo(SmppSession.State.BOUND);
    }

    <T> T readOutbound(Class<T> type) {
        Object out = channel.readOutbound();
        assertThat(out).isInstanceOf(type);
        return type.cast(out);
    }

    /** Runs what other threads handed to the event loop (broker and hook completions hop back to it). */
    void runPendingTasks() {
        channel.runPendingTasks();
    }

    @Override
    public void close() {
        try {
            channel.finishAndReleaseAll();
        } finally {
            core.stop();
            esme.stop(Duration.ZERO).join();
            loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }
}
