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

/**
 * The I/O transport: native epoll when netty-transport-native-epoll is on the class path and its library loads (Linux),
 * and the system property {@code smppkit.client.epoll} is not {@code false}; NIO otherwise. The epoll classes are an
 * optional dependency, so they are touched only inside {@link EpollSupport}, after checking they can load.
 */
final class Transport {
    /** Set {@code -Dsmppkit.client.epoll=false} to force NIO (CI runs the client ITs once that way). */
    static final String EPOLL_PROPERTY = "smppkit.client.epoll";

    static final boolean EPOLL = epollAvailable();

    private Transport() {}

    static EventLoopGroup newGroup(int threads) {
        IoHandlerFactory factory = EPOLL ? EpollSupport.ioHandlerFactory() : NioIoHandler.newFactory();
        return new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory("smppkit-esme", true), factory);
    }

    /** The socket channel type that runs on {@code group}'s loops (the user may have passed an NIO group). */
    static Class<? extends SocketChannel> channelClass(EventLoopGroup group) {
        return runsEpoll(group) ? EpollSupport.socketChannel() : NioSocketChannel.class;
    }

    /** The server socket channel type that runs on {@code group}'s loops (for the outbind listener). */
    static Class<? extends ServerSocketChannel> serverChannelClass(EventLoopGroup group) {
        return runsEpoll(group) ? EpollSupport.serverChannel() : NioServerSocketChannel.class;
    }

    static String name() {
        return EPOLL ? "epoll" : "nio";
    }

    private static boolean runsEpoll(EventLoopGroup group) {
        EventLoop loop = group.next();
        return EPOLL && loop instanceof IoEventLoop io && EpollSupport.runs(io);
    }

    private static boolean epollAvailable() {
        if ("false".equals(System.getProperty(EPOLL_PROPERTY))) {
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

        static boolean runs(IoEventLoop loop) {
            return loop.isIoType(EpollIoHandler.class);
        }

        static IoHandlerFactory ioHandlerFactory() {
            return EpollIoHandler.newFactory();
        }

        static Class<? extends SocketChannel> socketChannel() {
            return EpollSocketChannel.class;
        }

        static Class<? extends ServerSocketChannel> serverChannel() {
            return EpollServerSocketChannel.class;
        }
    }
}
