package dev.smppkit.testkit;

import java.util.List;
import java.util.Optional;

/**
 * The messages the simulator accepted, by message id: what query_sm, cancel_sm and replace_sm answer from. Keeps the
 * most recent {@link SmscSimulatorBuilder#maxStoredMessages(int)}. Thread-safe; results are snapshots.
 */
public interface MessageStore {
    /**
     * The message with this id, if it is kept.
     *
     * @param messageId the id the simulator answered the submit with
     * @return a snapshot of the message, or empty if unknown or evicted
     */
    Optional<StoredMessage> get(String messageId);

    /**
     * Every message kept, oldest first.
     *
     * @return snapshots of the messages; empty if none
     */
    List<StoredMessage> all();

    /**
     * How many messages are kept.
     *
     * @return the number of messages kept now
     */
    int size();

    /** Forgets every message (their pending receipts are not sent). */
    void clear();
}
