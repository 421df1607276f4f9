package dev.smppkit.client;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What the client remembers about a submitted segment so that its delivery receipt, which may come days later, on
 * another bind or in another process, finds the message it belongs to. All segments of a split message share the
 * parent's {@code brokerId} and {@code trackingId}.
 *
 * @param brokerId the broker's id of the parent message
 * @param trackingId the user's id, may be null
 * @param extra the user's extra data
 * @param segment 1-based segment number
 * @param totalSegments how many segments the message has
 * @param destination the destination address value
 * @param submittedAt when the SMSC accepted the segment
 */
public record Tracking(
        String brokerId,
        String trackingId,
        Map<String, String> extra,
        int segment,
        int totalSegments,
        String destination,
        Instant submittedAt) {
    /**
     * A tracking entry; copies {@code extra} (null becomes empty); {@code brokerId} and {@code submittedAt} are required.
     *
     * @param brokerId the broker's id of the parent message
     * @param trackingId the user's id, may be null
     * @param extra the user's extra data
     * @param segment 1-based segment number
     * @param totalSegments how many segments the message has
     * @param destination the destination address value
     * @param submittedAt when the SMSC accepted the segment
     */
    public Tracking {
        Objects.requireNonNull(brokerId, "brokerId");
        extra = extra == null ? Map.of() : Map.copyOf(extra);
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
