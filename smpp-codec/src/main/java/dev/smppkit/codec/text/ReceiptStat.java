package dev.smppkit.codec.text;

import dev.smppkit.codec.MessageState;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code stat} of a delivery receipt: the seven final states of SMPP 3.4 Table B-2, ENROUTE (common in
 * intermediate notifications), and SCHEDLD and SKIPPED from SMPP 5.0, which some SMSCs already send. Anything else is
 * {@link #UNRECOGNIZED}; the receipt keeps the raw value either way.
 */
public enum ReceiptStat {
    /** Delivered (message_state DELIVERED, final). */
    DELIVRD(MessageState.DELIVERED),
    /** Validity period expired (EXPIRED, final). */
    EXPIRED(MessageState.EXPIRED),
    /** Deleted (DELETED, final). */
    DELETED(MessageState.DELETED),
    /** Undeliverable (UNDELIVERABLE, final). */
    UNDELIV(MessageState.UNDELIVERABLE),
    /** Accepted on the recipient's behalf (ACCEPTED, final). */
    ACCEPTD(MessageState.ACCEPTED),
    /** In an invalid state (UNKNOWN, not final). */
    UNKNOWN(MessageState.UNKNOWN),
    /** Rejected (REJECTED, final). */
    REJECTD(MessageState.REJECTED),
    /** Still in transit (ENROUTE, not final); not in Table B-2 but common in intermediate notifications. */
    ENROUTE(MessageState.ENROUTE),
    /** SMPP 5.0: scheduled, delivery not yet attempted. */
    SCHEDLD(MessageState.SCHEDULED),
    /** SMPP 5.0: accepted but not transmitted; 3.4 has no message_state for it. */
    SKIPPED(null),
    /** A value none of the others match; see {@link DeliveryReceipt#rawStat()}. */
    UNRECOGNIZED(null);

    private final MessageState state;

    ReceiptStat(MessageState state) {
        this.state = state;
    }

    /**
     * The matching {@code message_state}, empty for {@link #SKIPPED} and {@link #UNRECOGNIZED}.
     *
     * @return the state (SCHEDULED for SCHEDLD), or empty when 3.4 has none for this stat
     */
    public Optional<MessageState> messageState() {
        return Optional.ofNullable(state);
    }

    /**
     * Whether the message will not change state again (all but ENROUTE, SCHEDLD, UNKNOWN and UNRECOGNIZED).
     *
     * @return true for DELIVRD, EXPIRED, DELETED, UNDELIV, ACCEPTD, REJECTD and SKIPPED
     */
    public boolean isFinal() {
        return state != null ? state.isFinal() : this == SKIPPED;
    }

    /**
     * The stat for a raw value, ignoring case and surrounding blanks. The long state names some SMSCs write
     * ({@code DELIVERED}, {@code UNDELIVERABLE}, {@code ACCEPTED}, {@code REJECTED}, {@code SCHEDULED}) are accepted
     * too; anything else is {@link #UNRECOGNIZED}.
     *
     * @param raw the value after {@code stat:} in the receipt text
     * @return the matching stat, or {@link #UNRECOGNIZED}; never null
     * @throws NullPointerException if raw is null
     */
    public static ReceiptStat parse(String raw) {
        String s = raw.trim().toUpperCase(Locale.ROOT);
        return switch (s) {
            case "DELIVRD", "DELIVERED" -> DELIVRD;
            case "EXPIRED" -> EXPIRED;
            case "DELETED" -> DELETED;
            case "UNDELIV", "UNDELIVERABLE" -> UNDELIV;
            case "ACCEPTD", "ACCEPTED" -> ACCEPTD;
            case "UNKNOWN" -> UNKNOWN;
            case "REJECTD", "REJECTED" -> REJECTD;
            case "ENROUTE" -> ENROUTE;
            case "SCHEDLD", "SCHEDULED" -> SCHEDLD;
            case "SKIPPED" -> SKIPPED;
            default -> UNRECOGNIZED;
        };
    }

    /**
     * The stat for a {@code message_state} value.
     *
     * @param state the message state, e.g. from the message_state TLV
     * @return the stat written for it in a receipt (SCHEDLD for SCHEDULED); never null
     * @throws NullPointerException if state is null
     */
    public static ReceiptStat of(MessageState state) {
        return switch (state) {
            case SCHEDULED -> SCHEDLD;
            case ENROUTE -> ENROUTE;
            case DELIVERED -> DELIVRD;
            case EXPIRED -> EXPIRED;
            case DELETED -> DELETED;
            case UNDELIVERABLE -> UNDELIV;
            case ACCEPTED -> ACCEPTD;
            case UNKNOWN -> UNKNOWN;
            case REJECTED -> REJECTD;
        };
    }
}
