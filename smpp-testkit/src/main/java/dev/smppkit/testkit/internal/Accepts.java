package dev.smppkit.testkit.internal;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.CancelSm;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.DataSmResp;
import dev.smppkit.codec.pdu.DestinationAddress;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.pdu.QuerySm;
import dev.smppkit.codec.pdu.ReplaceSm;
import dev.smppkit.codec.pdu.SubmitMulti;
import dev.smppkit.codec.pdu.SubmitMultiResp;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.SubmitSmResp;
import dev.smppkit.codec.pdu.UnsuccessSme;
import dev.smppkit.testkit.Reply;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What accepting a message request does: store the message under its id and answer with it, then (after the response
 * is written) schedule its receipts and hand it to a virtual subscriber. query_sm, cancel_sm and replace_sm are
 * answered from the store by {@link StoreRequests}. Runs on the session's event loop.
 */
final class Accepts {
    private final Supplier<String> messageIds;
    private final Receipts receipts;
    private final Subscribers subscribers;
    private final MessageRequests requests;
    private final StoreRequests store;
    private final MessageStoreImpl messages;

    Accepts(
            Supplier<String> messageIds,
            Receipts receipts,
            Subscribers subscribers,
            MessageStoreImpl store,
            MessageRequests requests) {
        this.messageIds = messageIds;
        this.receipts = receipts;
        this.subscribers = subscribers;
        this.requests = requests;
        this.store = new StoreRequests(store);
        this.messages = store;
    }

    /** A response and what must follow it (null if nothing). */
    record Accepted(PduResponse response, Runnable after) {}

    Accepted accept(SessionHandler session, PduRequest<?> request, Reply reply) {
        if (request instanceof SubmitSm sm) {
            return submit(session, sm, reply);
        } else if (request instanceof SubmitMulti multi) {
            return submitMulti(session, multi, reply);
        } else if (request instanceof DataSm data) {
            return data(session, data, reply);
        } else if (request instanceof QuerySm query) {
            return new Accepted(store.query(query), null);
        } else if (request instanceof CancelSm cancel) {
            return new Accepted(store.cancel(cancel), null);
        } else if (request instanceof ReplaceSm replace) {
            return new Accepted(store.replace(replace), null);
        }
        throw new IllegalStateException("not a message request: " + request);
    }

    private Accepted submit(SessionHandler session, SubmitSm sm, Reply reply) {
        String id = reply.messageId().orElseGet(messageIds);
        StoredEntry entry = store(session, id, Submission.of(sm));
        SubmitSmResp response = SubmitSmResp.builder().messageId(id).build().withSequenceNumber(sm.sequenceNumber());
        return new Accepted(response, () -> {
            receipts.onAccepted(entry, session.session());
            subscribers.onAccepted(session, sm.sourceAddress(), sm.destAddress(), sm, entry.body(), id);
        });
    }

    private Accepted data(SessionHandler session, DataSm data, Reply reply) {
        String id = reply.messageId().orElseGet(messageIds);
        StoredEntry entry = store(session, id, Submission.of(data));
        DataSmResp response = DataSmResp.builder().messageId(id).build().withSequenceNumber(data.sequenceNumber());
        return new Accepted(response, () -> {
            receipts.onAccepted(entry, session.session());
            subscribers.onAccepted(session, data.sourceAddress(), data.destAddress(), data, entry.body(), id);
        });
    }

    private Accepted submitMulti(SessionHandler session, SubmitMulti multi, Reply reply) {
        List<UnsuccessSme> unsuccessful = reply.unsuccessful().orElseGet(() -> unsuccessful(session, multi));
        Set<Address> refused = new HashSet<>();
        unsuccessful.forEach(u -> refused.add(u.address()));
        List<Address> accepted = new ArrayList<>();
        for (DestinationAddress d : multi.destinations()) {
            if (d instanceof DestinationAddress.Sme sme && !refused.contains(sme.address())) {
                accepted.add(sme.address());
            }
        }
        String id = reply.messageId().orElseGet(messageIds);
        SubmitMultiResp.Builder b = SubmitMultiResp.builder().messageId(id);
        unsuccessful.forEach(b::addUnsuccessful);
        PduResponse response = b.build().withSequenceNumber(multi.sequenceNumber());
        if (accepted.isEmpty()) {
            return new Accepted(response, null);
        }
        StoredEntry entry = store(session, id, Submission.of(multi, accepted));
        return new Accepted(response, () -> {
            receipts.onAccepted(entry, session.session());
            for (Address to : accepted) {
                subscribers.onAccepted(session, multi.sourceAddress(), to, multi, entry.body(), id);
            }
        });
    }

    private StoredEntry store(SessionHandler session, String id, Submission submission) {
        StoredEntry entry = receipts.newEntry(id, session.session(), submission);
        messages.add(entry);
        return entry;
    }

    /**
     * The default unsuccess_sme list: each SME destination the submit_sm handler rejects when asked about a submit_sm
     * to it alone, and every distribution list (the simulator knows none).
     */
    private List<UnsuccessSme> unsuccessful(SessionHandler session, SubmitMulti multi) {
        List<UnsuccessSme> out = new ArrayList<>();
        for (DestinationAddress d : multi.destinations()) {
            if (d instanceof DestinationAddress.DistributionList list) {
                out.add(new UnsuccessSme(Address.of(0, 0, list.name()), CommandStatus.ESME_RINVDLNAME));
            } else if (d instanceof DestinationAddress.Sme sme) {
                SubmitSm single;
                try {
                    single = asSubmitSm(multi, sme.address());
                } catch (IllegalArgumentException e) {
                    continue; // a field a submit_sm builder refuses: accept the destination unasked
                }
                Reply r = requests.decide(session.session(), single);
                CommandStatus status = r.kind() == Reply.Kind.NO_REPLY ? CommandStatus.ESME_ROK : r.status();
                if (!status.isOk()) {
                    out.add(new UnsuccessSme(sme.address(), status));
                }
            }
        }
        return out;
    }

    /** The submit_sm that would carry this submit_multi to one destination. */
    private static SubmitSm asSubmitSm(SubmitMulti multi, Address destination) {
        return SubmitSm.builder()
                .tlvs(multi.tlvs())
                .serviceType(multi.serviceType())
                .sourceAddress(multi.sourceAddress())
                .destAddress(destination)
                .esmClass(multi.esmClass())
                .protocolId(multi.protocolId())
                .priorityFlag(multi.priorityFlag())
                .scheduleDeliveryTime(multi.scheduleDeliveryTime().orElse(null))
                .validityPeriod(multi.validityPeriod().orElse(null))
                .registeredDelivery(multi.registeredDelivery())
                .dataCoding(multi.dataCoding())
                .smDefaultMsgId(multi.smDefaultMsgId())
                .shortMessage(multi.shortMessage())
                .build()
                .withSequenceNumber(multi.sequenceNumber());
    }
}
