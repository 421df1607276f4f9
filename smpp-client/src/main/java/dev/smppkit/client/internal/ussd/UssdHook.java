package dev.smppkit.client.internal.ussd;

import dev.smppkit.client.Hook;
import dev.smppkit.client.IncomingMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.ReceiptEvent;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.SmppClientException;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.pdu.Pdu;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The hook an ESME is built with: USSD session messages go to the {@link UssdEngine}, everything else (and every
 * other callback) to the user's hook unchanged. Stateless beyond its two delegates.
 */
public final class UssdHook implements Hook {
    private final UssdEngine engine;
    private final Hook user;

    public UssdHook(UssdEngine engine, Hook user) {
        this.engine = engine;
        this.user = user;
    }

    @Override
    public CompletionStage<Void> onIncomingMessage(IncomingMessage message) {
        CompletableFuture<Void> handled = engine.onIncoming(message);
        return handled != null ? handled : user.onIncomingMessage(message);
    }

    @Override
    public void sending(Pdu pdu) {
        user.sending(pdu);
    }

    @Override
    public void received(Pdu pdu) {
        user.received(pdu);
    }

    @Override
    public void sendError(QueuedMessage message, SmppClientException error) {
        user.sendError(message, error);
    }

    @Override
    public CompletionStage<Void> onSubmitOutcome(QueuedMessage message, SubmitOutcome outcome) {
        return user.onSubmitOutcome(message, outcome);
    }

    @Override
    public CompletionStage<Void> onDeliveryReceipt(ReceiptEvent receipt) {
        return user.onDeliveryReceipt(receipt);
    }

    @Override
    public void onSessionEvent(SessionEvent event) {
        user.onSessionEvent(event);
    }
}
