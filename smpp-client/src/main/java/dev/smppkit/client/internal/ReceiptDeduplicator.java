package dev.smppkit.client.internal;

import dev.smppkit.codec.internal.MessageIds;
import dev.smppkit.codec.text.DeliveryReceipt;
import dev.smppkit.codec.text.ReceiptStat;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * Lets a receipt that arrives twice (an SMSC that missed our deliver_sm_resp, or sends on two binds) reach the hook
 * once. A receipt is known by its account, the handset it is about (its source_addr), its id's {@link MessageIds#key key} and its stat, so ENROUTE then DELIVRD
 * both go through but a repeated DELIVRD does not.
 *
 * <p>A receipt counts as delivered only once its hook accepted it (answered ESME_ROK): one answered ESME_RX_T_APPN
 * is not remembered, so the SMSC's retry reaches the hook. A duplicate arriving while the first is still with the hook
 * waits for it: it is a duplicate if the first is delivered, and takes its place if not. Delivered receipts are
 * remembered for {@code window} and at most {@code maxEntries} of them (oldest forgotten first); the ones in progress
 * are bounded by the deliveries in flight.
 *
 * <p>Per client (the SMSC may repeat a receipt on another bind); thread-safe: each call holds this object's lock for
 * a hash lookup and the eviction of what has aged out, never while calling out.
 */
final class ReceiptDeduplicator {
    private final long windowNanos; // 0: off
    private final int maxEntries;
    private final LongSupplier nanoTime;
    // guarded by this; insertion order is age order
    private final LinkedHashMap<String, Long> delivered = new LinkedHashMap<>();
    // guarded by this: receipts with the hook now
    private final Map<String, KeyClaim> inProgress = new HashMap<>();

    ReceiptDeduplicator(long windowNanos, int maxEntries, LongSupplier nanoTime) {
        this.windowNanos = windowNanos;
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
    }

    /** A receipt's right to go to the hook; {@link #settle} it exactly once when its delivery is answered. */
    interface Claim {
        /** Records whether the hook took the receipt; later calls do nothing. Any thread. */
        void settle(boolean deliveredToHook);
    }

    private static final Claim NONE = deliveredToHook -> {};
    private static final CompletableFuture<Claim> NONE_NOW = CompletableFuture.completedFuture(NONE);
    private static final CompletableFuture<Claim> DUPLICATE = CompletableFuture.completedFuture(null);

    /**
     * Completes with a claim if this receipt should go to the hook, or with null if it is a duplicate of one the hook
     * already took (answer it ESME_ROK without calling the hook). May complete later, on the thread that settles an
     * earlier copy still in progress. Usually complete on return.
     */
    CompletableFuture<Claim> claim(String account, String handset, DeliveryReceipt receipt) {
        if (windowNanos == 0) {
            return NONE_NOW;
        }
        return claim(key(account, handset, receipt));
    }

    private CompletableFuture<Claim> claim(String key) {
        KeyClaim mine = new KeyClaim(key);
        CompletableFuture<Boolean> earlier;
        synchronized (this) {
            evict(nanoTime.getAsLong());
            if (delivered.containsKey(key)) {
                return DUPLICATE;
            }
            KeyClaim current = inProgress.putIfAbsent(key, mine);
            if (current == null) {
                return CompletableFuture.completedFuture(mine);
            }
            if (current.waiters == null) {
                current.waiters = new CompletableFuture<>();
            }
            earlier = current.waiters;
        }
        // the same receipt is with the hook now: a duplicate if it is taken, else try again to take its place
        return earlier.thenCompose(taken -> taken ? DUPLICATE : claim(key));
    }

    /** The claim of one key; its waiters (duplicates that came meanwhile) learn whether the hook took it. */
    private final class KeyClaim implements Claim {
        final String key;
        // guarded by the deduplicator
        boolean settled;
        CompletableFuture<Boolean> waiters; // made by the first duplicate

        KeyClaim(String key) {
            this.key = key;
        }

        @Override
        public void settle(boolean deliveredToHook) {
            CompletableFuture<Boolean> w;
            synchronized (ReceiptDeduplicator.this) {
                if (settled) {
                    return;
                }
                settled = true;
                inProgress.remove(key);
                if (deliveredToHook) {
                    long now = nanoTime.getAsLong();
                    if (delivered.putIfAbsent(key, now) != null) { // not expected: its copies waited for this one
                        delivered.remove(key);
                        delivered.put(key, now); // at the young end
                    }
                    evict(now);
                }
                w = waiters;
            }
            if (w != null) {
                w.complete(deliveredToHook); // outside the lock: waiting duplicates run on
            }
        }
    }

    /** How many delivered receipts are remembered now. */
    synchronized int size() {
        return delivered.size();
    }

    private void evict(long now) {
        Iterator<Long> it = delivered.values().iterator();
        while (it.hasNext()) {
            long at = it.next();
            if (delivered.size() > maxEntries || now - at >= windowNanos) {
                it.remove();
            } else {
                break;
            }
        }
    }

    static String key(String account, String handset, DeliveryReceipt receipt) {
        ReceiptStat stat = receipt.stat();
        String s = stat == ReceiptStat.UNRECOGNIZED ? receipt.rawStat().strip().toUpperCase(Locale.ROOT) : stat.name();
        // the handset too: a submit_multi's destinations share one message id, and each gets a receipt of its own
        return account + '\u0000' + handset + '\u0000' + MessageIds.key(receipt.id()) + '\u0000' + s;
    }
}
