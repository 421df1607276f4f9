package dev.smppkit.testkit.internal;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;

/**
 * The I/O transport: epoll when netty-transport-native-epoll is on the class path and loads (and the system property
 * {@code smppkit.testkit.epoll} is not {@code false}), NIO otherwise. The epoll classes are an optional dependency,
 * so they are touched only inside {@link EpollSupport}, after checking they can load.
 */
final class Transport {
    static final boolean EPOLL = epollAvailable();

    private Transport() {}

    static IoHandlerFactory ioHandlerFactory() {
        return EPOLL ? EpollSupport.ioHandlerFactory() : NioIoHandler.newFactory();
    }

    static Class<? extends ServerChannel> serverChannel() {
        return EPOLL ? EpollSupport.serverChannel() : NioServerSocketChannel.class;
    }

    static Class<? extends SocketChannel> socketChannel() {
        return EPOLL ? EpollSupport.socketChannel() : NioSocketChannel.class;
    }

    static String name() {
        return EPOLL ? "epoll" : "nio";
    }

    private static boolean epollAvailable() {
        if ("false".equals(System.getProperty("smppkit.testkit.epoll"))) {
            return false;
        }
        try {
            return EpollSupport.isAvailable();
        } catch (LinkageError e) {
            return false; // netty-transport-classes-epoll is not on the class path
        }
    }

    private static final class EpollSupport {
        static boolean isAvailable() {
            return Epoll.isAvailable();
        }

        static IoHandlerFactory ioHandlerFactory() {
            return EpollIoHandler.newFactory();
        }

        static Class<? extends ServerChannel> serverChannel() {
            return EpollServerSocketChannel.class;
        }

        static Class<? extends SocketChannel> socketChannel() {
            return EpollSocketChannel.class;
        }
    }
}
