package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.smppkit.codec.internal.Transport;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import org.junit.jupiter.api.Test;

/** Which transport this test JVM runs on: CI runs the client's tests once with -Dsmppkit.client.epoll=false. */
class TransportTest {

    @Test
    void followsTheEpollProperty() {
        EventLoopGroup group = Transport.newGroup(1);
        try {
            if ("false".equals(System.getProperty(Transport.EPOLL_PROPERTY))) {
                assertThat(Transport.name()).isEqualTo("nio");
                assertThat(Transport.channelClass(group)).isEqualTo(NioSocketChannel.class);
            } else {
                assumeTrue(
                        Epoll.isAvailable(),
                        "native epoll does not load on this machine: " + Epoll.unavailabilityCause());
                assertThat(Transport.name()).isEqualTo("epoll");
                assertThat(Transport.channelClass(group)).isEqualTo(EpollSocketChannel.class);
            }
        } finally {
            group.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.SECONDS)
                    .syncUninterruptibly();
        }
    }
}
