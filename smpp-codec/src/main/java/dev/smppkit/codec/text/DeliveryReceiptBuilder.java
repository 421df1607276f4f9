package dev.smppkit.codec.text;

import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.pdu.NetworkErrorCode;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a {@link DeliveryReceipt} to send, e.g. from a simulator: {@code DeliveryReceipt.builder().id("1")
 * .stat(ReceiptStat.DELIVRD).build().format()}. Only {@code id} and {@code stat} are required. Not thread-safe.
 */
public final class DeliveryReceiptBuilder {
    String id;
    String receiptedMessageId;
    Integer sub;
    Integer dlvrd;
    LocalDateTime submitDate;
    LocalDateTime doneDate;
    ReceiptStat stat;
    String rawStat;
    MessageState messageState;
    String err;
    NetworkErrorCode networkError;
    String text;

    DeliveryReceiptBuilder() {}

    /** {@code id}: the message id, non-empty and without blanks. Required. */
    public DeliveryReceiptBuilder id(String id) {
        this.id = token("id", id);
        return this;
    }

    /** {@code sub}: messages originally submitted, at least 0; written zero-padded to three digits. */
    public DeliveryReceiptBuilder sub(int sub) {
        this.sub = nonNegative("sub", sub);
        return this;
    }

    /** {@code dlvrd}: messages delivered, at least 0; written zero-padded to three digits. */
    public DeliveryReceiptBuilder dlvrd(int dlvrd) {
        this.dlvrd = nonNegative("dlvrd", dlvrd);
        return this;
    }

    /** {@code submit date}, in 2000–2099 since the text has a two-digit year. */
    public DeliveryReceiptBuilder submitDate(LocalDateTime submitDate) {
        this.submitDate = inRange("submitDate", submitDate);
        return this;
    }

    /** {@code done date}, in 2000–2099 since the text has a two-digit year. */
    public DeliveryReceiptBuilder doneDate(LocalDateTime doneDate) {
        this.doneDate = inRange("doneDate", doneDate);
        return this;
    }

    /** {@code stat}. Required; {@link ReceiptStat#UNRECOGNIZED} needs {@link #stat(String)} instead. */
    public DeliveryReceiptBuilder stat(ReceiptStat stat) {
        Objects.requireNonNull(stat, "stat");
        if (stat == ReceiptStat.UNRECOGNIZED) {
            throw new IllegalArgumentException("stat UNRECOGNIZED has no text; use stat(String) with the raw value");
        }
        this.stat = stat;
        this.rawStat = stat.name();
        return this;
    }

    /** {@code stat} as written, non-empty and without blanks; {@link ReceiptStat#parse} gives its meaning. */
    public DeliveryReceiptBuilder stat(String raw) {
        this.rawStat = token("stat", raw);
        this.stat = ReceiptStat.parse(raw);
        return this;
    }

    /** {@code err} as written, e.g. "000"; non-empty and without blanks. */
    public DeliveryReceiptBuilder err(String err) {
        this.err = token("err", err);
        return this;
    }

    /** {@code err} as a number 0–999, written zero-padded to three digits as Appendix B shows. */
    public DeliveryReceiptBuilder err(int err) {
        if (err < 0 || err > 999) {
            throw new IllegalArgumentException("err is " + err + "; must be 0-999 (use err(String) for others)");
        }
        this.err = String.format("%03d", err);
        return this;
    }

    /**
     * {@code text}: Appendix B has the first 20 characters of the original message; this is written as given, so
     * truncate first. Blanks around it do not survive parsing.
     */
    public DeliveryReceiptBuilder text(String text) {
        this.text = Objects.requireNonNull(text, "text");
        return this;
    }

    /** The {@code receipted_message_id} TLV the receipt will be sent with, if any. */
    public DeliveryReceiptBuilder receiptedMessageId(String receiptedMessageId) {
        this.receiptedMessageId = token("receiptedMessageId", receiptedMessageId);
        return this;
    }

    /** The {@code message_state} TLV the receipt will be sent with, if any. */
    public DeliveryReceiptBuilder messageState(MessageState messageState) {
        this.messageState = Objects.requireNonNull(messageState, "messageState");
        return this;
    }

    /** The {@code network_error_code} TLV the receipt will be sent with, if any. */
    public DeliveryReceiptBuilder networkError(NetworkErrorCode networkError) {
        this.networkError = Objects.requireNonNull(networkError, "networkError");
        return this;
    }

    /**
     * The receipt.
     *
     * @throws IllegalStateException if {@code id} or {@code stat} was not set
     */
    public DeliveryReceipt build() {
        if (id == null) {
            throw new IllegalStateException("id is required");
        }
        if (stat == null) {
            throw new IllegalStateException("stat is required");
        }
        return new DeliveryReceipt(this, Map.of(), "");
    }

    private static String token(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isEmpty() || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(field + " is \"" + value + "\"; must be non-empty without blanks");
        }
        return value;
    }

    private static int nonNegative(String field, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " is " + value + "; must be at least 0");
        }
        return value;
    }

    private static LocalDateTime inRange(String field, LocalDateTime value) {
        Objects.requireNonNull(value, field);
        if (value.getYear() < 2000 || value.getYear() > 2099) {
            throw new IllegalArgumentException(field + " is " + value + "; must be in 2000-2099 (two-digit years)");
        }
        return value;
    }
}
