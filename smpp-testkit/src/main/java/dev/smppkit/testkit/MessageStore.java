package dev.smppkit.testkit;

import java.util.List;
import java.util.Optional;

/**
 * The messages the simulator accepted, by message id: what query_sm, cancel_sm and replace_sm answer from. Keeps the
 * most recent {@link SmscSimulatorBuilder#maxStoredMessages(int)}. Thread-safe; results are snapshots.
 */
public interface MessageStore {
    /** The message with this id, if it is kept. */
    Optional<StoredMessage> get(String messageId);

    /** Every message kept, oldest first. */
    List<StoredMessage> all();

    /** How many messages are kept. */
    int size();

    /** Forgets every message (their pending receipts are not sent). */
    void clear();
}
