package dev.smppkit.client.internal;

import dev.smppkit.client.ClientListener;
import dev.smppkit.client.ConnectionLostException;
import dev.smppkit.client.ResponseTimeoutException;
import dev.smppkit.client.SmppClientException;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduResponse;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.util.Timeout;
import io.netty.util.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The requests of one connection from their write to their answer: hands out sequence numbers, keeps each request
 * in the {@link Window} until its response, and fails it with {@link ResponseTimeoutException} if none comes in time.
 * The timeout starts when the write succeeds (time spent in our own outbound buffer is not the SMSC's fault): the
 * entry gets a deadline. One check per connection is pending on the client's shared wheel timer at any time, due at
 * the earliest deadline; it hops back to the event loop, fails what is overdue and schedules itself for the next
 * deadline. A request answered in time costs no timer work at all (a timeout per request cost a timer entry, its
 * cancellation and the timer thread's work on both). Each request completes exactly once: whoever removes it from
 * the window completes it.
 *
 * <p>Per connection; event loop only, except the timer callback, which only hops.
 */
final class RequestTracker {
    private final Window window;
    private final Timer timer;
    private final Consumer<Pdu> beforeWrite;
    private final Runnable afterTimeout;
    private final ClientListener instruments; // per client; null when none is registered
    private final String account;

    // per connection, event loop only; set once the handler that writes is in its pipeline
    private ChannelHandlerContext ctx;
    // per connection, event loop only: the pending deadline check, and the deadline it is due at (MAX_VALUE: none)
    private Timeout check;
    private long checkAt = Long.MAX_VALUE;

    /**
     * @param beforeWrite called with every request just before it is written (the hook's {@code sending})
     * @param afterTimeout called on the event loop after a request timed out and its listener was told
     */
    RequestTracker(int capacity, Timer timer, Consumer<Pdu> beforeWrite, Runnable afterTimeout) {
        this(capacity, timer, beforeWrite, afterTimeout, null, "");
    }

    /**
     * @param listener told of each request's write, answer or failure; null for none (then nothing is measured)
     * @param account the account's name, for the listener
     */
    RequestTracker(
            int capacity,
            Timer timer,
            Consumer<Pdu> beforeWrite,
            Runnable afterTimeout,
            ClientListener listener,
            String account) {
        this.window = new Window(capacity);
        this.timer = timer;
        this.beforeWrite = beforeWrite;
        this.afterTimeout = afterTimeout;
        this.instruments = listener;
        this.account = account;
    }

    /** Writes through {@code ctx} from now on; the context of the handler that owns this tracker. */
    void attach(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    Window window() {
        return window;
    }

    /**
     * Writes a request with a fresh sequence number and tracks it until {@link #complete}, its timeout or
     * {@link #failAll}. {@code counted} requests (submits) take a window slot; session requests do not. Does not
     * flush. Returns the sequence number.
     */
    int send(Pdu request, Window.Listener listener, boolean counted, Duration timeout) {
        int seq = window.nextSequence(); // §5.1.4: 0x00000001-0x7FFFFFFF, in order, skipping any still outstanding
        Pdu pdu = request.withSequenceNumber(seq);
        Window.Entry entry = new Window.Entry(seq, pdu, listener, counted);
        window.add(entry);
        if (instruments != null) {
            entry.writtenAt = System.nanoTime();
            entry.listenerContext = instruments.requestWritten(account, pdu, counted, entry.listener.extra());
        }
        beforeWrite.accept(pdu);
        long timeoutNanos = timeout.toNanos();
        ctx.write(pdu).addListener((ChannelFutureListener) f -> {
            if (f.isSuccess()) {
                if (window.contains(seq)) {
                    entry.deadline = deadline(System.nanoTime(), timeoutNanos);
                    if (entry.deadline < checkAt) {
                        checkAt(entry.deadline);
                    }
                }
            } else if (window.remove(seq) == entry) {
                fail(entry, new ConnectionLostException("write failed: " + f.cause(), f.cause()));
            }
        });
        return seq;
    }

    /**
     * Removes the request this response answers (cancelling its timeout) and returns it, without telling its
     * listener; null if no request with that sequence number is in flight.
     */
    Window.Entry complete(PduResponse response) {
        Window.Entry entry = window.remove(response.sequenceNumber());
        if (instruments != null && entry != null) {
            CommandStatus status = response.commandStatus();
            instruments.requestAnswered(
                    account,
                    entry.request,
                    entry.counted,
                    response,
                    System.nanoTime() - entry.writtenAt,
                    entry.listenerContext);
            if (status.equals(CommandStatus.ESME_RTHROTTLED) || status.equals(CommandStatus.ESME_RMSGQFUL)) {
                instruments.throttled(account, status);
            }
        }
        return entry;
    }

    /** Tells the request's listener, and the instrumentation listener if any, that it failed. */
    private void fail(Window.Entry entry, SmppClientException error) {
        if (instruments != null) {
            instruments.requestFailed(
                    account,
                    entry.request,
                    entry.counted,
                    error,
                    System.nanoTime() - entry.writtenAt,
                    entry.listenerContext);
        }
        entry.listener.onFailure(error);
    }

    /** The connection is gone: fails every request still in flight with {@code cause}. */
    void failAll(SmppClientException cause) {
        if (check != null) {
            check.cancel();
            check = null;
        }
        checkAt = Long.MAX_VALUE;
        List<Window.Entry> all = window.removeAll();
        for (Window.Entry e : all) {
            fail(e, cause);
        }
    }

    /** A deadline {@code nanos} after {@code now}; never 0, which marks an entry whose write has not succeeded. */
    private static long deadline(long now, long nanos) {
        long d = now + nanos;
        return d == 0 ? 1 : d;
    }

    /** Makes the pending check due at {@code deadline}, replacing a later one. */
    private void checkAt(long deadline) {
        if (check != null) {
            check.cancel();
        }
        checkAt = deadline;
        check = timer.newTimeout(
                t -> ctx.executor().execute(() -> check(deadline)),
                Math.max(0, deadline - System.nanoTime()),
                TimeUnit.NANOSECONDS);
    }

    /**
     * The check due at {@code due}: fails every request whose deadline has passed, then schedules the next check.
     * Deadlines are compared with the later of {@code due} and now, so a check the timer runs late (or a test's timer
     * runs early) still fails what it was scheduled for.
     */
    private void check(long due) {
        if (due != checkAt) {
            return; // replaced by an earlier check, or the connection is gone
        }
        check = null;
        checkAt = Long.MAX_VALUE;
        long now = Math.max(due, System.nanoTime());
        List<Window.Entry> overdue = new ArrayList<>();
        window.forEach(e -> {
            if (e.deadline != 0 && e.deadline - now <= 0) {
                overdue.add(e);
            }
        });
        for (Window.Entry e : overdue) {
            expire(e); // may send or close; the window is not being visited now
        }
        long[] next = {Long.MAX_VALUE};
        window.forEach(e -> {
            if (e.deadline != 0 && e.deadline < next[0]) {
                next[0] = e.deadline;
            }
        });
        if (next[0] < checkAt) {
            checkAt(next[0]);
        }
    }

    private void expire(Window.Entry entry) {
        if (window.remove(entry.sequenceNumber) == entry) {
            fail(
                    entry,
                    new ResponseTimeoutException("no response to " + entry.request.commandId() + " seq "
                            + entry.sequenceNumber + " in time"));
            afterTimeout.run();
        }
    }
}
