package dev.smppkit.bench.compare;

import com.cloudhopper.commons.charset.CharsetUtil;
import com.cloudhopper.smpp.PduAsyncResponse;
import com.cloudhopper.smpp.SmppBindType;
import com.cloudhopper.smpp.SmppSession;
import com.cloudhopper.smpp.SmppSessionConfiguration;
import com.cloudhopper.smpp.impl.DefaultSmppClient;
import com.cloudhopper.smpp.impl.DefaultSmppSessionHandler;
import com.cloudhopper.smpp.pdu.DeliverSm;
import com.cloudhopper.smpp.pdu.PduRequest;
import com.cloudhopper.smpp.pdu.PduResponse;
import com.cloudhopper.smpp.pdu.SubmitSm;
import com.cloudhopper.smpp.pdu.SubmitSmResp;
import com.cloudhopper.smpp.type.Address;
import com.cloudhopper.smpp.type.RecoverablePduException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cloudhopper 5.0.9's client: one transceiver session with the spec's window, and {@code threads} producer threads
 * (at most the window) that each build a submit_sm, encode the text to GSM and call
 * {@code sendRequestPdu(pdu, timeout, false)}, which blocks while the window is full and until the write completes; so
 * one thread cannot fill a window, and its users run several (8 was its best setting against the simulator). The
 * response arrives asynchronously on its I/O thread; the latency measured is from that call to the response, so it
 * includes the wait for a window slot. Its session handler answers each deliver_sm with deliver_sm_resp (ESME_ROK)
 * and counts the receipt by its id.
 */
final class CloudhopperClient implements BenchClient {
    private static final int TIMEOUT_MILLIS = 30_000;

    @Override
    public String name() {
        return "cloudhopper";
    }

    @Override
    public RunReport run(RunSpec spec) throws Exception {
        ExecutorService io = Executors.newCachedThreadPool();
        DefaultSmppClient client = new DefaultSmppClient(io, 1);
        try {
            PeerTally tally = new PeerTally(spec);
            SmppSession session = client.bind(configuration(spec), new Handler(tally));
            try {
                tally.start();
                List<Thread> producers = startProducers(spec, session, tally);
                for (Thread producer : producers) {
                    producer.join();
                }
                return tally.finish(name(), spec.stallSeconds());
            } finally {
                session.unbind(5_000);
                session.destroy();
            }
        } finally {
            client.destroy();
            io.shutdownNow();
        }
    }

    private static SmppSessionConfiguration configuration(RunSpec spec) {
        SmppSessionConfiguration config = new SmppSessionConfiguration();
        config.setName(spec.systemId());
        config.setType(SmppBindType.TRANSCEIVER);
        config.setHost("127.0.0.1");
        config.setPort(spec.port());
        config.setSystemId(spec.systemId());
        config.setPassword("secret");
        config.setWindowSize(spec.window());
        config.setConnectTimeout(10_000);
        config.setBindTimeout(10_000);
        config.setWindowWaitTimeout(TIMEOUT_MILLIS);
        config.setRequestExpiryTimeout(TIMEOUT_MILLIS);
        config.setWindowMonitorInterval(15_000);
        config.getLoggingOptions().setLogPdu(false);
        config.getLoggingOptions().setLogBytes(false);
        return config;
    }

    private static List<Thread> startProducers(RunSpec spec, SmppSession session, PeerTally tally) {
        Address from = new Address((byte) 5, (byte) 0, "SMPPKIT");
        AtomicLong next = new AtomicLong();
        List<Thread> producers = new ArrayList<>();
        for (int t = 0; t < Math.max(1, Math.min(spec.threads(), spec.window())); t++) {
            Thread producer = new Thread(
                    () -> {
                        for (long i = next.getAndIncrement(); i < spec.count(); i = next.getAndIncrement()) {
                            long sent = System.nanoTime();
                            try {
                                SubmitSm sm = new SubmitSm();
                                sm.setSourceAddress(from);
                                sm.setDestAddress(
                                        new Address((byte) 1, (byte) 1, String.format(Locale.ROOT, "4479%08d", i)));
                                sm.setRegisteredDelivery(spec.registeredDelivery());
                                sm.setShortMessage(CharsetUtil.encode(spec.text(), CharsetUtil.CHARSET_GSM));
                                sm.setReferenceObject(sent);
                                session.sendRequestPdu(sm, TIMEOUT_MILLIS, false);
                            } catch (Exception e) {
                                tally.failure(e);
                            }
                        }
                    },
                    "cloudhopper-producer-" + t);
            producer.start();
            producers.add(producer);
        }
        return producers;
    }

    /** Cloudhopper calls this on its I/O threads. */
    private static final class Handler extends DefaultSmppSessionHandler {
        private final PeerTally tally;

        Handler(PeerTally tally) {
            this.tally = tally;
        }

        @Override
        public void fireExpectedPduResponseReceived(PduAsyncResponse r) {
            long sent = (Long) r.getRequest().getReferenceObject();
            PduResponse response = r.getResponse();
            String id = response instanceof SubmitSmResp s ? s.getMessageId() : null;
            tally.response(sent, response.getCommandStatus(), id);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public PduResponse firePduRequestReceived(PduRequest request) {
            if (request instanceof DeliverSm deliver) {
                tally.receipt(deliver.getShortMessage());
            }
            return request.createResponse();
        }

        @Override
        @SuppressWarnings("rawtypes")
        public void firePduRequestExpired(PduRequest request) {
            tally.failure(new IllegalStateException("no response to " + request.getName() + " in time"));
        }

        @Override
        public void fireRecoverablePduException(RecoverablePduException e) {
            tally.problem(e);
        }
    }
}
