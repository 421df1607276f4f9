package dev.smppkit.testkit;

/**
 * What the simulator's memory limits have done so far: a snapshot from {@link SmscSimulator#stats()}.
 *
 * @param droppedDeliveries SMSC-originated requests (receipts, subscriber replies, queued {@code deliver} calls)
 *     refused because the held and queued deliveries were at {@link SmscSimulatorBuilder#maxHeldDeliveryBytes}
 * @param refusedSubmits submit_sm, submit_multi and data_sm asking for a receipt, answered ESME_RMSGQFUL because
 *     the held deliveries had no room for it
 * @param evictedMessages messages the store forgot to stay within {@link SmscSimulatorBuilder#maxStoredMessages}
 *     and {@link SmscSimulatorBuilder#maxStoredBytes} (their receipts are still sent)
 * @param heldDeliveryBytes estimated bytes the held and queued deliveries hold now
 * @param storedBytes estimated bytes the message store holds now
 */
public record SimulatorStats(
        long droppedDeliveries, long refusedSubmits, long evictedMessages, long heldDeliveryBytes, long storedBytes) {}
