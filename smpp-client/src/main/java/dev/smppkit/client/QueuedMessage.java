package dev.smppkit.client;

import java.time.Instant;
import java.util.Objects;

/**
 * A message as a {@link Broker} hands it out: the broker's id for it, the message, and which attempt this is (1 for
 * the first time it is taken; higher after a {@link Broker#release}).
 *
 * @param id the broker's id, unique within the broker
 * @param message the message
 * @param attempt 1-based count of times taken
 * @param enqueuedAt when it was first queued
 */
public record QueuedMessage(String id, OutboundMessage message, int attempt, Instant enqueuedAt) {
    /**
     * A queued message; {@code id}, {@code message} and {@code enqueuedAt} are required.
     *
     * @param id the broker's id, unique within the broker
     * @param message the message
     * @param attempt 1-based count of times taken
     * @param enqueuedAt when it was first queued
     */
    public QueuedMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(enqueuedAt, "enqueuedAt");
    }
}
