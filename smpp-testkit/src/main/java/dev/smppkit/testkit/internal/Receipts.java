package dev.smppkit.testkit.internal;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.EsmClass;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.NetworkErrorCode;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.SubmitMulti;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.text.DeliveryReceipt;
import dev.smppkit.codec.text.Encoding;
import dev.smppkit.codec.text.ReceiptStat;
import dev.smppkit.codec.text.TextCodec;
import dev.smppkit.testkit.ReceiptPolicy;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates store entries with the outcome the receipt policy chooses, and sends the receipts that registered_delivery
 * asks for: an ENROUTE intermediate notification at once, and the final receipt when the policy's delay has passed
 * (from a timer on the submitting session's event loop, which lives as long as the simulator). Receipts go through
 * {@link Deliveries}, so they wait for a receiver bind and are redelivered on transient errors.
 */
final class Receipts {
    /** Appendix B: the receipt quotes the first 20 characters of the message. */
    private static final int QUOTED_CHARACTERS = 20;

    /** The room a submit must find in the delivery budget per destination: a receipt and a notification. */
    private static final int ROOM_PER_DESTINATION = 2 * (DeliveryBudget.OVERHEAD_BYTES + 256);

    private static final Logger log = LoggerFactory.getLogger(Receipts.class);

    private final DeliveryBudget budget;
    private final Deliveries deliveries;
    private final ErrorLog errors;
    private final ReceiptPolicy policy;
    private final SimClock clock;
    private final AtomicLong refusedSubmits = new AtomicLong();
    private final ReportEvery refusals = new ReportEvery(
            log,
            true,
            "submits asking for receipts answered ESME_RMSGQFUL: the held deliveries are at the"
                    + " maxHeldDeliveryBytes limit",
            1,
            TimeUnit.SECONDS);

    Receipts(ReceiptPolicy policy, SimClock clock, DeliveryBudget budget, Deliveries deliveries, ErrorLog errors) {
        this.policy = policy;
        this.clock = clock;
        this.budget = budget;
        this.deliveries = deliveries;
        this.errors = errors;
    }

    /**
     * Whether a submit may be accepted: one that asks for a receipt or notification is refused (to be answered
     * ESME_RMSGQFUL, "message queue full", which an ESME may retry later) when the held deliveries have no room for them, rather
     * than accepted and its receipt dropped. Counted and reported.
     */
    boolean admits(PduRequest<?> request, String sessionId) {
        RegisteredDelivery rd;
        int destinations = 1;
        if (request instanceof SubmitSm sm) {
            rd = sm.registeredDelivery();
        } else if (request instanceof DataSm data) {
            rd = data.registeredDelivery();
        } else if (request instanceof SubmitMulti multi) {
            rd = multi.registeredDelivery();
            destinations = multi.destinations().size();
        } else {
            return true;
        }
        if (!rd.requestsReceipt() && !rd.requestsIntermediateNotification()) {
            return true;
        }
        if (budget.hasRoomFor((long) ROOM_PER_DESTINATION * destinations)) {
            return true;
        }
        refusedSubmits.incrementAndGet();
        refusals.report(() -> "the last on " + sessionId);
        return false;
    }

    long refusedSubmits() {
        return refusedSubmits.get();
    }

    /** A store entry for an accepted message, with the outcome the policy chooses for each destination. */
    StoredEntry newEntry(String id, SessionImpl session, Submission submission) {
        List<ReceiptPolicy.Outcome> outcomes =
                new ArrayList<>(submission.destinations().size());
        for (Address d : submission.destinations()) {
            outcomes.add(policy.outcomeFor(d));
        }
        return new StoredEntry(id, session, submission, outcomes, policy.delay().toNanos(), clock);
    }

    /** Sends or schedules what registered_delivery asks for; called after the response is written. */
    void onAccepted(StoredEntry entry, SessionImpl session) {
        RegisteredDelivery rd = entry.registeredDelivery();
        if (rd.requestsIntermediateNotification() && policy.intermediateNotifications()) {
            for (int i = 0; i < entry.destinations.size(); i++) {
                send(entry, session, i, MessageState.ENROUTE, 0, true);
            }
        }
        if (!rd.requestsReceipt()) {
            return;
        }
        if (entry.delayNanos == 0) {
            sendFinal(entry, session);
            return;
        }
        try {
            entry.addTimer(clock.schedule(session.eventLoop(), () -> sendFinal(entry, session), entry.delayNanos));
        } catch (RejectedExecutionException e) {
            // the simulator is closing: nobody is left to receive it
        }
    }

    private void sendFinal(StoredEntry entry, SessionImpl session) {
        if (!entry.isLive()) {
            return; // cancelled, or the store was cleared
        }
        boolean failureOnly = entry.registeredDelivery().receipt() == RegisteredDelivery.RECEIPT_ON_FAILURE;
        for (int i = 0; i < entry.destinations.size(); i++) {
            ReceiptPolicy.Outcome outcome = entry.outcome(i);
            if (!(failureOnly && outcome.state() == MessageState.DELIVERED)) {
                send(entry, session, i, outcome.state(), outcome.errorCode(), false);
            }
        }
    }

    private void send(
            StoredEntry entry,
            SessionImpl session,
            int destination,
            MessageState state,
            int error,
            boolean intermediate) {
        DeliverSm receipt;
        try {
            receipt = receipt(entry, entry.destinations.get(destination), state, error, intermediate);
        } catch (IllegalArgumentException e) {
            errors.record("cannot build the receipt for message " + entry.id, e);
            return;
        }
        deliveries.forward(entry.systemId, session, receipt);
    }

    /** The receipt PDU: from the message's destination to its source, text and TLVs. */
    DeliverSm receipt(StoredEntry entry, Address destination, MessageState state, int error, boolean intermediate) {
        Instant done = intermediate ? clock.now() : entry.finalTime();
        DeliveryReceipt text = DeliveryReceipt.builder()
                .id(entry.id)
                .sub(1)
                .dlvrd(state == MessageState.DELIVERED ? 1 : 0)
                .submitDate(utc(entry.submitTime))
                .doneDate(utc(done))
                .stat(ReceiptStat.of(state))
                .err(error)
                .text(quote(entry))
                .build();
        Tlvs.Builder tlvs = Tlvs.builder().receiptedMessageId(entry.id).messageState(state);
        if (error != 0) {
            tlvs.networkErrorCode(new NetworkErrorCode(NetworkErrorCode.GSM, error));
        }
        int type = intermediate ? EsmClass.TYPE_INTERMEDIATE_NOTIFICATION : EsmClass.TYPE_SMSC_DELIVERY_RECEIPT;
        return DeliverSm.builder()
                .sourceAddress(destination)
                .destAddress(entry.source)
                .esmClass(EsmClass.of(type))
                .dataCoding(DataCoding.SMSC_DEFAULT)
                .shortMessage(TextCodec.encode(text.format(), Encoding.GSM7, true))
                .tlvs(tlvs.build())
                .build();
    }

    /** The first 20 characters of the message text, or "" for binary data. */
    private static String quote(StoredEntry entry) {
        byte[] body = entry.body();
        int udh = entry.udhi && body.length > 0 ? (body[0] & 0xFF) + 1 : 0;
        if (udh > body.length || !TextCodec.isText(entry.dataCoding, DataCoding.SMSC_DEFAULT)) {
            return "";
        }
        try {
            String text = TextCodec.decode(body, udh, body.length - udh, entry.dataCoding, DataCoding.SMSC_DEFAULT);
            text = text.length() > QUOTED_CHARACTERS ? text.substring(0, QUOTED_CHARACTERS) : text;
            return text.strip();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static LocalDateTime utc(Instant instant) {
        // not ofInstant: it asks the offset for its rules, a new object each time, twice per receipt
        return LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
    }
}
