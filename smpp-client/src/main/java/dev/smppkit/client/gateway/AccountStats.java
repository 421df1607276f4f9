package dev.smppkit.client.gateway;

import dev.smppkit.client.EsmeStats;

/**
 * What one account of a gateway did. The final outcomes count messages whose outcome the user's hook saw with this
 * account; {@code failedOver} counts messages this account could not send that went on to the route's next account.
 *
 * @param accepted messages accepted on this account
 * @param rejected messages rejected on this account (permanent statuses, or transient ones with no account left)
 * @param failed messages that failed on this account
 * @param expired messages that expired before this account (the first of their route) could send them
 * @param failedOver messages that failed over from this account to another after a transient failure; messages the
 *     account gave back without an outcome (taken but never written, or in flight on a lost connection with
 *     {@code InFlightPolicy.RELEASE}) go back to their route's queue and are counted in {@code esme.released()}
 * @param esme the account ESME's own counters (a message that failed over counts there as rejected or failed)
 */
public record AccountStats(long accepted, long rejected, long failed, long expired, long failedOver, EsmeStats esme) {}
