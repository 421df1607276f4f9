package dev.smppkit.codec.text;

import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.internal.text.ReceiptDates;
import dev.smppkit.codec.internal.text.ReceiptScanner;
import dev.smppkit.codec.pdu.NetworkErrorCode;
import java.time.LocalDateTime;

/** Turns receipt text and TLVs into a {@link DeliveryReceipt}; see {@link DeliveryReceipt#from}. */
final class ReceiptReader {
    private ReceiptReader() {}

    static DeliveryReceipt read(
            String text, String receiptedMessageId, MessageState state, NetworkErrorCode networkError) {
        String raw = text == null ? "" : text;
        DeliveryReceiptBuilder b = new DeliveryReceiptBuilder();
        ReceiptScanner.Scan fields = null; // none: the receipt's fields() are empty
        if (!raw.isBlank()) {
            ReceiptScanner.Scan scan = ReceiptScanner.scan(raw);
            fields = scan;
            b.id = emptyToNull(fields.get(ReceiptScanner.ID));
            b.sub = number(fields.get(ReceiptScanner.SUB));
            b.dlvrd = number(fields.get(ReceiptScanner.DLVRD));
            LocalDateTime[] dates =
                    ReceiptDates.resolve(fields.get(ReceiptScanner.SUBMIT_DATE), fields.get(ReceiptScanner.DONE_DATE));
            b.submitDate = dates[0];
            b.doneDate = dates[1];
            b.err = emptyToNull(fields.get(ReceiptScanner.ERR));
            b.text = fields.get(ReceiptScanner.TEXT);
            String statValue = emptyToNull(fields.get(ReceiptScanner.STAT));
            if (statValue != null) {
                b.stat(statValue);
            } else if (state == null) {
                // ksmppd#108: "done date:180903120816 DELIVRD err:000" has the stat without its label
                scan.strays().stream()
                        .filter(ReceiptReader::isStatCode)
                        .findFirst()
                        .ifPresent(b::stat);
            }
        }
        String tlvId = receiptedMessageId == null
                ? null
                : emptyToNull(receiptedMessageId.replace("\0", "").strip());
        b.receiptedMessageId = tlvId;
        b.messageState = state;
        b.networkError = networkError;
        if (b.id == null && tlvId == null) {
            throw new ReceiptParseException(
                    raw.isBlank() ? "no receipt text and no receipted_message_id TLV" : "no id field", raw);
        }
        if (b.stat == null) {
            if (state == null) {
                throw new ReceiptParseException(
                        raw.isBlank() ? "no receipt text and no message_state TLV" : "no stat field", raw);
            }
            b.stat(ReceiptStat.of(state));
        }
        return new DeliveryReceipt(b, fields, raw);
    }

    /** Only the exact upper-case codes count as a stray stat, so that ordinary words in a non-receipt do not. */
    private static boolean isStatCode(String token) {
        ReceiptStat stat = ReceiptStat.parse(token);
        return stat != ReceiptStat.UNRECOGNIZED && stat.name().equals(token);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Integer number(String s) {
        return DeliveryReceipt.number(s);
    }
}
