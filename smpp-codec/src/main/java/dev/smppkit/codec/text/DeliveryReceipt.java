package dev.smppkit.codec.text;

import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.internal.MessageIds;
import dev.smppkit.codec.internal.text.ReceiptDates;
import dev.smppkit.codec.internal.text.ReceiptScanner;
import dev.smppkit.codec.pdu.NetworkErrorCode;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An SMSC delivery receipt (SMPP 3.4 Appendix B and §5.3.2.12/.31/.35), read from its text, its TLVs, or both.
 *
 * <p>{@link #parse} accepts what SMSCs actually send: ids in decimal, hex or UUID form; {@code Text:} or
 * {@code text:} (labels are case-insensitive); 10-, 12- or 14-digit dates (see {@link #submitDate()}); missing
 * {@code sub}, {@code dlvrd}, {@code err} or {@code text}; {@code err} of any length, numeric or not; unknown extra
 * fields (kept in {@link #fields()}); any field order; and a stat written without its label. It needs an id and a
 * stat, from the text or the TLVs; a receipt without them is a {@link ReceiptParseException} carrying the raw text.
 *
 * <p>{@link #format()} writes the Appendix B form; {@code parse(r.format())} equals {@code r} (to the minute; use
 * {@code format(true)} to keep seconds). Immutable and thread-safe. {@link #equals} compares the parsed values, not
 * the raw text.
 */
public final class DeliveryReceipt {
    private final String textId;
    private final String receiptedMessageId;
    private final Integer sub;
    private final Integer dlvrd;
    private final LocalDateTime submitDate;
    private final LocalDateTime doneDate;
    private final ReceiptStat stat;
    private final String rawStat;
    private final MessageState messageState;
    private final String err;
    private final NetworkErrorCode networkError;
    private final String text;
    // made from the scan when first asked for: most readers never ask, and the map costs more than the rest
    private final ReceiptScanner.Scan scan; // null: no text fields
    private Map<String, String> fields; // racy single check: any thread's copy is equal and immutable
    private final String raw;

    DeliveryReceipt(DeliveryReceiptBuilder b, ReceiptScanner.Scan scan, String raw) {
        this.textId = b.id;
        this.receiptedMessageId = b.receiptedMessageId;
        this.sub = b.sub;
        this.dlvrd = b.dlvrd;
        this.submitDate = b.submitDate;
        this.doneDate = b.doneDate;
        this.stat = b.stat;
        this.rawStat = b.rawStat;
        this.messageState = b.messageState;
        this.err = b.err;
        this.networkError = b.networkError;
        this.text = b.text;
        this.scan = scan;
        this.raw = raw;
    }

    /**
     * A builder for receipts to send (the simulator's side).
     *
     * @return a new, empty builder; it needs at least an id and a stat
     */
    public static DeliveryReceiptBuilder builder() {
        return new DeliveryReceiptBuilder();
    }

    /**
     * Parses receipt text alone.
     *
     * @param text the decoded short_message or message_payload of the receipt
     * @return the receipt, with {@link #raw()} equal to text
     * @throws NullPointerException if text is null
     * @throws ReceiptParseException if it has no id or no stat
     */
    public static DeliveryReceipt parse(String text) {
        return from(Objects.requireNonNull(text, "text"), null, null, null);
    }

    /**
     * {@link #parse}, or empty if the text is not a receipt.
     *
     * @param text the decoded message text
     * @return the receipt, or empty if the text has no id or no stat
     * @throws NullPointerException if text is null
     */
    public static Optional<DeliveryReceipt> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (ReceiptParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A receipt carried only in TLVs.
     *
     * @param receiptedMessageId the {@code receipted_message_id} TLV
     * @param state the {@code message_state} TLV
     * @param networkError the {@code network_error_code} TLV, or null
     * @return the receipt, with an empty {@link #raw()} and no text fields
     * @throws ReceiptParseException if the id is null or empty or the state is null
     */
    public static DeliveryReceipt fromTlvs(
            String receiptedMessageId, MessageState state, NetworkErrorCode networkError) {
        return from(null, receiptedMessageId, state, networkError);
    }

    /**
     * A receipt from whatever the PDU carries: its text (short_message or message_payload, decoded) and its TLVs, any
     * of which may be null. The TLVs win where both say the same thing: {@link #id()} is the receipted_message_id
     * when present, since the text's id is in some SMSCs' other number base; a text that is not a receipt at all is
     * tolerated when the TLVs have an id and a state.
     *
     * @param text the decoded receipt text, or null if the PDU had none
     * @param receiptedMessageId the {@code receipted_message_id} TLV (§5.3.2.12), or null
     * @param state the {@code message_state} TLV (§5.3.2.35), or null
     * @param networkError the {@code network_error_code} TLV (§5.3.2.31), or null
     * @return the receipt
     * @throws ReceiptParseException if neither the text nor the TLVs give an id, or neither gives a stat
     */
    public static DeliveryReceipt from(
            String text, String receiptedMessageId, MessageState state, NetworkErrorCode networkError) {
        return ReceiptReader.read(text, receiptedMessageId, state, networkError);
    }

    /**
     * The message id to match against submit_sm_resp: the {@code receipted_message_id} TLV when present (3.4 says it
     * is the id the SMSC returned), otherwise the text's {@code id}. See also {@link #matchesMessageId}.
     *
     * @return the id as written; never null or empty
     */
    public String id() {
        return receiptedMessageId != null ? receiptedMessageId : textId;
    }

    /**
     * The {@code receipted_message_id} TLV, if the PDU had one.
     *
     * @return the TLV's id, or empty
     */
    public Optional<String> receiptedMessageId() {
        return Optional.ofNullable(receiptedMessageId);
    }

    /**
     * The {@code id} written in the text, if any.
     *
     * @return the text's id as written (decimal, hex or another form), or empty
     */
    public Optional<String> textId() {
        return Optional.ofNullable(textId);
    }

    /**
     * Whether {@code messageId} (from submit_sm_resp) names the message of this receipt: equal to either id ignoring
     * case and leading zeros, or the same number written in hex on one side and decimal on the other. The cross-base
     * comparison is made only when exactly one side has a hex letter, since "10" and "16" would otherwise match.
     *
     * @param messageId the message_id from a submit_sm_resp (or data_sm_resp); null never matches
     * @return true if it names this receipt's message
     */
    public boolean matchesMessageId(String messageId) {
        return MessageIds.same(messageId, receiptedMessageId) || MessageIds.same(messageId, textId);
    }

    /**
     * {@code sub}: messages originally submitted, if present and numeric.
     *
     * @return the count, or empty if the field is absent or not a number
     */
    public OptionalInt sub() {
        return sub == null ? OptionalInt.empty() : OptionalInt.of(sub);
    }

    /**
     * {@code dlvrd}: messages delivered, if present and numeric.
     *
     * @return the count, or empty if the field is absent or not a number
     */
    public OptionalInt dlvrd() {
        return dlvrd == null ? OptionalInt.empty() : OptionalInt.of(dlvrd);
    }

    /**
     * {@code submit date}, without zone (receipts carry none; it is usually the SMSC's local time or UTC). 10 digits
     * are {@code YYMMDDhhmm}, 14 are {@code yyyyMMddHHmmss}; 12 digits are {@code YYMMDDhhmmss} unless that is not a
     * valid date and {@code yyyyMMddHHmm} is (so {@code 201906190720} is 2019-06-19 07:20), and a receipt whose
     * other date can only be {@code yyyyMMddHHmm} is read that way throughout. Two-digit years are 2000–2099. Empty
     * if absent or unreadable; the raw value stays in {@link #fields()}.
     *
     * @return the local date and time, or empty
     */
    public Optional<LocalDateTime> submitDate() {
        return Optional.ofNullable(submitDate);
    }

    /**
     * {@code done date}, read as {@link #submitDate()} is.
     *
     * @return the local date and time the message reached its state, or empty if absent or unreadable
     */
    public Optional<LocalDateTime> doneDate() {
        return Optional.ofNullable(doneDate);
    }

    /**
     * {@code stat}; from the {@code message_state} TLV when the text has none.
     *
     * @return the stat, {@link ReceiptStat#UNRECOGNIZED} for a value not known; never null
     */
    public ReceiptStat stat() {
        return stat;
    }

    /**
     * {@code stat} as written (for {@link ReceiptStat#UNRECOGNIZED} the only record of it).
     *
     * @return the raw stat text; the stat's name when it came from the message_state TLV
     */
    public String rawStat() {
        return rawStat;
    }

    /**
     * The {@code message_state} TLV when present, otherwise the state matching {@link #stat()}.
     *
     * @return the state, or empty when there is no TLV and the stat has no 3.4 state (SKIPPED, UNRECOGNIZED)
     */
    public Optional<MessageState> messageState() {
        return messageState != null ? Optional.of(messageState) : stat.messageState();
    }

    /**
     * {@code err} as written: "000", "0", "0000", "21b", …
     *
     * @return the raw err value, or empty if the field is absent
     */
    public Optional<String> err() {
        return Optional.ofNullable(err);
    }

    /**
     * {@code err} as a decimal number, if it is one (up to 9 digits).
     *
     * @return the number, or empty if err is absent, not decimal or longer than 9 digits
     */
    public OptionalInt errorCode() {
        Integer code = number(err);
        return code == null ? OptionalInt.empty() : OptionalInt.of(code);
    }

    /**
     * The {@code network_error_code} TLV, if the PDU had one.
     *
     * @return the network type and error, or empty
     */
    public Optional<NetworkErrorCode> networkError() {
        return Optional.ofNullable(networkError);
    }

    /**
     * {@code text} (the start of the original message), blanks around it removed; "" if the label has no value.
     *
     * @return the text, or empty if there is no text field
     */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /**
     * Every field of the text, by lower-case label ("id", "submit date", …, and unknown ones), values as written.
     *
     * @return an unmodifiable map; empty for a receipt from TLVs or the builder
     */
    public Map<String, String> fields() {
        Map<String, String> f = fields;
        if (f == null) {
            f = scan == null ? Map.of() : scan.fields();
            fields = f;
        }
        return f;
    }

    /**
     * The receipt text as received; "" for a receipt carried only in TLVs or built with {@link #builder()}.
     *
     * @return the raw text from the peer, unescaped
     */
    public String raw() {
        return raw;
    }

    /**
     * The Appendix B text, dates to the minute.
     *
     * @return the text, as {@link #format(boolean) format(false)}
     */
    public String format() {
        return format(false);
    }

    /**
     * The Appendix B text: {@code id:… sub:… dlvrd:… submit date:… done date:… stat:… err:… text:…}, omitting fields
     * this receipt lacks. {@code sub} and {@code dlvrd} are zero-padded to three digits; dates are {@code YYMMDDhhmm},
     * or {@code YYMMDDhhmmss} with {@code withSeconds}. The label is {@code text:} in lower case, as most SMSCs
     * write it (the spec's example has {@code Text:}; both parse).
     *
     * @param withSeconds true for 12-digit dates with seconds, false for the 10-digit Appendix B form
     * @return the receipt text, e.g. {@code id:12345 sub:001 dlvrd:001 submit date:2612021430 done date:2612021431
     *     stat:DELIVRD err:000 text:Hello}
     */
    public String format(boolean withSeconds) {
        StringBuilder sb = new StringBuilder(160).append("id:").append(id());
        if (sub != null) {
            sb.append(" sub:").append(pad3(sub));
        }
        if (dlvrd != null) {
            sb.append(" dlvrd:").append(pad3(dlvrd));
        }
        if (submitDate != null) {
            sb.append(" submit date:").append(ReceiptDates.format(submitDate, withSeconds));
        }
        if (doneDate != null) {
            sb.append(" done date:").append(ReceiptDates.format(doneDate, withSeconds));
        }
        sb.append(" stat:").append(rawStat);
        if (err != null) {
            sb.append(" err:").append(err);
        }
        if (text != null) {
            sb.append(" text:").append(text);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeliveryReceipt r
                && Objects.equals(textId, r.textId)
                && Objects.equals(receiptedMessageId, r.receiptedMessageId)
                && Objects.equals(sub, r.sub)
                && Objects.equals(dlvrd, r.dlvrd)
                && Objects.equals(submitDate, r.submitDate)
                && Objects.equals(doneDate, r.doneDate)
                && stat == r.stat
                && rawStat.equals(r.rawStat)
                && messageState == r.messageState
                && Objects.equals(err, r.err)
                && Objects.equals(networkError, r.networkError)
                && Objects.equals(text, r.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(textId, receiptedMessageId, sub, dlvrd, submitDate, doneDate, rawStat, err, text);
    }

    @Override
    public String toString() {
        return "DeliveryReceipt[id=" + id() + ", stat=" + rawStat + ", err=" + err + ", sub=" + sub + ", dlvrd="
                + dlvrd + ", submitDate=" + submitDate + ", doneDate=" + doneDate + ", text=" + text
                + (messageState != null ? ", message_state=" + messageState : "")
                + (networkError != null ? ", " + networkError : "") + "]";
    }

    private static String pad3(int v) {
        return v < 10 ? "00" + v : v < 100 ? "0" + v : Integer.toString(v);
    }

    /** A decimal number of 1–9 digits, or null. */
    static Integer number(String s) {
        if (s == null || s.isEmpty() || s.length() > 9) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.parseInt(s);
    }
}
