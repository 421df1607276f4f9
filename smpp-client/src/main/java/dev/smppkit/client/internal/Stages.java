package dev.smppkit.client.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The fast path of a stage that is already complete: an in-memory correlator's or a hook that finished at once. */
final class Stages {
    private Stages() {}

    /**
     * Whether {@code stage} is a {@link CompletableFuture} that has completed normally, so that its value can be
     * taken with {@code toCompletableFuture().join()} at once instead of chaining a callback (one allocation and a
     * possible hop fewer on the hot path).
     */
    static boolean doneNormally(CompletionStage<?> stage) {
        return stage instanceof CompletableFuture<?> f && f.isDone() && !f.isCompletedExceptionally();
    }
}
