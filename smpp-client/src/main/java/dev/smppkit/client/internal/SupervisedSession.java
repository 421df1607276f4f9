package dev.smppkit.client.internal;

import io.netty.channel.ChannelHandler;

/**
 * What a {@link SessionSupervisor} needs from the session of one connection: a handler to end the pipeline with, and
 * a few questions and one command. {@link SmppSession} in production, a fake in the supervisor's tests.
 */
interface SupervisedSession extends ChannelHandler {
    /** Whether the session is bound now; event loop only. */
    boolean isBound();

    /** The error that closed the connection, or null if it closed without one; event loop only. */
    Throwable closeCause();

    /** Begins a graceful stop that ends with the connection closed (see SmppSession.stop); event loop only. */
    void drain(long deadlineNanos);

    /**
     * Binds on a connection that was already active when the session joined its pipeline (an accepted outbind
     * connection); a dialed connection binds on {@code channelActive}. Event loop only.
     */
    void bindNow();

    /**
     * Takes a client operation (query_sm, cancel_sm, replace_sm) to send when the window and the throttle allow, or
     * fails it if the session is stopping. Event loop only.
     *
     * @return false if the session cannot transmit (not bound, or bound as a receiver): the caller routes it elsewhere
     */
    default boolean operate(Operation<?> op) {
        return false;
    }
}
