package dev.smppkit.client.ussd;

import dev.smppkit.codec.Address;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentMap;

/**
 * One USSD dialogue with a handset, opened by the handset (a PSSR indication) or by the application ({@link
 * UssdSessions#startSession}). Identified by the handset's number and the its_session_info session number. Thread-safe;
 * the state and dialogue are read live.
 */
public interface UssdSession {
    /** Where a session is. */
    enum State {
        /** The handset spoke; the {@link UssdHandler} is preparing the reply. */
        AWAITING_APPLICATION,
        /** A menu was sent; the handset's answer is awaited. */
        AWAITING_HANDSET,
        /** The application sent an end reply. Final. */
        ENDED,
        /** Nothing happened for the idle timeout. Final. */
        TIMED_OUT,
        /** The handler failed, or the SMSC did not accept a reply. Final. */
        FAILED,
        /** The handset opened a new session with the same number, or the manager was closed. Final. */
        ABORTED;

        /**
         * Whether the session is over.
         *
         * @return true for ENDED, TIMED_OUT, FAILED and ABORTED
         */
        public boolean isFinal() {
            return this != AWAITING_APPLICATION && this != AWAITING_HANDSET;
        }
    }

    /**
     * The handset's number, without a leading +.
     *
     * @return the MSISDN as it came in the source address (or was given to {@code startSession})
     */
    String msisdn();

    /**
     * The handset's address, as replies are sent to it.
     *
     * @return the address, TON and NPI included
     */
    Address handset();

    /**
     * The its_session_info session number.
     *
     * @return 0–255, or empty if the SMSC sends no its_session_info (the handset's number alone then names the session)
     */
    OptionalInt sessionNumber();

    /**
     * The service code the handset dialled, e.g. {@code *123#}: the destination address of the PSSR indication.
     *
     * @return the service code, or "" for a network-initiated session
     */
    String serviceCode();

    /**
     * Whether the application opened the session.
     *
     * @return true for {@link UssdSessions#startSession}, false for a handset's PSSR indication
     */
    boolean networkInitiated();

    /**
     * Where the session is now.
     *
     * @return the current state
     */
    State state();

    /**
     * When it opened.
     *
     * @return the time of the first message
     */
    Instant started();

    /**
     * When the last message came or went; the idle timeout counts from here.
     *
     * @return the time of the last turn
     */
    Instant lastActivity();

    /**
     * The dialogue so far, oldest first: at most the last 64 turns.
     *
     * @return a snapshot
     */
    List<UssdTurn> dialogue();

    /**
     * The application's own data for this session (e.g. where in the menu tree the handset is); dropped with the
     * session.
     *
     * @return a live, thread-safe map
     */
    ConcurrentMap<String, Object> attributes();
}
