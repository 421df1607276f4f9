package dev.smppkit.testkit.internal;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.text.ReassembledMessage;
import dev.smppkit.testkit.SmscSession;
import dev.smppkit.testkit.SubscriberMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A message as a subscriber sees it; {@link #reply} stores and forwards the answer to the submitting ESME. */
final class SubscriberMessageImpl implements SubscriberMessage {
    private final MoMessages mo;
    private final Deliveries deliveries;
    private final SessionImpl session;
    private final Address from;
    private final Address to;
    private final ReassembledMessage message;
    private final String messageId;

    SubscriberMessageImpl(
            MoMessages mo,
            Deliveries deliveries,
            SessionImpl session,
            Address from,
            Address to,
            ReassembledMessage message,
            String id) {
        this.mo = mo;
        this.deliveries = deliveries;
        this.session = session;
        this.from = from;
        this.to = to;
        this.message = message;
        this.messageId = id;
    }

    @Override
    public Address from() {
        return from;
    }

    @Override
    public Address to() {
        return to;
    }

    @Override
    public Optional<String> text() {
        return message.text();
    }

    @Override
    public byte[] payload() {
        return message.payload();
    }

    @Override
    public DataCoding dataCoding() {
        return message.dataCoding();
    }

    @Override
    public String messageId() {
        return messageId;
    }

    @Override
    public SmscSession session() {
        return session;
    }

    @Override
    public CompletableFuture<List<DeliverSmResp>> reply(String text) {
        List<DeliverSm> pdus = mo.deliverSms(to, from, text);
        String systemId = session.systemId().orElse("");
        List<CompletableFuture<DeliverSmResp>> parts = new ArrayList<>(pdus.size());
        for (DeliverSm pdu : pdus) {
            parts.add(deliveries.forward(systemId, session, pdu));
        }
        return Futures.allOf(parts);
    }

    @Override
    public String toString() {
        return "SubscriberMessage[" + from + " -> " + to + ", " + message + ", id=" + messageId + "]";
    }
}
