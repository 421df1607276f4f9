package dev.smppkit.codec.text;

import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.pdu.NetworkErrorCode;
import java.time.LocalDateTime;
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

    /**
     * {@code id}: the message id, non-empty and without blanks. Required.
     *
     * @param id the id written after {@code id:}, usually the message_id of the submit_sm_resp (Appendix B shows 10
     *     decimal digits; any token is accepted)
     * @return this builder
     * @throws NullPointerException if id is null
     * @throws IllegalArgumentException if id is empty or has a blank
     */
    public DeliveryReceiptBuilder id(String id) {
        this.id = token("id", id);
        return this;
    }

    /**
     * {@code sub}: messages originally submitted, at least 0; written zero-padded to three digits.
     *
     * @param sub the count, at least 0; omitted from the text if never set
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public DeliveryReceiptBuilder sub(int sub) {
        this.sub = nonNegative("sub", sub);
        return this;
    }

    /**
     * {@code dlvrd}: messages delivered, at least 0; written zero-padded to three digits.
     *
     * @param dlvrd the count, at least 0; omitted from the text if never set
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public DeliveryReceiptBuilder dlvrd(int dlvrd) {
        this.dlvrd = nonNegative("dlvrd", dlvrd);
        return this;
    }

    /**
     * {@code submit date}, in 2000–2099 since the text has a two-digit year.
     *
     * @param submitDate when the message was submitted, in the SMSC's local time (receipts carry no zone)
     * @return this builder
     * @throws NullPointerException if submitDate is null
     * @throws IllegalArgumentException if the year is outside 2000–2099
     */
    public DeliveryReceiptBuilder submitDate(LocalDateTime submitDate) {
        this.submitDate = inRange("submitDate", submitDate);
        return this;
    }

    /**
     * {@code done date}, in 2000–2099 since the text has a two-digit year.
     *
     * @param doneDate when the message reached its state, in the SMSC's local time
     * @return this builder
     * @throws NullPointerException if doneDate is null
     * @throws IllegalArgumentException if the year is outside 2000–2099
     */
    public DeliveryReceiptBuilder doneDate(LocalDateTime doneDate) {
        this.doneDate = inRange("doneDate", doneDate);
        return this;
    }

    /**
     * {@code stat}. Required; {@link ReceiptStat#UNRECOGNIZED} needs {@link #stat(String)} instead.
     *
     * @param stat the state, written by its name (e.g. DELIVRD)
     * @return this builder
     * @throws NullPointerException if stat is null
     * @throws IllegalArgumentException if stat is UNRECOGNIZED
     */
    public DeliveryReceiptBuilder stat(ReceiptStat stat) {
        Objects.requireNonNull(stat, "stat");
        if (stat == ReceiptStat.UNRECOGNIZED) {
            throw new IllegalArgumentException("stat UNRECOGNIZED has no text; use stat(String) with the raw value");
        }
        this.stat = stat;
        this.rawStat = stat.name();
        return this;
    }

    /**
     * {@code stat} as written, non-empty and without blanks; {@link ReceiptStat#parse} gives its meaning.
     *
     * @param raw the stat text, e.g. DELIVRD or a vendor's own value
     * @return this builder
     * @throws NullPointerException if raw is null
     * @throws IllegalArgumentException if raw is empty or has a blank
     */
    public DeliveryReceiptBuilder stat(String raw) {
        this.rawStat = token("stat", raw);
        this.stat = ReceiptStat.parse(raw);
        return this;
    }

    /**
     * {@code err} as written, e.g. "000"; non-empty and without blanks.
     *
     * @param err the error text as the receipt should carry it
     * @return this builder
     * @throws NullPointerException if err is null
     * @throws IllegalArgumentException if err is empty or has a blank
     */
    public DeliveryReceiptBuilder err(String err) {
        this.err = token("err", err);
        return this;
    }

    /**
     * {@code err} as a number 0–999, written zero-padded to three digits as Appendix B shows.
     *
     * @param err the network or SMSC error code, 0–999; 0 for none
     * @return this builder
     * @throws IllegalArgumentException if not 0–999
     */
    public DeliveryReceiptBuilder err(int err) {
        if (err < 0 || err > 999) {
            throw new IllegalArgumentException("err is " + err + "; must be 0-999 (use err(String) for others)");
        }
        // no String.format: the simulator writes one per receipt, and a locale could give non-ASCII digits
        this.err = err < 10 ? "00" + err : err < 100 ? "0" + err : Integer.toString(err);
        return this;
    }

    /**
     * {@code text}: Appendix B has the first 20 characters of the original message; this is written as given, so
     * truncate first. Blanks around it do not survive parsing.
     *
     * @param text the start of the original message
     * @return this builder
     * @throws NullPointerException if text is null
     */
    public DeliveryReceiptBuilder text(String text) {
        this.text = Objects.requireNonNull(text, "text");
        return this;
    }

    /**
     * The {@code receipted_message_id} TLV the receipt will be sent with, if any.
     *
     * @param receiptedMessageId the id (§5.3.2.12), non-empty without blanks; it takes precedence over {@code id} in
     *     {@link DeliveryReceipt#id()}
     * @return this builder
     * @throws NullPointerException if receiptedMessageId is null
     * @throws IllegalArgumentException if it is empty or has a blank
     */
    public DeliveryReceiptBuilder receiptedMessageId(String receiptedMessageId) {
        this.receiptedMessageId = token("receiptedMessageId", receiptedMessageId);
        return this;
    }

    /**
     * The {@code message_state} TLV the receipt will be sent with, if any.
     *
     * @param messageState the state (§5.3.2.35)
     * @return this builder
     * @throws NullPointerException if messageState is null
     */
    public DeliveryReceiptBuilder messageState(MessageState messageState) {
        this.messageState = Objects.requireNonNull(messageState, "messageState");
        return this;
    }

    /**
     * The {@code network_error_code} TLV the receipt will be sent with, if any.
     *
     * @param networkError the network type and error (§5.3.2.31)
     * @return this builder
     * @throws NullPointerException if networkError is null
     */
    public DeliveryReceiptBuilder networkError(NetworkErrorCode networkError) {
        this.networkError = Objects.requireNonNull(networkError, "networkError");
        return this;
    }

    /**
     * The receipt.
     *
     * @return a new receipt with an empty {@link DeliveryReceipt#raw()}; write its text with {@link
     *     DeliveryReceipt#format()}
     * @throws IllegalStateException if {@code id} or {@code stat} was not set
     */
    public DeliveryReceipt build() {
        if (id == null) {
            throw new IllegalStateException("id is required");
        }
        if (stat == null) {
            throw new IllegalStateException("stat is required");
        }
        return new DeliveryReceipt(this, null, "");
    }

    private static String token(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isEmpty() || hasWhitespace(value)) {
            throw new IllegalArgumentException(field + " is \"" + value + "\"; must be non-empty without blanks");
        }
        return value;
    }

    private static boolean hasWhitespace(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                return true;
            }
        }
        return false;
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
