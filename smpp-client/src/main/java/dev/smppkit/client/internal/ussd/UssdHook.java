package dev.smppkit.client.internal.ussd;

import dev.smppkit.client.Hook;
import dev.smppkit.client.IncomingMessage;
import dev.smppkit.client.internal.ForwardingHook;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The hook an ESME is built with: USSD session messages go to the {@link UssdEngine}, everything else (and every
 * other callback) to the user's hook unchanged. Stateless beyond its two delegates.
 */
public final class UssdHook extends ForwardingHook {
    private final UssdEngine engine;

    public UssdHook(UssdEngine engine, Hook user) {
        super(user);
        this.engine = engine;
    }

    @Override
    public CompletionStage<Void> onIncomingMessage(IncomingMessage message) {
        CompletableFuture<Void> handled = engine.onIncoming(message);
        return handled != null ? handled : delegate.onIncomingMessage(message);
    }
}
