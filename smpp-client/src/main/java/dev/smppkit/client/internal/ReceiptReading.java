package dev.smppkit.client.internal;

import dev.smppkit.client.Tracking;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.pdu.NetworkErrorCode;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.text.DeliveryReceipt;
import dev.smppkit.codec.text.LogSafe;
import dev.smppkit.codec.text.ReceiptParseException;
import java.util.Optional;

/**
 * The two steps of a receipt that the session ({@link InboundHandler}) and the inbox ({@link InboxInterpreter}) take
 * alike: reading it from a PDU's body and TLVs, and settling its correlator lookup (log a failed lookup, count a match,
 * tell the listener). Stateless.
 */
final class ReceiptReading {
    private ReceiptReading() {}

    /**
     * The receipt in a deliver_sm or data_sm: its text (when the data_coding is a text coding) read together with the
     * receipted_message_id, message_state and network_error_code TLVs.
     *
     * @throws ReceiptParseException if neither the TLVs nor the text make a receipt
     */
    static DeliveryReceipt read(byte[] body, DataCoding dc, Tlvs tlvs, DataCoding smscDefault)
            throws ReceiptParseException {
        String text = IncomingText.of(body, dc, smscDefault).orElse(null);
        MessageState state;
        try {
            state = tlvs.messageState().orElse(null);
        } catch (IllegalArgumentException e) {
            state = null; // a message_state 3.4 does not define: fall back to the text's stat
        }
        NetworkErrorCode networkError = tlvs.networkErrorCode().orElse(null);
        return DeliveryReceipt.from(text, tlvs.receiptedMessageId().orElse(null), state, networkError);
    }

    /**
     * What a finished correlator lookup means for the hook: the tracking found, or empty when none was found or the
     * lookup failed (logged, and the receipt goes to the hook unmatched). Counts a match and tells the listener.
     */
    static Optional<Tracking> settle(
            Optional<Tracking> tracking,
            Throwable error,
            DeliveryReceipt receipt,
            EsmeConfig config,
            OutcomeReporter reporter,
            RepeatingFailureLog failures) {
        Optional<Tracking> found = error == null ? tracking : Optional.empty();
        if (error != null) {
            failures.record(
                    RepeatingFailureLog.Level.ERROR,
                    "correlator.get failed",
                    "receipt " + LogSafe.escape(receipt.id()) + " goes to the hook unmatched",
                    error);
        }
        if (found.isPresent()) {
            reporter.receiptsMatched.increment();
        }
        ReceiptListenerCall.receipt(config, found);
        return found;
    }
}
