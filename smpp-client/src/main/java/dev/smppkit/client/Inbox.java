package dev.smppkit.client;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * A durable store for incoming deliver_sm and data_sm (messages, segments of long messages and delivery receipts),
 * so that nothing the SMSC was told it may forget is lost in a crash. With an inbox (see {@code
 * EsmeBuilder.inbox}) the client answers a deliver_sm or data_sm ESME_ROK only once its {@link #store} completed (the
 * row is committed), ESME_RX_T_APPN if the store fails or outlasts the hook timeout. A drainer per client then
 * {@linkplain #take takes} what is ready (a single PDU, or every segment of a long message), hands it to the hook and
 * marks it {@linkplain #done done} only after the hook's stage completed normally; a hook that fails or times out
 * gets it again later ({@link #release}), and so does the next process when this one dies while the hook runs. The
 * hook is therefore called at least once per stored message, with the {@link InboxClaim#id() claim id} as the
 * idempotency key ({@link IncomingMessage#inboxId()}, {@link ReceiptEvent#inboxId()}).
 *
 * <p>Segments are stored as they arrive, grouped by {@link InboxItem#groupKey()}, and a long message is ready when
 * every segment number of its group is in, whichever process stored them. A group that stays incomplete for the
 * inbox's incomplete timeout is handed out as it is ({@link InboxClaim#complete()} false), so the hook sees and can
 * report what arrived.
 *
 * <p>Implementations must be thread-safe and must never block the caller (the client calls them from its event
 * loops): do blocking work on an executor of your own.
 */
public interface Inbox {
    /**
     * Stores one incoming PDU durably.
     *
     * @param item the PDU and how it groups with others; not null
     * @return completes with the new row's id once it is committed; exceptionally if it could not be stored (the client
     *     then answers ESME_RX_T_APPN, and the SMSC delivers the PDU again)
     */
    CompletionStage<Long> store(InboxItem item);

    /**
     * Claims up to {@code max} ready units of one account: single PDUs, complete groups of segments, and groups whose
     * first segment is older than the incomplete timeout. A claimed unit is leased to the caller and is not handed
     * out again until it is released or its lease expires. The stage may wait for something to arrive; it completes
     * with an empty list when the caller should ask again.
     *
     * @param account the account ({@link InboxItem#account()}) to take for
     * @param max at least 1
     * @return completes with 0 to {@code max} claims, oldest first; exceptionally if the inbox failed (the caller
     *     retries after a pause)
     */
    CompletionStage<List<InboxClaim>> take(String account, int max);

    /**
     * Removes a claim's rows: its hook call completed. A claim whose lease expired and was taken again is left to its
     * new holder.
     *
     * @param claim a claim this inbox handed out
     * @return completes with null once the rows are gone; exceptionally if that failed (the lease then expires and the
     *     hook is called again: at least once)
     */
    CompletionStage<Void> done(InboxClaim claim);

    /**
     * Gives a claim back, to be handed out again no sooner than {@code delay} from now (its hook failed or timed out,
     * or the client is stopping).
     *
     * @param claim a claim this inbox handed out
     * @param delay the earliest it may be taken again; zero for at once
     * @return completes with null once released; exceptionally if that failed (the lease expiry releases it anyway)
     */
    CompletionStage<Void> release(InboxClaim claim, java.time.Duration delay);
}
