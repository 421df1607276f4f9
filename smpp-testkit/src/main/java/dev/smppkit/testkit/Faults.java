package dev.smppkit.testkit;

import dev.smppkit.codec.CommandStatus;
import java.time.Duration;

/**
 * Standing faults, for all sessions ({@link SmscSimulator#faults()}) or one ({@link SmscSession#faults()}); a
 * request is affected when either applies. Every setter takes effect for the next request and returns this object
 * for chaining; {@link #reset()} turns everything off. Thread-safe.
 *
 * <p>"Submits" are submit_sm, submit_multi and data_sm. "Message requests" are those plus query_sm, cancel_sm and
 * replace_sm; the response faults (delay, drop, generic_nack, order) apply to them, never to bind, unbind or
 * enquire_link.
 */
public interface Faults {
    /**
     * Answers every {@code n}th submit with ESME_RTHROTTLED (counted per scope); 0 turns it off.
     *
     * @param n the period, 0 or more
     * @return these faults, for chaining
     */
    Faults throttleEveryNth(int n);

    /**
     * Answers submits beyond {@code tps} in each one-second window with ESME_RTHROTTLED (counted per scope); 0 turns
     * it off.
     *
     * @param tps the submits allowed per second, 0 or more
     * @return these faults, for chaining
     */
    Faults throttleAboveTps(int tps);

    /**
     * While on, answers every submit with ESME_RMSGQFUL, as an SMSC whose queue is full does.
     *
     * @param on true to switch the fault on, false to switch it off
     * @return these faults, for chaining
     */
    Faults queueFull(boolean on);

    /**
     * Answers every {@code n}th submit with {@code status} (counted per scope); 0 turns it off.
     *
     * @param n the period, 0 or more
     * @param status the error status to answer with
     * @return these faults, for chaining
     */
    Faults rejectEveryNth(int n, CommandStatus status);

    /**
     * Delays every response to a message request by {@code delay}; zero turns it off.
     *
     * @param delay the added delay, not negative
     * @return these faults, for chaining
     */
    Faults responseDelay(Duration delay);

    /**
     * While on, processes message requests but never answers them: the message is stored and its receipt sent, as
     * when an SMSC's response is lost.
     *
     * @param on true to switch the fault on, false to switch it off
     * @return these faults, for chaining
     */
    Faults dropResponses(boolean on);

    /**
     * Like {@link #dropResponses} for the next {@code count} message requests only.
     *
     * @param count how many responses to drop
     * @return these faults, for chaining
     */
    Faults dropNextResponses(int count);

    /**
     * Holds responses to message requests and sends each group of {@code groupSize} in reverse order (a group still
     * incomplete 200 ms after its first response is sent reversed as it is); 0 or 1 turns it off.
     *
     * @param groupSize how many responses are reversed together
     * @return these faults, for chaining
     */
    Faults outOfOrder(int groupSize);

    /**
     * Answers the next {@code count} message requests with generic_nack carrying {@code status}, unprocessed.
     *
     * @param count how many requests to answer so
     * @param status the generic_nack's command_status
     * @return these faults, for chaining
     */
    Faults genericNackNext(int count, CommandStatus status);

    /**
     * While on, enquire_link is not answered.
     *
     * @param on true to switch the fault on, false to switch it off
     * @return these faults, for chaining
     */
    Faults ignoreEnquireLink(boolean on);

    /**
     * Closes the connection as soon as {@code count} more PDUs have been received (the last one unanswered), once; 0
     * turns it off. Counted per scope: globally, the PDU that completes the count, on whatever session, closes its
     * connection.
     *
     * @param count how many more PDUs to receive before closing
     * @return these faults, for chaining
     */
    Faults closeAfterPdus(int count);

    /**
     * Refuses the next {@code count} binds with {@code status}: globally any connection's, per session the binds of
     * that (still unbound) connection.
     *
     * @param count how many binds to refuse
     * @param status the bind response's error status
     * @return these faults, for chaining
     */
    Faults refuseNextBinds(int count, CommandStatus status);

    /**
     * Turns every fault off.
     *
     * @return these faults, for chaining
     */
    Faults reset();
}
