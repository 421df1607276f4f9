package dev.smppkit.testkit.internal;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.pdu.BaseSm;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.text.LogSafe;
import dev.smppkit.codec.text.ReassembledMessage;
import dev.smppkit.codec.text.SarParameters;
import dev.smppkit.testkit.SubscriberHandler;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The virtual subscribers, by number. An accepted message to a subscriber's number is reassembled on its session
 * (segments by UDH or SAR TLVs) and handed to the subscriber once whole. Registration is thread-safe; delivery runs
 * on the submitting session's event loop.
 */
final class Subscribers {
    private static final Logger log = LoggerFactory.getLogger(Subscribers.class);

    private final MoMessages mo;
    private final Deliveries deliveries;
    private final ErrorLog errors;
    private final ConcurrentHashMap<String, SubscriberHandler> byNumber = new ConcurrentHashMap<>();
    private volatile UssdRouter ussd; // per simulator, set once by SmscSimulator.ussd()

    Subscribers(MoMessages mo, Deliveries deliveries, ErrorLog errors) {
        this.mo = mo;
        this.deliveries = deliveries;
        this.errors = errors;
    }

    void put(String number, SubscriberHandler handler) {
        byNumber.put(normalize(number), handler);
    }

    void ussd(UssdRouter router) {
        this.ussd = router;
    }

    void remove(String number) {
        byNumber.remove(normalize(number));
    }

    /** A message accepted for {@code to}; the PDU gives its esm_class, data_coding and SAR TLVs. */
    void onAccepted(SessionHandler session, Address from, Address to, PduRequest<?> pdu, byte[] body, String id) {
        UssdRouter router = ussd;
        if (router != null && pdu.tlvs().ussdServiceOp().isPresent()) {
            try {
                if (router.onAccepted(session.session(), from, to, pdu, body)) {
                    return;
                }
            } catch (RuntimeException e) {
                errors.record("USSD handset failed on message " + id, e);
                return;
            }
        }
        if (byNumber.isEmpty()) {
            return;
        }
        SubscriberHandler handler = byNumber.get(normalize(to.value()));
        if (handler == null) {
            return;
        }
        boolean udhi;
        DataCoding dataCoding;
        if (pdu instanceof BaseSm<?> sm) {
            udhi = sm.esmClass().hasUdhi();
            dataCoding = sm.dataCoding();
        } else {
            DataSm data = (DataSm) pdu;
            udhi = data.esmClass().hasUdhi();
            dataCoding = data.dataCoding();
        }
        Optional<ReassembledMessage> whole;
        try {
            whole = session.reassembler()
                    .offer(from.value() + ">" + to.value(), body, udhi, dataCoding, sar(pdu.tlvs()));
        } catch (IllegalArgumentException e) {
            log.debug(
                    "{}: message {} to subscriber {} has a malformed UDH: {}",
                    session.id(),
                    id,
                    LogSafe.lazy(to),
                    LogSafe.lazy(e.getMessage()));
            return;
        }
        if (whole.isEmpty()) {
            return; // more segments to come
        }
        SubscriberMessageImpl message =
                new SubscriberMessageImpl(mo, deliveries, session.session(), from, to, whole.get(), id);
        try {
            handler.onMessage(message);
        } catch (Exception | Error e) {
            errors.record("subscriber " + to.value() + " failed on message " + id, e);
        }
    }

    private static SarParameters sar(Tlvs tlvs) {
        var ref = tlvs.sarMsgRefNum();
        var total = tlvs.sarTotalSegments();
        var seq = tlvs.sarSegmentSeqnum();
        if (ref.isEmpty() || total.isEmpty() || seq.isEmpty()) {
            return null;
        }
        try {
            return new SarParameters(ref.getAsInt(), total.getAsInt(), seq.getAsInt());
        } catch (IllegalArgumentException e) {
            return null; // out-of-range SAR values: treat the body as a whole message
        }
    }

    private static String normalize(String number) {
        return number.startsWith("+") ? number.substring(1) : number;
    }
}
