package dev.smppkit.bench;

import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs JMH's benchmark threads as Netty {@code FastThreadLocalThread}s, the kind of thread an event loop runs on, so
 * that the pooled allocator's thread cache, the object recycler and Netty's thread-local scratch arrays behave as they
 * do in a channel. On a plain thread Netty 4.2 skips them (to be friendly to virtual threads), and every buffer costs a
 * new {@code ByteBuf} object that the codec did not ask for. Selected with
 * {@code -Djmh.executor=CUSTOM -Djmh.executor.class=dev.smppkit.bench.EventLoopThreadExecutor}.
 */
public final class EventLoopThreadExecutor extends ThreadPoolExecutor {
    /** The constructor JMH calls for a custom executor. */
    public EventLoopThreadExecutor(int maxThreads, String prefix) {
        super(
                maxThreads,
                maxThreads,
                1,
                TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(),
                new DefaultThreadFactory(prefix, true));
    }
}
