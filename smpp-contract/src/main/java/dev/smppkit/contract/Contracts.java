package dev.smppkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.smppkit.client.Broker;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.codec.Address;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** What the contract tests share: waiting with a timeout, test messages, taking until enough arrived. */
final class Contracts {
    /** How long "nothing to take" is watched: long enough to catch a broken broker, short enough for a test. */
    private static final Duration QUIET = Duration.ofMillis(300);

    private Contracts() {}

    static <T> T await(CompletionStage<T> stage, Duration timeout) {
        try {
            return stage.toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return fail("the broker did not answer within " + timeout);
        } catch (ExecutionException e) {
            return fail("the stage failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    /** A distinct message per number, with the fields a broker must keep. */
    static OutboundMessage message(int n) {
        return OutboundMessage.builder()
                .from(Address.alphanumeric("CONTRACT"))
                .to(Address.international("4477009" + String.format(java.util.Locale.ROOT, "%05d", n % 100_000)))
                .text("contract message " + n)
                .requestReceipt(n % 2 == 0)
                .trackingId("t-" + n)
                .extra(Map.of("n", Integer.toString(n)))
                .build();
    }

    /** Takes until {@code n} messages came (a broker may answer a take with fewer, or none). */
    static List<QueuedMessage> takeExactly(Broker broker, int n, Duration timeout) {
        List<QueuedMessage> got = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (got.size() < n) {
            if (System.nanoTime() - deadline > 0) {
                fail("took " + got.size() + " of " + n + " messages within " + timeout);
            }
            got.addAll(await(broker.take(n - got.size()), timeout));
        }
        assertEquals(n, got.size(), "take handed out more than asked for");
        return got;
    }

    /** One non-empty answer to {@code take(max)}. */
    static List<QueuedMessage> takeSome(Broker broker, int max, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() - deadline < 0) {
            List<QueuedMessage> got = await(broker.take(max), timeout);
            if (!got.isEmpty()) {
                return got;
            }
        }
        return fail("no message within " + timeout);
    }

    /** A take answered within a short while, or cancelled then (losing nothing, by the contract) and empty. */
    static List<QueuedMessage> takeOrCancel(Broker broker, int max) {
        CompletableFuture<List<QueuedMessage>> take = broker.take(max).toCompletableFuture();
        try {
            return take.get(QUIET.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            take.cancel(false);
            // It may have been answered just before the cancel: then its messages are ours.
            return take.isCancelled() ? List.of() : take.join();
        } catch (ExecutionException e) {
            return fail("take failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    /** A take started now is still unanswered, or answered empty, after a short while; it is then cancelled. */
    static void assertNothingToTake(Broker broker) {
        CompletableFuture<List<QueuedMessage>> take = broker.take(10).toCompletableFuture();
        try {
            List<QueuedMessage> got = take.get(QUIET.toMillis(), TimeUnit.MILLISECONDS);
            assertEquals(List.of(), got, "nothing should be left to take");
        } catch (TimeoutException e) {
            take.cancel(false); // still waiting: nothing was there
        } catch (ExecutionException e) {
            fail("take failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }
}
