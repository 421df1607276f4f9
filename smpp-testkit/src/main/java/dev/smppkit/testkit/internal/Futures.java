package dev.smppkit.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Combining the futures of a message's parts. */
final class Futures {
    private Futures() {}

    /** A future of every part's result, in order; fails with the first part that fails. */
    static <T> CompletableFuture<List<T>> allOf(List<CompletableFuture<T>> parts) {
        return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenApply(v -> {
            List<T> out = new ArrayList<>(parts.size());
            parts.forEach(p -> out.add(p.join()));
            return out;
        });
    }
}
