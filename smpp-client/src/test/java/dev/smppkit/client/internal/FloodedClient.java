package dev.smppkit.client.internal;

import dev.smppkit.client.Hook;
import dev.smppkit.client.IncomingMessage;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.codec.internal.Transport;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.Pdu;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One real client session (supervisor, session, pipeline, event loop) against {@link FloodingPeer}, watching its own
 * channel from the hook: before every write it samples the bytes waiting in the outbound buffer and whether the
 * channel still reads. The hook accepts every incoming message at once.
 */
final class FloodedClient implements AutoCloseable {
    /** The high watermark the supervisor sets on every dialed channel. */
    static final int HIGH_WATERMARK = 1024 * 1024;

    private final AtomicLong maxPending = new AtomicLong();
    private final AtomicBoolean sawReadingOff = new AtomicBoolean();
    private final CompletableFuture<Void> bound = new CompletableFuture<>();
    private final EventLoopGroup group;
    private final DefaultEsme esme;
    private final SessionSupervisor supervisor;

    FloodedClient(String host, int port) {
        group = Transport.newGroup(1);
        TestConfig settings = new TestConfig();
        settings.host = host;
        settings.port = port;
        settings.eventLoopGroup = group;
        settings.hook = new Hook() {
            @Override
            public void sending(Pdu pdu) {
                sample();
            }

            @Override
            public CompletionStage<Void> onIncomingMessage(IncomingMessage message) {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public void onSessionEvent(SessionEvent event) {
                if (event.type() == SessionEvent.Type.BOUND) {
                    bound.complete(null);
                }
            }
        };
        EsmeConfig config = settings.build();
        esme = new DefaultEsme(config);
        supervisor = esme.newSupervisor(0, BindType.TRANSCEIVER);
    }

    void start() {
        supervisor.start();
    }

    CompletableFuture<Void> bound() {
        return bound;
    }

    /** Event loop only (the hook's sending runs there). */
    private void sample() {
        Channel ch = supervisor.channel();
        if (ch == null) {
            return;
        }
        ChannelOutboundBuffer buffer = ch.unsafe().outboundBuffer();
        if (buffer != null) {
            maxPending.accumulateAndGet(buffer.totalPendingWriteBytes(), Math::max);
        }
        if (!ch.config().isAutoRead()) {
            sawReadingOff.set(true);
        }
    }

    /** The most bytes seen waiting in the outbound buffer before a write. */
    long maxPending() {
        return maxPending.get();
    }

    boolean sawReadingOff() {
        return sawReadingOff.get();
    }

    /** Whether the channel reads now; asks its event loop. */
    boolean readingNow() throws Exception {
        return group.next()
                .submit(() -> supervisor.channel() != null
                        && supervisor.channel().config().isAutoRead())
                .get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        try {
            supervisor.stop(System.nanoTime()).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the peer may be gone already: closing is all that matters
        } finally {
            esme.stop(Duration.ZERO).join();
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }
}
