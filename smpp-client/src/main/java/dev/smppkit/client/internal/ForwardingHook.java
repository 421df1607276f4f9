package dev.smppkit.client.internal;

import dev.smppkit.client.Hook;
import dev.smppkit.client.IncomingMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.ReceiptEvent;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.SmppClientException;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.pdu.Pdu;
import java.util.concurrent.CompletionStage;

/**
 * A hook that passes every callback on to another: the base of the client's own decorators, which override only the
 * callbacks they intercept. Holds nothing but the delegate.
 */
public abstract class ForwardingHook implements Hook {
    /** The hook everything not intercepted goes to. */
    protected final Hook delegate;

    protected ForwardingHook(Hook delegate) {
        this.delegate = delegate;
    }

    @Override
    public void sending(Pdu pdu) {
        delegate.sending(pdu);
    }

    @Override
    public void received(Pdu pdu) {
        delegate.received(pdu);
    }

    @Override
    public void sendError(QueuedMessage message, SmppClientException error) {
        delegate.sendError(message, error);
    }

    @Override
    public CompletionStage<Void> onSubmitOutcome(QueuedMessage message, SubmitOutcome outcome) {
        return delegate.onSubmitOutcome(message, outcome);
    }

    @Override
    public CompletionStage<Void> onDeliveryReceipt(ReceiptEvent receipt) {
        return delegate.onDeliveryReceipt(receipt);
    }

    @Override
    public CompletionStage<Void> onIncomingMessage(IncomingMessage message) {
        return delegate.onIncomingMessage(message);
    }

    @Override
    public void onSessionEvent(SessionEvent event) {
        delegate.onSessionEvent(event);
    }
}
