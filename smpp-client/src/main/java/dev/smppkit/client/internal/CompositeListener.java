package dev.smppkit.client.internal;

import dev.smppkit.client.ClientListener;
import dev.smppkit.client.SmppClientException;
import dev.smppkit.client.Tracking;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * The listener the client calls: the user's listeners in order, each call guarded, so that a throw is logged (through
 * a {@link RepeatingFailureLog}: a broken listener usually fails for every PDU) and the next listener still runs. The
 * client calls it only when at least one listener is registered, so none of this runs otherwise.
 *
 * <p>Immutable; thread-safe if the listeners are. With several listeners, {@link #requestWritten} returns an array of
 * their contexts and hands each its own back.
 */
public final class CompositeListener implements ClientListener {
    private static final RepeatingFailureLog FAILURES =
            new RepeatingFailureLog(LoggerFactory.getLogger(ClientListener.class), 10, TimeUnit.SECONDS);

    private final ClientListener[] listeners;

    private CompositeListener(ClientListener[] listeners) {
        this.listeners = listeners;
    }

    /**
     * The listeners as one: {@link ClientListener#NOOP} if there are none but no-ops, else a guarded composite.
     *
     * @param listeners the listeners, none null
     * @return {@link ClientListener#NOOP} or a {@code CompositeListener}
     */
    public static ClientListener of(List<ClientListener> listeners) {
        Objects.requireNonNull(listeners, "listeners");
        List<ClientListener> real = listeners.stream()
                .map(l -> Objects.requireNonNull(l, "listener"))
                .filter(l -> l != NOOP)
                .flatMap(l -> l instanceof CompositeListener c
                        ? List.of(c.listeners).stream()
                        : java.util.stream.Stream.of(l))
                .toList();
        return real.isEmpty() ? NOOP : new CompositeListener(real.toArray(ClientListener[]::new));
    }

    /**
     * {@code listener} with its calls guarded: itself if it is {@link ClientListener#NOOP} or already guarded.
     *
     * @param listener the listener
     * @return the guarded listener
     */
    public static ClientListener guard(ClientListener listener) {
        return listener instanceof CompositeListener ? listener : of(List.of(listener));
    }

    private static void threw(String method, RuntimeException e) {
        FAILURES.record(RepeatingFailureLog.Level.WARN, "ClientListener." + method + " threw", "ignored", e);
    }

    private Object contextOf(Object context, int i) {
        return listeners.length == 1 ? context : context instanceof Object[] all ? all[i] : null;
    }

    @Override
    public Object requestWritten(String account, Pdu request, boolean windowed, Map<String, String> extra) {
        if (listeners.length == 1) {
            try {
                return listeners[0].requestWritten(account, request, windowed, extra);
            } catch (RuntimeException e) {
                threw("requestWritten", e);
                return null;
            }
        }
        Object[] contexts = new Object[listeners.length];
        for (int i = 0; i < listeners.length; i++) {
            try {
                contexts[i] = listeners[i].requestWritten(account, request, windowed, extra);
            } catch (RuntimeException e) {
                threw("requestWritten", e);
            }
        }
        return contexts;
    }

    @Override
    public void requestAnswered(
            String account, Pdu request, boolean windowed, PduResponse response, long latencyNanos, Object context) {
        for (int i = 0; i < listeners.length; i++) {
            try {
                listeners[i].requestAnswered(account, request, windowed, response, latencyNanos, contextOf(context, i));
            } catch (RuntimeException e) {
                threw("requestAnswered", e);
            }
        }
    }

    @Override
    public void requestFailed(
            String account,
            Pdu request,
            boolean windowed,
            SmppClientException error,
            long elapsedNanos,
            Object context) {
        for (int i = 0; i < listeners.length; i++) {
            try {
                listeners[i].requestFailed(account, request, windowed, error, elapsedNanos, contextOf(context, i));
            } catch (RuntimeException e) {
                threw("requestFailed", e);
            }
        }
    }

    @Override
    public void throttled(String account, CommandStatus status) {
        for (ClientListener l : listeners) {
            try {
                l.throttled(account, status);
            } catch (RuntimeException e) {
                threw("throttled", e);
            }
        }
    }

    @Override
    public void throttlePause(String account, boolean paused) {
        for (ClientListener l : listeners) {
            try {
                l.throttlePause(account, paused);
            } catch (RuntimeException e) {
                threw("throttlePause", e);
            }
        }
    }

    @Override
    public void sessionSlot(String account, boolean running) {
        for (ClientListener l : listeners) {
            try {
                l.sessionSlot(account, running);
            } catch (RuntimeException e) {
                threw("sessionSlot", e);
            }
        }
    }

    @Override
    public void sessionBound(String account, BindType bindType, String address) {
        for (ClientListener l : listeners) {
            try {
                l.sessionBound(account, bindType, address);
            } catch (RuntimeException e) {
                threw("sessionBound", e);
            }
        }
    }

    @Override
    public void sessionUnbound(String account, BindType bindType, String address) {
        for (ClientListener l : listeners) {
            try {
                l.sessionUnbound(account, bindType, address);
            } catch (RuntimeException e) {
                threw("sessionUnbound", e);
            }
        }
    }

    @Override
    public void reconnecting(String account, int attempt, Duration delay) {
        for (ClientListener l : listeners) {
            try {
                l.reconnecting(account, attempt, delay);
            } catch (RuntimeException e) {
                threw("reconnecting", e);
            }
        }
    }

    @Override
    public void receiptMatched(String account, Tracking tracking, long delayNanos) {
        for (ClientListener l : listeners) {
            try {
                l.receiptMatched(account, tracking, delayNanos);
            } catch (RuntimeException e) {
                threw("receiptMatched", e);
            }
        }
    }

    @Override
    public void receiptUnmatched(String account) {
        for (ClientListener l : listeners) {
            try {
                l.receiptUnmatched(account);
            } catch (RuntimeException e) {
                threw("receiptUnmatched", e);
            }
        }
    }

    @Override
    public void inboundMessage(String account, int segments) {
        for (ClientListener l : listeners) {
            try {
                l.inboundMessage(account, segments);
            } catch (RuntimeException e) {
                threw("inboundMessage", e);
            }
        }
    }

    @Override
    public void brokerTake(String account, int messages, long latencyNanos) {
        for (ClientListener l : listeners) {
            try {
                l.brokerTake(account, messages, latencyNanos);
            } catch (RuntimeException e) {
                threw("brokerTake", e);
            }
        }
    }

    @Override
    public void pduWritten(String session, Pdu pdu) {
        for (ClientListener l : listeners) {
            try {
                l.pduWritten(session, pdu);
            } catch (RuntimeException e) {
                threw("pduWritten", e);
            }
        }
    }

    @Override
    public void pduReceived(String session, Pdu pdu) {
        for (ClientListener l : listeners) {
            try {
                l.pduReceived(session, pdu);
            } catch (RuntimeException e) {
                threw("pduReceived", e);
            }
        }
    }
}
