package dev.smppkit.client.internal.ussd;

/** A scheduled task that can be cancelled; cancelling one that ran or was cancelled does nothing. */
@FunctionalInterface
public interface Cancellable {
    /** Cancels the task if it has not run. */
    void cancel();
}
