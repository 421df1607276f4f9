package dev.smppkit.client.internal;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoEventLoop;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;

/** Native epoll when its library loads (Linux), NIO otherwise. */
final class Transport {
    private Transport() {}

    static boolean epollAvailable() {
        return Epoll.isAvailable();
    }

    static EventLoopGroup newGroup(int threads) {
        IoHandlerFactory factory = epollAvailable() ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        return new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory("smppkit-esme", true), factory);
    }

    /** The socket channel type that runs on {@code group}'s loops. */
    static Class<? extends SocketChannel> channelClass(EventLoopGroup group) {
        EventLoop loop = group.next();
        if (loop instanceof IoEventLoop io && epollAvailable() && io.isIoType(EpollIoHandler.class)) {
            return EpollSocketChannel.class;
        }
        return NioSocketChannel.class;
    }

    /** The server socket channel type that runs on {@code group}'s loops (for the outbind listener). */
    static Class<? extends ServerSocketChannel> serverChannelClass(EventLoopGroup group) {
        return channelClass(group) == EpollSocketChannel.class
                ? EpollServerSocketChannel.class
                : NioServerSocketChannel.class;
    }
}
