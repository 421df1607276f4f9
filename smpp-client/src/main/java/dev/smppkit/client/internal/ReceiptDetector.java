package dev.smppkit.client.internal;

import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.text.DeliveryReceipt;
import dev.smppkit.codec.text.ReceiptStat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides whether a deliver_sm or data_sm is a delivery receipt. esm_class 0x04 (receipt) or 0x20 (intermediate
 * notification) always is; with {@link dev.smppkit.client.InboundOptions#receiptDetection() receiptDetection} on, so is
 * a PDU that carries a receipted_message_id TLV, or whose text is a standard receipt, since some SMSCs send receipts
 * with esm_class 0. The text test is strict, because a false positive would take a mobile-originated message away
 * from {@code onIncomingMessage}: it needs labelled {@code id:} and {@code stat:} fields, a stat that is one of the
 * known codes, and at least one more receipt field ({@code sub}, {@code dlvrd}, {@code submit date}, {@code done
 * date} or {@code err}).
 *
 * <p>Stateless; any thread.
 */
final class ReceiptDetector {
    private ReceiptDetector() {}

    /**
     * Whether the PDU is a receipt.
     *
     * @param esm its esm_class
     * @param tlvs its TLVs
     * @param text decodes its text, giving null if it has none or is not text; called only when needed
     * @param detect whether receipts without a receipt esm_class are recognised
     */
    static boolean isReceipt(EsmClass esm, Tlvs tlvs, Supplier<String> text, boolean detect) {
        if (esm.isDeliveryReceipt() || esm.isIntermediateNotification()) {
            return true;
        }
        if (!detect) {
            return false;
        }
        Optional<String> receipted = tlvs.receiptedMessageId();
        if (receipted.isPresent() && !receipted.get().replace("\0", "").isBlank()) {
            return true;
        }
        String decoded = text.get();
        return decoded != null && isReceiptText(decoded);
    }

    /** Appendix B text: labelled id and a known stat, plus one more receipt field. */
    static boolean isReceiptText(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("id:") || !lower.contains("stat:")) {
            return false; // cheap test first: most MO messages stop here
        }
        Optional<DeliveryReceipt> parsed = DeliveryReceipt.tryParse(text);
        if (parsed.isEmpty()) {
            return false;
        }
        Map<String, String> fields = parsed.get().fields();
        return fields.containsKey("id")
                && fields.containsKey("stat")
                && parsed.get().stat() != ReceiptStat.UNRECOGNIZED
                && (fields.containsKey("sub")
                        || fields.containsKey("dlvrd")
                        || fields.containsKey("submit date")
                        || fields.containsKey("done date")
                        || fields.containsKey("err"));
    }
}
