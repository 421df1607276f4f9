package dev.smppkit.client.internal;

import dev.smppkit.client.QueuedMessage;
import dev.smppkit.codec.pdu.BaseSm;
import dev.smppkit.codec.pdu.UnsuccessSme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One taken message on its way out: its submit_sm or submit_multi PDUs (one per segment), which were written and
 * answered, and the message ids (and, for submit_multi, the destinations refused) collected so far. It reaches its end exactly once ({@link #finish()} returns true only the first time),
 * whatever happens to its segments afterwards. Per connection; event loop only.
 */
final class MessageSubmission {
    final QueuedMessage queued;
    final List<BaseSm<?>> pdus;
    private final String[] messageIds;
    /** submit_multi: each refused destination once, with the first segment's error for it, in answer order. */
    private Map<dev.smppkit.codec.Address, UnsuccessSme> unsuccessful;

    private final int[] throttleAttempts;
    private int written;
    private int accepted;
    private boolean finished;

    MessageSubmission(QueuedMessage queued, List<BaseSm<?>> pdus) {
        this.queued = queued;
        this.pdus = pdus;
        this.messageIds = new String[pdus.size()];
        this.throttleAttempts = new int[pdus.size()];
    }

    /** One segment to write: the submission and the segment index. */
    record Part(MessageSubmission submission, int index) {
        BaseSm<?> pdu() {
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

    /** Records the destinations a segment's submit_multi_resp says the SMSC refused. */
    void refused(List<UnsuccessSme> entries) {
        if (entries.isEmpty()) {
            return;
        }
        if (unsuccessful == null) {
            unsuccessful = new LinkedHashMap<>();
        }
        for (UnsuccessSme e : entries) {
            unsuccessful.putIfAbsent(e.address(), e);
        }
    }

    /** The refused destinations so far, each once. */
    List<UnsuccessSme> unsuccessful() {
        return unsuccessful == null ? List.of() : List.copyOf(unsuccessful.values());
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
