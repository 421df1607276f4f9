package dev.smppkit.client.internal.gateway;

import dev.smppkit.client.Hook;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.client.SessionEvent;
import dev.smppkit.client.SmppClientException;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.client.internal.ForwardingHook;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The hook of one account's ESME: passes everything on to the user's hook, except the outcomes of messages that fail
 * over to another account (the user sees one outcome per message, from the account that ended it), and feeds session
 * events to the account's circuit and the dispatcher. Per account; called on the account's event loops.
 */
final class AccountHook extends ForwardingHook {
    private final AccountLane lane;
    private final Dispatcher dispatcher;

    AccountHook(AccountLane lane, Dispatcher dispatcher, Hook user) {
        super(user);
        this.lane = lane;
        this.dispatcher = dispatcher;
    }

    @Override
    public void sendError(QueuedMessage message, SmppClientException error) {
        if (!dispatcher.wouldFailOver(lane, message, new SubmitOutcome.Failed(error, lane.name))) {
            delegate.sendError(message, error);
        }
    }

    @Override
    public CompletionStage<Void> onSubmitOutcome(QueuedMessage message, SubmitOutcome outcome) {
        if (dispatcher.decide(lane, message, outcome)) {
            return CompletableFuture.completedFuture(null);
        }
        return delegate.onSubmitOutcome(message, outcome);
    }

    @Override
    public void onSessionEvent(SessionEvent event) {
        lane.sessionEvent(event);
        if (event.type() == SessionEvent.Type.BOUND || event.type() == SessionEvent.Type.CONNECTION_LOST) {
            dispatcher.kick(); // the account came up or went down: its waiting messages may move
        }
        delegate.onSessionEvent(event);
    }
}
