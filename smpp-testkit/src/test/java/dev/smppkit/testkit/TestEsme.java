package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.SmppDecodeException;
import dev.smppkit.codec.SmppPduDecoder;
import dev.smppkit.codec.SmppPduEncoder;
import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.pdu.Unbind;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A tiny ESME for the simulator's tests, built on the codec alone: sends requests with its own sequence numbers,
 * matches responses (and generic_nacks) by sequence number, records what the SMSC sends, and answers the SMSC's
 * requests through a replaceable function (by default: OK, and unbind_resp then close).
 */
final class TestEsme implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final EventLoopGroup GROUP =
            new MultiThreadIoEventLoopGroup(2, new DefaultThreadFactory("test-esme", true), NioIoHandler.newFactory());

    private final AtomicInteger sequence = new AtomicInteger();
    private final Map<Integer, CompletableFuture<PduResponse>> pending = new ConcurrentHashMap<>();
    // everything the SMSC sent that was not a response we waited for; guarded by itself
    private final List<Pdu> inbound = new ArrayList<>();
    final List<SmppDecodeException> decodeErrors = new CopyOnWriteArrayList<>();
    final CompletableFuture<Void> closed = new CompletableFuture<>();
    private volatile Function<PduRequest<?>, PduResponse> answer = TestEsme::defaultAnswer;
    private volatile Channel channel;

    static TestEsme connect(SmscSimulator smsc) {
        return connect(smsc.host(), smsc.port(), null);
    }

    static TestEsme connect(String host, int port, X509Certificate trusted) {
        TestEsme esme = new TestEsme();
        SslContext ssl = trusted == null ? null : clientSsl(trusted);
        Channel ch = new Bootstrap()
                .group(GROUP)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(esme.initializer(ssl, host, port))
                .connect(host, port)
                .syncUninterruptibly()
                .channel();
        esme.attach(ch);
        return esme;
    }

    /** Listens for an SMSC's outbind connection; the future completes with the ESME side of it. */
    static Listener listen() {
        CompletableFuture<TestEsme> accepted = new CompletableFuture<>();
        Channel server = new ServerBootstrap()
                .group(GROUP)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        TestEsme esme = new TestEsme();
                        ch.pipeline().addLast(new SmppPduDecoder(), SmppPduEncoder.INSTANCE, esme.new Handler());
                        esme.attach(ch);
                        accepted.complete(esme);
                    }
                })
                .bind("127.0.0.1", 0)
                .syncUninterruptibly()
                .channel();
        return new Listener(server, accepted);
    }

    record Listener(Channel server, CompletableFuture<TestEsme> accepted) implements AutoCloseable {
        int port() {
            return ((java.net.InetSocketAddress) server.localAddress()).getPort();
        }

        @Override
        public void close() {
            server.close().syncUninterruptibly();
            accepted.thenAccept(TestEsme::close);
        }
    }

    private ChannelInitializer<Channel> initializer(SslContext ssl, String host, int port) {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel ch) {
                if (ssl != null) {
                    ch.pipeline().addLast(ssl.newHandler(ch.alloc(), host, port));
                }
                ch.pipeline().addLast(new SmppPduDecoder(), SmppPduEncoder.INSTANCE, new Handler());
            }
        };
    }

    private void attach(Channel ch) {
        channel = ch;
        ch.closeFuture().addListener(f -> {
            pending.values().forEach(p -> p.completeExceptionally(new IllegalStateException("connection closed")));
            closed.complete(null);
        });
    }

    private static SslContext clientSsl(X509Certificate trusted) {
        try {
            return SslContextBuilder.forClient().trustManager(trusted).build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Binds and returns the response, asserting nothing about it. */
    BindResp bind(BindType type, String systemId, String password) {
        return call(Bind.builder(type).systemId(systemId).password(password).build());
    }

    /** Binds and asserts success. */
    TestEsme bound(BindType type, String systemId, String password) {
        assertThat(bind(type, systemId, password).commandStatus()).isEqualTo(CommandStatus.ESME_ROK);
        return this;
    }

    /** Sends a request with the next sequence number (or a PDU as it is, if it has one); completes with the answer. */
    CompletableFuture<PduResponse> send(Pdu pdu) {
        Pdu out = pdu.sequenceNumber() == 0 ? pdu.withSequenceNumber(sequence.incrementAndGet()) : pdu;
        CompletableFuture<PduResponse> result = new CompletableFuture<>();
        if (out.commandId().expectsResponse()) {
            pending.put(out.sequenceNumber(), result);
        } else {
            result.complete(null);
        }
        channel.writeAndFlush(out);
        return result;
    }

    /** Sends and waits for the typed response (a generic_nack fails the cast). */
    @SuppressWarnings("unchecked")
    <R extends PduResponse> R call(PduRequest<R> request) {
        return (R)
                send(request).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    void sendRaw(byte[] bytes) {
        channel.writeAndFlush(Unpooled.wrappedBuffer(bytes)).syncUninterruptibly();
    }

    void answerWith(Function<PduRequest<?>, PduResponse> answer) {
        this.answer = answer;
    }

    /** Waits until {@code count} PDUs of this type have arrived from the SMSC and returns them, oldest first. */
    <P extends Pdu> List<P> await(Class<P> type, int count) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        synchronized (inbound) {
            for (; ; ) {
                List<P> found = received(type);
                if (found.size() >= count) {
                    return found.subList(0, count);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("waited " + TIMEOUT + " for " + count + " " + type.getSimpleName()
                            + ", got " + found.size() + "; inbound: " + inbound);
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(inbound, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    <P extends Pdu> P await(Class<P> type) {
        return await(type, 1).get(0);
    }

    <P extends Pdu> List<P> received(Class<P> type) {
        synchronized (inbound) {
            List<P> out = new ArrayList<>();
            for (Pdu p : inbound) {
                if (type.isInstance(p)) {
                    out.add(type.cast(p));
                }
            }
            return out;
        }
    }

    void awaitClosed() {
        closed.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    int localPort() {
        return ((java.net.InetSocketAddress) channel.localAddress()).getPort();
    }

    boolean isOpen() {
        return channel.isActive();
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
    }

    private static PduResponse defaultAnswer(PduRequest<?> request) {
        return request.commandId().expectsResponse() ? request.createResponse(CommandStatus.ESME_ROK) : null;
    }

    private final class Handler extends SimpleChannelInboundHandler<Pdu> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Pdu pdu) {
            if (pdu instanceof PduResponse response) {
                CompletableFuture<PduResponse> p = pending.remove(response.sequenceNumber());
                if (p != null) {
                    p.complete(response);
                    return;
                }
            }
            synchronized (inbound) {
                inbound.add(pdu);
                inbound.notifyAll();
            }
            if (pdu instanceof PduRequest<?> request) {
                PduResponse response = answer.apply(request);
                if (response != null) {
                    ctx.writeAndFlush(response);
                }
                if (request instanceof Unbind) {
                    ctx.close();
                }
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (cause instanceof SmppDecodeException e) {
                decodeErrors.add(e);
                synchronized (inbound) {
                    inbound.notifyAll();
                }
            } else {
                ctx.close();
            }
        }
    }
}
