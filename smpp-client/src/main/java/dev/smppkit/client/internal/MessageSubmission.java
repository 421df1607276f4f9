package dev.smppkit.client.internal;

import dev.smppkit.client.QueuedMessage;
import dev.smppkit.codec.pdu.SubmitSm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One taken message on its way out: its submit_sm PDUs (one per segment), which were written and answered, and the
 * message ids collected so far. It reaches its end exactly once ({@link #finish()} returns true only the first time),
 * whatever happens to its segments afterwards. Per connection; event loop only.
 */
final class MessageSubmission {
    final QueuedMessage queued;
    final List<SubmitSm> pdus;
    private final String[] messageIds;
    private final int[] throttleAttempts;
    private int written;
    private int accepted;
    private boolean finished;

    MessageSubmission(QueuedMessage queued, List<SubmitSm> pdus) {
        this.queued = queued;
        this.pdus = pdus;
        this.messageIds = new String[pdus.size()];
        this.throttleAttempts = new int[pdus.size()];
    }

    /** One segment to write: the submission and the segment index. */
    record Part(MessageSubmission submission, int index) {
        SubmitSm pdu() {
            return submission.pdus.get(index);
        }
    }

    int segments() {
        return pdus.size();
    }

    void written() {
        written++;
    }

    /** Whether any segment has been written to the SMSC (so the SMSC may have it). */
    boolean anyWritten() {
        return written > 0;
    }

    /** Records an accepted segment; returns true if that completes the message. */
    boolean accept(int index, String messageId) {
        if (messageIds[index] == null) {
            messageIds[index] = messageId;
            accepted++;
        }
        return accepted == messageIds.length;
    }

    /** Counts a throttled attempt of a segment and returns how many it has had. */
    int throttled(int index) {
        return ++throttleAttempts[index];
    }

    /** The ids of the segments accepted so far, in segment order. */
    List<String> acceptedIds() {
        List<String> ids = new ArrayList<>(accepted);
        for (String id : messageIds) {
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The ids of all segments; only meaningful once every segment was accepted. */
    List<String> allIds() {
        return Arrays.asList(messageIds.clone());
    }

    boolean isFinished() {
        return finished;
    }

    /** Marks the end; true only on the first call, so exactly one outcome is reported. */
    boolean finish() {
        if (finished) {
            return false;
        }
        finished = true;
        return true;
    }
}
