package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.ClientListener;
import dev.smppkit.client.ResponseTimeoutException;
import dev.smppkit.client.SmppClientException;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompositeListenerTest {
    /** Returns its name as the context and records the context it is handed back. */
    static final class Named implements ClientListener {
        final String name;
        final List<Object> handedBack = new ArrayList<>();

        Named(String name) {
            this.name = name;
        }

        @Override
        public Object requestWritten(String account, Pdu request, boolean windowed, Map<String, String> extra) {
            return name;
        }

        @Override
        public void requestAnswered(
                String account,
                Pdu request,
                boolean windowed,
                PduResponse response,
                long latencyNanos,
                Object context) {
            handedBack.add(context);
        }

        @Override
        public void requestFailed(
                String account,
                Pdu request,
                boolean windowed,
                SmppClientException error,
                long elapsedNanos,
                Object context) {
            handedBack.add(context);
        }
    }

    @Test
    void noListenersOrOnlyNoopsIsNoopSoTheClientMakesNoCalls() {
        assertThat(ClientListener.composite(List.of())).isSameAs(ClientListener.NOOP);
        assertThat(ClientListener.composite(List.of(ClientListener.NOOP, ClientListener.NOOP)))
                .isSameAs(ClientListener.NOOP);
        assertThat(CompositeListener.guard(ClientListener.NOOP)).isSameAs(ClientListener.NOOP);
    }

    @Test
    void eachListenerGetsItsOwnContextBack() {
        Named a = new Named("a");
        Named b = new Named("b");
        ClientListener both = ClientListener.composite(List.of(a, ClientListener.NOOP, b));
        EnquireLink ping = EnquireLink.create();

        Object context = both.requestWritten("acme", ping, false, Map.of());
        both.requestAnswered(
                "acme", ping, false, ping.createResponse(dev.smppkit.codec.CommandStatus.ESME_ROK), 1, context);
        both.requestFailed("acme", ping, false, new ResponseTimeoutException("late"), 1, context);

        assertThat(a.handedBack).containsExactly("a", "a");
        assertThat(b.handedBack).containsExactly("b", "b");
    }

    @Test
    void aSingleGuardedListenerGetsItsContextAsItIsAndAThrowDoesNotEscape() {
        Named a = new Named("a");
        ClientListener guarded = CompositeListener.guard(a);
        assertThat(CompositeListener.guard(guarded)).isSameAs(guarded);
        EnquireLink ping = EnquireLink.create();
        assertThat(guarded.requestWritten("acme", ping, false, Map.of())).isEqualTo("a");

        ClientListener throwing = CompositeListener.guard(new ClientListener() {
            @Override
            public void throttled(String account, dev.smppkit.codec.CommandStatus status) {
                throw new IllegalStateException("broken");
            }
        });
        throwing.throttled("acme", dev.smppkit.codec.CommandStatus.ESME_RTHROTTLED); // logged, not thrown
        assertThat(a.handedBack).isEmpty();
    }
}
