package dev.smppkit.bench.compare;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitSmResult;

/**
 * jSMPP 3.0.1's client: one transceiver {@link SMPPSession} and {@code threads} threads that each call the
 * synchronous {@code submitShortMessage} in a loop. jSMPP has no asynchronous submit and no window of its own, so the
 * number of threads is its window: with 100 threads up to 100 submits are in flight. The latency measured is the
 * duration of that call. The text goes as ASCII bytes with data_coding 0, the same bytes as GSM 7-bit for the texts
 * a comparison allows (jSMPP has no GSM charset). The receipt listener counts each receipt by its id and jSMPP
 * answers deliver_sm_resp (ESME_ROK) when it returns.
 *
 * <p>jSMPP's reader thread hands every incoming PDU to a pool of {@code pduThreads} threads (its default: 3) with a
 * queue of {@code queueCapacity} (its default: 100). When that queue is full it answers an incoming request, such as
 * a receipt's deliver_sm, with ESME_RTHROTTLED, and makes its reader wait for room for a response; so with receipts
 * and many submits in flight, receipts come back throttled and arrive only when the SMSC retries them.
 */
final class JsmppClient implements BenchClient {
    private static final long TIMEOUT_MILLIS = 30_000;

    private final int pduThreads;
    private final int queueCapacity;

    /** With {@link SMPPSession#setPduProcessorDegree} and {@link SMPPSession#setQueueCapacity} set to these. */
    JsmppClient(int pduThreads, int queueCapacity) {
        this.pduThreads = pduThreads;
        this.queueCapacity = queueCapacity;
    }

    @Override
    public String name() {
        return "jsmpp";
    }

    @Override
    public RunReport run(RunSpec spec) throws Exception {
        PeerTally tally = new PeerTally(spec);
        SMPPSession session = new SMPPSession();
        session.setTransactionTimer(TIMEOUT_MILLIS);
        session.setPduProcessorDegree(pduThreads);
        session.setQueueCapacity(queueCapacity);
        session.setMessageReceiverListener(new Receipts(tally));
        session.connectAndBind(
                "127.0.0.1",
                spec.port(),
                new BindParameter(
                        BindType.BIND_TRX,
                        spec.systemId(),
                        "secret",
                        null,
                        TypeOfNumber.UNKNOWN,
                        NumberingPlanIndicator.UNKNOWN,
                        null),
                10_000);
        try {
            tally.start();
            AtomicLong next = new AtomicLong();
            List<Thread> senders = new ArrayList<>();
            for (int t = 0; t < spec.threads(); t++) {
                Thread sender = new Thread(() -> send(session, spec, tally, next), "jsmpp-sender-" + t);
                sender.start();
                senders.add(sender);
            }
            for (Thread sender : senders) {
                sender.join();
            }
            return tally.finish(name(), spec.stallSeconds());
        } finally {
            session.unbindAndClose();
        }
    }

    private static void send(SMPPSession session, RunSpec spec, PeerTally tally, AtomicLong next) {
        RegisteredDelivery registeredDelivery = new RegisteredDelivery(spec.registeredDelivery());
        for (long i = next.getAndIncrement(); i < spec.count(); i = next.getAndIncrement()) {
            long sent = System.nanoTime();
            try {
                SubmitSmResult result = session.submitShortMessage(
                        null,
                        TypeOfNumber.ALPHANUMERIC,
                        NumberingPlanIndicator.UNKNOWN,
                        "SMPPKIT",
                        TypeOfNumber.INTERNATIONAL,
                        NumberingPlanIndicator.ISDN,
                        String.format(Locale.ROOT, "4479%08d", i),
                        new ESMClass(),
                        (byte) 0,
                        (byte) 0,
                        null,
                        null,
                        registeredDelivery,
                        (byte) 0,
                        DataCodings.ZERO,
                        (byte) 0,
                        spec.text().getBytes(StandardCharsets.US_ASCII));
                tally.response(sent, 0, result.getMessageId());
            } catch (NegativeResponseException e) {
                tally.response(sent, e.getCommandStatus(), null);
            } catch (Exception e) {
                tally.failure(e);
            }
        }
    }

    /** jSMPP calls this on its PDU processing threads. */
    private static final class Receipts implements MessageReceiverListener {
        private final PeerTally tally;

        Receipts(PeerTally tally) {
            this.tally = tally;
        }

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) {
            tally.receipt(deliverSm.getShortMessage());
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {}

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("data_sm is not part of the benchmark", 3); // ESME_RINVCMDID
        }
    }
}
