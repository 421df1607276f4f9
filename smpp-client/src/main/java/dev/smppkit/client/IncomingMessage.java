package dev.smppkit.client;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.pdu.PduRequest;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A mobile-originated message, reassembled when it came in several segments.
 *
 * @param source who sent it
 * @param destination the address it was sent to (e.g. your short code)
 * @param dataCoding the data_coding of its segments
 * @param payload the user data, segments joined, UDH removed
 * @param text the decoded text, empty for binary data codings
 * @param segments how many PDUs carried it (for an incomplete message: how many arrived)
 * @param complete false when some segments never arrived and the reassembly timed out; the payload then holds the
 *     segments that did arrive, in order
 * @param systemId the account it arrived on
 * @param lastPdu the deliver_sm or data_sm that completed it
 * @param account the name of the ESME (account) it arrived on; by default its system_id
 * @param inboxId with an {@link Inbox}: the message's idempotency key ({@link InboxClaim#id()}), the same each time the
 *     hook gets it again (after a failed hook or a restart); empty without an inbox
 */
public record IncomingMessage(
        Address source,
        Address destination,
        DataCoding dataCoding,
        byte[] payload,
        Optional<String> text,
        int segments,
        boolean complete,
        String systemId,
        PduRequest<?> lastPdu,
        String account,
        OptionalLong inboxId) {
    /**
     * A message; copies the payload, so it stays unchanged, and counts fewer than 1 segment as 1.
     *
     * @param source who sent it
     * @param destination the address it was sent to (e.g. your short code)
     * @param dataCoding the data_coding of its segments
     * @param payload the user data, segments joined, UDH removed
     * @param text the decoded text, empty for binary data codings
     * @param segments how many PDUs carried it (for an incomplete message: how many arrived)
     * @param complete false when some segments never arrived and the reassembly timed out; the payload then holds the
     *     segments that did arrive, in order
     * @param systemId the account it arrived on
     * @param lastPdu the deliver_sm or data_sm that completed it
     * @param account the name of the ESME (account) it arrived on; null is taken as the system_id
     * @param inboxId the idempotency key from the inbox; null is taken as empty
     */
    public IncomingMessage {
        inboxId = inboxId != null ? inboxId : OptionalLong.empty();
        payload = payload.clone();
        segments = Math.max(1, segments);
        account = account != null ? account : systemId;
    }

    /**
     * A message that did not come through an inbox.
     *
     * @param source who sent it
     * @param destination the address it was sent to (e.g. your short code)
     * @param dataCoding the data_coding of its segments
     * @param payload the user data, segments joined, UDH removed
     * @param text the decoded text, empty for binary data codings
     * @param segments how many PDUs carried it (for an incomplete message: how many arrived)
     * @param complete false when some segments never arrived and the reassembly timed out
     * @param systemId the account it arrived on
     * @param lastPdu the deliver_sm or data_sm that completed it
     * @param account the name of the ESME (account) it arrived on; null is taken as the system_id
     */
    public IncomingMessage(
            Address source,
            Address destination,
            DataCoding dataCoding,
            byte[] payload,
            Optional<String> text,
            int segments,
            boolean complete,
            String systemId,
            PduRequest<?> lastPdu,
            String account) {
        this(
                source,
                destination,
                dataCoding,
                payload,
                text,
                segments,
                complete,
                systemId,
                lastPdu,
                account,
                OptionalLong.empty());
    }

    /**
     * A message whose account is named by its system_id.
     *
     * @param source who sent it
     * @param destination the address it was sent to (e.g. your short code)
     * @param dataCoding the data_coding of its segments
     * @param payload the user data, segments joined, UDH removed
     * @param text the decoded text, empty for binary data codings
     * @param segments how many PDUs carried it (for an incomplete message: how many arrived)
     * @param complete false when some segments never arrived and the reassembly timed out
     * @param systemId the account it arrived on
     * @param lastPdu the deliver_sm or data_sm that completed it
     */
    public IncomingMessage(
            Address source,
            Address destination,
            DataCoding dataCoding,
            byte[] payload,
            Optional<String> text,
            int segments,
            boolean complete,
            String systemId,
            PduRequest<?> lastPdu) {
        this(source, destination, dataCoding, payload, text, segments, complete, systemId, lastPdu, systemId);
    }

    /**
     * The body octets, segments joined and UDH removed.
     *
     * @return a new copy each call, so the message stays unchanged
     */
    @Override
    public byte[] payload() {
        return payload.clone();
    }
}
