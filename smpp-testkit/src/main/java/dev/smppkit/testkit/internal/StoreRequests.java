package dev.smppkit.testkit.internal;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.pdu.CancelSm;
import dev.smppkit.codec.pdu.CancelSmResp;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.pdu.QuerySm;
import dev.smppkit.codec.pdu.QuerySmResp;
import dev.smppkit.codec.pdu.ReplaceSm;
import dev.smppkit.codec.pdu.ReplaceSmResp;

/**
 * query_sm, cancel_sm and replace_sm answered from the message store, consistently with what was submitted: a message
 * is found by its id and the source address it was submitted with (an empty source matches any; TON and NPI are not
 * compared, since ESMEs vary them); only a message still ENROUTE can be cancelled or replaced.
 */
final class StoreRequests {
    private final MessageStoreImpl store;

    StoreRequests(MessageStoreImpl store) {
        this.store = store;
    }

    PduResponse query(QuerySm query) {
        StoredEntry e = find(query.messageId(), query.sourceAddress());
        if (e == null) {
            return query.createResponse(CommandStatus.ESME_RQUERYFAIL);
        }
        var snapshot = e.snapshot();
        MessageState state = snapshot.state();
        return QuerySmResp.builder()
                .messageId(e.id)
                .messageState(state)
                .finalDate(snapshot.finalTime().map(SmppTime::absolute).orElse(null))
                .errorCode(snapshot.errorCode())
                .build()
                .withSequenceNumber(query.sequenceNumber());
    }

    PduResponse cancel(CancelSm cancel) {
        boolean cancelled = false;
        if (!cancel.messageId().isEmpty()) {
            StoredEntry e = find(cancel.messageId(), cancel.sourceAddress());
            cancelled = e != null && e.cancel();
        } else {
            // §4.9.1: no message_id cancels every pending message from source to destination (and service_type)
            for (StoredEntry e : store.entries()) {
                if (sameAddress(cancel.sourceAddress(), e.source)
                        && e.destinations.stream().anyMatch(d -> sameAddress(cancel.destAddress(), d))
                        && (cancel.serviceType().isEmpty()
                                || cancel.serviceType().equals(e.serviceType))) {
                    cancelled |= e.cancel();
                }
            }
        }
        return CancelSmResp.create(cancelled ? CommandStatus.ESME_ROK : CommandStatus.ESME_RCANCELFAIL)
                .withSequenceNumber(cancel.sequenceNumber());
    }

    PduResponse replace(ReplaceSm replace) {
        StoredEntry e = find(replace.messageId(), replace.sourceAddress());
        boolean replaced = e != null && e.replace(replace.shortMessage(), replace.registeredDelivery());
        return ReplaceSmResp.create(replaced ? CommandStatus.ESME_ROK : CommandStatus.ESME_RREPLACEFAIL)
                .withSequenceNumber(replace.sequenceNumber());
    }

    private StoredEntry find(String messageId, Address source) {
        StoredEntry e = store.entry(messageId);
        return e != null && (source.value().isEmpty() || sameAddress(source, e.source)) ? e : null;
    }

    private static boolean sameAddress(Address given, Address stored) {
        return given.value().equals(stored.value());
    }
}
