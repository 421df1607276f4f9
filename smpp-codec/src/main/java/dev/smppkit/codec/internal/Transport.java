package dev.smppkit.codec.internal;

import io.netty.channel.Channel;
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
 * The I/O transport of the client and the simulator: native epoll when netty-transport-native-epoll is on the class
 * path and its library loads (Linux), and the module's system property ({@link #EPOLL_PROPERTY} for the client,
 * {@link #SIMULATOR_EPOLL_PROPERTY} for the simulator) is not {@code false}; NIO otherwise. The epoll classes are an
 * optional dependency, so they are touched only inside {@link EpollSupport}, after checking they can load. Channel
 * types follow the loops a group actually runs, since the client's user may pass an NIO group of their own.
 */
public final class Transport {
    /** Set {@code -Dsmppkit.client.epoll=false} to force NIO on the client (CI runs the client ITs once that way). */
    public static final String EPOLL_PROPERTY = "smppkit.client.epoll";

    /** Set {@code -Dsmppkit.testkit.epoll=false} to force NIO on the simulator. */
    public static final String SIMULATOR_EPOLL_PROPERTY = "smppkit.testkit.epoll";

    private static final boolean EPOLL_LOADS = epollLoads();

    private Transport() {}

    /**
     * The client's event loops: daemon threads named {@code smppkit-esme-*}.
     *
     * @param threads the number of event loops (0 for Netty's default)
     * @return a new group; the caller shuts it down
     */
    public static EventLoopGroup newGroup(int threads) {
        return newGroup(threads, "smppkit-esme", EPOLL_PROPERTY);
    }

    /**
     * Event loops of daemon threads named {@code threadName-*}, epoll unless {@code property} is {@code false}.
     *
     * @param threads the number of event loops (0 for Netty's default)
     * @param threadName the prefix of the threads' names
     * @param property the system property that, set to {@code false}, forces NIO
     * @return a new group; the caller shuts it down
     */
    public static EventLoopGroup newGroup(int threads, String threadName, String property) {
        IoHandlerFactory factory = epoll(property) ? EpollSupport.ioHandlerFactory() : NioIoHandler.newFactory();
        return new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory(threadName, true), factory);
    }

    /**
     * The socket channel type that runs on {@code group}'s loops.
     *
     * @param group a group made by {@link #newGroup(int, String, String)}
     * @return the epoll or NIO socket channel class
     */
    public static Class<? extends SocketChannel> channelClass(EventLoopGroup group) {
        return runsEpoll(group) ? EpollSupport.socketChannel() : NioSocketChannel.class;
    }

    /**
     * The server socket channel type that runs on {@code group}'s loops.
     *
     * @param group a group made by {@link #newGroup(int, String, String)}
     * @return the epoll or NIO server socket channel class
     */
    public static Class<? extends ServerSocketChannel> serverChannelClass(EventLoopGroup group) {
        return runsEpoll(group) ? EpollSupport.serverChannel() : NioServerSocketChannel.class;
    }

    /**
     * Asks the kernel to acknowledge what {@code channel} has received at once rather than after the delayed-ACK
     * timer (40 ms on Linux); call after each read, since Linux leaves quick-ACK mode again on its own. Does nothing
     * on NIO, which cannot set it.
     *
     * <p>Why: a peer that leaves Nagle's algorithm on (Cloudhopper's client does) holds each small write until its
     * previous one is acknowledged. When this side has no data of its own to send back at that moment (a window of
     * deliver_sm waiting for their responses), the ACK waits for the timer and every round trip stalls 40 ms: Cloudhopper
     * with receipts ran at 3,600 messages/s (p50 40 ms) against the simulator instead of 17,000.
     *
     * @param channel a connected socket channel
     */
    public static void quickAck(Channel channel) {
        if (EPOLL_LOADS) {
            EpollSupport.quickAck(channel);
        }
    }

    /**
     * The client's transport.
     *
     * @return {@code epoll} or {@code nio}
     */
    public static String name() {
        return name(EPOLL_PROPERTY);
    }

    /**
     * The transport {@link #newGroup(int, String, String)} picks with this property.
     *
     * @param property the system property that, set to {@code false}, forces NIO
     * @return {@code epoll} or {@code nio}
     */
    public static String name(String property) {
        return epoll(property) ? "epoll" : "nio";
    }

    private static boolean epoll(String property) {
        return EPOLL_LOADS && !"false".equals(System.getProperty(property));
    }

    private static boolean runsEpoll(EventLoopGroup group) {
        EventLoop loop = group.next();
        return EPOLL_LOADS && loop instanceof IoEventLoop io && EpollSupport.runs(io);
    }

    private static boolean epollLoads() {
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

        static void quickAck(Channel channel) {
            if (channel instanceof EpollSocketChannel epoll && epoll.isActive()) {
                epoll.config().setTcpQuickAck(true);
            }
        }
    }
}
