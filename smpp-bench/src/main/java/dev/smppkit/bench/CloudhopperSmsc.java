package dev.smppkit.bench;

import com.cloudhopper.commons.charset.CharsetUtil;
import com.cloudhopper.smpp.SmppConstants;
import com.cloudhopper.smpp.SmppServerConfiguration;
import com.cloudhopper.smpp.SmppServerHandler;
import com.cloudhopper.smpp.SmppServerSession;
import com.cloudhopper.smpp.SmppSessionConfiguration;
import com.cloudhopper.smpp.impl.DefaultSmppServer;
import com.cloudhopper.smpp.impl.DefaultSmppSessionHandler;
import com.cloudhopper.smpp.pdu.BaseBind;
import com.cloudhopper.smpp.pdu.BaseBindResp;
import com.cloudhopper.smpp.pdu.DeliverSm;
import com.cloudhopper.smpp.pdu.PduRequest;
import com.cloudhopper.smpp.pdu.PduResponse;
import com.cloudhopper.smpp.pdu.SubmitSm;
import com.cloudhopper.smpp.pdu.SubmitSmResp;
import com.cloudhopper.smpp.tlv.Tlv;
import java.net.ServerSocket;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cloudhopper 5.0.9's own SMSC server as a baseline for {@link CloudhopperLoadBenchmark}: accepts every bind, answers
 * every submit_sm with a message id and, when registered_delivery asks, sends a DELIVRD receipt of the simulator's
 * format from one thread per session (Cloudhopper's {@code sendRequestPdu} blocks while its window is full, so it
 * cannot run on the I/O thread). Speaks the simulator's process protocol ({@code --port 0}, then {@code READY <port>}
 * on stdout), so the benchmark runs it through {@code --simulator-jar} with a jar whose manifest names this class
 * and benchmarks.jar on its Class-Path:
 *
 * <pre>
 * printf 'Main-Class: dev.smppkit.bench.CloudhopperSmsc\nClass-Path: benchmarks.jar\n' &gt; /tmp/m.txt
 * jar --create --file smpp-bench/target/ch-smsc.jar --manifest /tmp/m.txt
 * java -cp smpp-bench/target/benchmarks.jar dev.smppkit.bench.CloudhopperLoadBenchmark \
 *     --simulator-jar smpp-bench/target/ch-smsc.jar --receipts on --windows 100
 * </pre>
 */
public final class CloudhopperSmsc {
    private static final int WINDOW = 100;

    private CloudhopperSmsc() {}

    public static void main(String[] args) throws Exception {
        int port = args.length >= 2 && args[0].equals("--port") ? Integer.parseInt(args[1]) : 2775;
        if (port == 0) {
            try (ServerSocket probe = new ServerSocket(0)) {
                port = probe.getLocalPort();
            }
        }
        SmppServerConfiguration config = new SmppServerConfiguration();
        config.setPort(port);
        config.setMaxConnectionSize(100);
        config.setNonBlockingSocketsEnabled(true);
        config.setDefaultRequestExpiryTimeout(30_000);
        config.setDefaultWindowMonitorInterval(15_000);
        config.setDefaultWindowSize(WINDOW);
        config.setDefaultWindowWaitTimeout(60_000);
        config.setDefaultSessionCountersEnabled(false);
        config.setJmxEnabled(false);
        ExecutorService io = Executors.newCachedThreadPool();
        DefaultSmppServer server = new DefaultSmppServer(config, new Binds(), io);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.destroy();
            io.shutdownNow();
        }));
        System.out.println("READY " + port);
        System.out.flush();
        Thread.currentThread().join();
    }

    private static final class Binds implements SmppServerHandler {
        @Override
        public void sessionBindRequested(Long id, SmppSessionConfiguration config, BaseBind bind) {
            config.setName("session-" + id);
            config.getLoggingOptions().setLogPdu(false);
            config.getLoggingOptions().setLogBytes(false);
        }

        @Override
        public void sessionCreated(Long id, SmppServerSession session, BaseBindResp response) {
            session.serverReady(new Submits(session));
        }

        @Override
        public void sessionDestroyed(Long id, SmppServerSession session) {
            session.destroy();
        }
    }

    private static final class Submits extends DefaultSmppSessionHandler {
        private static final AtomicLong IDS = new AtomicLong();
        private final SmppServerSession session;
        private final ExecutorService receipts = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "receipts");
            t.setDaemon(true);
            return t;
        });

        Submits(SmppServerSession session) {
            this.session = session;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public PduResponse firePduRequestReceived(PduRequest request) {
            PduResponse response = request.createResponse();
            if (request instanceof SubmitSm sm) {
                String id = String.format(Locale.ROOT, "%010d", IDS.incrementAndGet());
                ((SubmitSmResp) response).setMessageId(id);
                if ((sm.getRegisteredDelivery() & 0x03) != 0) {
                    receipts.execute(() -> sendReceipt(sm, id));
                }
            }
            return response;
        }

        private void sendReceipt(SubmitSm sm, String id) {
            try {
                DeliverSm receipt = new DeliverSm();
                receipt.setSourceAddress(sm.getDestAddress());
                receipt.setDestAddress(sm.getSourceAddress());
                receipt.setEsmClass(SmppConstants.ESM_CLASS_MT_SMSC_DELIVERY_RECEIPT);
                String text = "id:" + id + " sub:001 dlvrd:001 submit date:2601010000 done date:2601010000"
                        + " stat:DELIVRD err:000 text:";
                receipt.setShortMessage(CharsetUtil.encode(text, CharsetUtil.CHARSET_GSM));
                // the TLVs the simulator's receipts carry too: receipted_message_id, message_state DELIVERED
                receipt.addOptionalParameter(new Tlv(SmppConstants.TAG_RECEIPTED_MSG_ID, (id + "\0").getBytes()));
                receipt.addOptionalParameter(new Tlv(SmppConstants.TAG_MSG_STATE, new byte[] {2}));
                session.sendRequestPdu(receipt, 30_000, false); // blocks while the window is full
            } catch (Exception e) {
                // the session closed: the benchmark reports missing receipts
            }
        }

        @Override
        public void fireChannelUnexpectedlyClosed() {
            receipts.shutdownNow();
        }
    }
}
