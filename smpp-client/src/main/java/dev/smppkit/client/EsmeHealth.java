package dev.smppkit.client;

import java.time.Instant;
import java.util.Optional;

/**
 * One client's (one account's) state as a health check shows it, taken by {@link Esme#health()}. Immutable.
 *
 * @param account the account's name ({@link EsmeOptions#name()}, by default its system_id)
 * @param boundSessions sessions bound now, outbind sessions included; each connection of a {@link
 *     BindMode#TRANSMITTER_AND_RECEIVER} pair counts. Changes when a session binds and when a bound session ends
 * @param transmittingSessions of those, the ones that can submit (transmitter or transceiver): a bound receiver alone
 *     takes no messages
 * @param configuredSessions the sessions the client dials and keeps bound: {@code sessions}, twice with {@link
 *     BindMode#TRANSMITTER_AND_RECEIVER}, plus a receiver for each transceiver the SMSC refused with ESME_RINVCMDID
 *     (the client then binds a transmitter and a receiver instead); outbind sessions are not counted. Fixed from
 *     construction except for that fallback
 * @param lastError the last error a session met, or empty if none has yet: a refused bind with its status ({@code
 *     bind refused: ESME_RINVPASWD(0x0000000E)}), a bind timeout, an unanswered enquire_link, a lost or refused
 *     connection ({@code connection lost: ...}). The close a refused bind or an unanswered enquire_link causes does not
 *     replace it. For an account of a {@code SmsGateway} it is also set by the submit failures the account's circuit
 *     counts ({@code submit_sm answered ESME_RSYSERR(...)}, timeouts, throttling). It stays after the client recovers
 *     (compare {@code lastErrorAt} with the bind). Text from the peer is escaped ({@link
 *     dev.smppkit.codec.text.LogSafe#escape(CharSequence)}); it never holds a password
 * @param lastErrorAt when {@code lastError} was seen, or empty if it is empty
 */
public record EsmeHealth(
        String account,
        int boundSessions,
        int transmittingSessions,
        int configuredSessions,
        Optional<String> lastError,
        Optional<Instant> lastErrorAt) {
    /**
     * Whether at least one session is bound (the starter's health indicator is UP then). Whether the client can
     * submit is {@code transmittingSessions() > 0}: a receiver-only client is up without it.
     *
     * @return true if a session is bound now
     */
    public boolean up() {
        return boundSessions > 0;
    }
}
