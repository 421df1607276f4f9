package dev.smppkit.client.internal;

import dev.smppkit.client.SmscAddress;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoop;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslHandler;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

/**
 * Opens the client's connections to the SMSC: TCP options, TLS if configured, then {@link SmppPipeline}'s handlers
 * and the session. The address is the one the supervisor chose from the host list; its name is resolved here, at
 * connect time, and TLS checks the certificate against it. Per client; stateless.
 */
final class TcpDialer implements SessionSupervisor.Dialer {
    private final EsmeConfig config;
    private final Class<? extends SocketChannel> channelClass;

    TcpDialer(EsmeConfig config, Class<? extends SocketChannel> channelClass) {
        this.config = config;
        this.channelClass = channelClass;
    }

    @Override
    public ChannelFuture dial(EventLoop loop, ChannelHandler session, SmscAddress address) {
        Bootstrap bootstrap = new Bootstrap()
                .group(loop)
                .channel(channelClass)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)
                        config.timeouts().connectTimeout().toMillis())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(256 * 1024, 1024 * 1024))
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ChannelPipeline p = ch.pipeline();
                        if (config.connection().tls().isPresent()) {
                            p.addLast("tls", sslHandler(ch, address));
                        }
                        SmppPipeline.addSmppHandlers(p, config);
                        p.addLast("session", session);
                    }
                });
        // an unresolved address: the bootstrap's resolver looks the name up now, on each connect
        return bootstrap.connect(address.host(), address.port());
    }

    /** TLS towards the address actually dialed: SNI and hostname verification use its name, not the primary's. */
    private SslHandler sslHandler(SocketChannel ch, SmscAddress address) {
        SslHandler handler =
                config.connection().tls().get().context().newHandler(ch.alloc(), address.host(), address.port());
        if (config.connection().tls().get().verifyHostname()) {
            SSLEngine engine = handler.engine();
            SSLParameters params = engine.getSSLParameters();
            params.setEndpointIdentificationAlgorithm("HTTPS");
            engine.setSSLParameters(params);
        }
        return handler;
    }
}
