package dev.smppkit.jdbc;

import dev.smppkit.client.Tracking;
import java.time.Instant;

/**
 * One row of the correlation table: a segment the SMSC accepted, under the id it gave it.
 *
 * @param systemId the account it was sent on
 * @param messageId the SMSC's message_id
 * @param tracking what the client stored for it
 * @param expiresAt when the row stops being found (and may be purged)
 */
public record CorrelationEntry(String systemId, String messageId, Tracking tracking, Instant expiresAt) {}
