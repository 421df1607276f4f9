package dev.smppkit.bench.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudhopper.smpp.SmppConstants;
import com.cloudhopper.smpp.SmppServerConfiguration;
import com.cloudhopper.smpp.SmppServerHandler;
import com.cloudhopper.smpp.SmppServerSession;
import com.cloudhopper.smpp.SmppSessionConfiguration;
import com.cloudhopper.smpp.impl.DefaultSmppServer;
import com.cloudhopper.smpp.impl.DefaultSmppSessionHandler;
import com.cloudhopper.smpp.pdu.BaseBind;
import com.cloudhopper.smpp.pdu.BaseBindResp;
import com.cloudhopper.smpp.pdu.CancelSm;
import com.cloudhopper.smpp.pdu.PduRequest;
import com.cloudhopper.smpp.pdu.PduResponse;
import com.cloudhopper.smpp.pdu.QuerySm;
import com.cloudhopper.smpp.pdu.QuerySmResp;
import dev.smppkit.client.Esme;
import dev.smppkit.client.QueryResult;
import dev.smppkit.client.RejectedException;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.MessageState;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * query_sm and cancel_sm between smppkit's client and a third-party SMSC: Cloudhopper 5.0.9's server, whose session
 * handler records what it decoded and answers with fixed results. Checks both sides: the fields Cloudhopper read from
 * smppkit's PDUs, and the results smppkit read from Cloudhopper's responses.
 */
@Timeout(60)
class CloudhopperOperationsIT {
    private static final String KNOWN_ID = "msg-0001";
    /** An absolute final_date in Cloudhopper's wire form: 2026-01-02 03:04:05.6, UTC. */
    private static final String FINAL_DATE = "260102030405600+";

    /** What Cloudhopper decoded, in arrival order; filled on its I/O threads, read by the test thread. */
    private final LinkedBlockingQueue<PduRequest<?>> received = new LinkedBlockingQueue<>();

    private ExecutorService io;
    private DefaultSmppServer server;
    private Esme esme;

    @BeforeEach
    void start() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        SmppServerConfiguration config = new SmppServerConfiguration();
        config.setPort(port);
        config.setHost("127.0.0.1");
        config.setNonBlockingSocketsEnabled(true);
        config.setJmxEnabled(false);
        io = Executors.newCachedThreadPool();
        server = new DefaultSmppServer(config, new Binds(), io);
        server.start();
        esme = Esme.builder()
                .host("127.0.0.1")
                .port(port)
                .systemId("interop")
                .password("secret")
                .build();
        esme.start().get(20, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        if (esme != null) {
            esme.stop(Duration.ofSeconds(2)).join();
        }
        server.destroy();
        io.shutdownNow();
    }

    @Test
    void queryOfAKnownMessage() throws Exception {
        QueryResult r =
                esme.query(KNOWN_ID, Address.international("447700900123")).get(10, TimeUnit.SECONDS);

        QuerySm seen = (QuerySm) received.poll(10, TimeUnit.SECONDS);
        assertThat(seen.getMessageId()).isEqualTo(KNOWN_ID);
        assertThat(seen.getSourceAddress().getTon()).isEqualTo((byte) 1);
        assertThat(seen.getSourceAddress().getNpi()).isEqualTo((byte) 1);
        assertThat(seen.getSourceAddress().getAddress()).isEqualTo("447700900123");

        assertThat(r.messageId()).isEqualTo(KNOWN_ID);
        assertThat(r.state()).isEqualTo(MessageState.UNDELIVERABLE);
        assertThat(r.stateCode()).isEqualTo(5);
        assertThat(r.errorCode()).isEqualTo(42);
        assertThat(r.finalDate()).contains(Instant.parse("2026-01-02T03:04:05.600Z"));
    }

    @Test
    void queryOfAnUnknownMessageIsRejectedWithCloudhoppersStatus() throws Exception {
        assertThatThrownBy(
                        () -> esme.query("nope", Address.alphanumeric("ACME")).get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(
                        RejectedException.class, e -> assertThat(e.status()).isEqualTo(CommandStatus.ESME_RQUERYFAIL));
        QuerySm seen = (QuerySm) received.poll(10, TimeUnit.SECONDS);
        assertThat(seen.getMessageId()).isEqualTo("nope");
        assertThat(seen.getSourceAddress().getTon()).isEqualTo((byte) 5);
        assertThat(seen.getSourceAddress().getAddress()).isEqualTo("ACME");
    }

    @Test
    void cancelOfAKnownMessageAndOfEveryMessageBetweenTwoAddresses() throws Exception {
        assertThat(esme.cancel(KNOWN_ID, Address.alphanumeric("ACME")).get(10, TimeUnit.SECONDS))
                .isNull();
        CancelSm one = (CancelSm) received.poll(10, TimeUnit.SECONDS);
        assertThat(one.getMessageId()).isEqualTo(KNOWN_ID);
        assertThat(one.getServiceType()).isEmpty(); // a NULL service_type, which Cloudhopper reads as ""

        assertThat(one.getSourceAddress().getAddress()).isEqualTo("ACME");
        assertThat(one.getDestAddress().getAddress()).isEmpty();

        assertThat(esme.cancel("CMT", Address.alphanumeric("ACME"), Address.international("447700900123"))
                        .get(10, TimeUnit.SECONDS))
                .isNull();
        CancelSm all = (CancelSm) received.poll(10, TimeUnit.SECONDS);
        assertThat(all.getMessageId()).isEmpty(); // NULL message_id: cancel by addresses (§4.9)
        assertThat(all.getServiceType()).isEqualTo("CMT");
        assertThat(all.getSourceAddress().getAddress()).isEqualTo("ACME");
        assertThat(all.getDestAddress().getTon()).isEqualTo((byte) 1);
        assertThat(all.getDestAddress().getAddress()).isEqualTo("447700900123");
    }

    @Test
    void cancelOfAnUnknownMessageIsRejectedWithCloudhoppersStatus() {
        assertThatThrownBy(
                        () -> esme.cancel("nope", Address.alphanumeric("ACME")).get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(
                        RejectedException.class, e -> assertThat(e.status()).isEqualTo(CommandStatus.ESME_RCANCELFAIL));
    }

    private final class Binds implements SmppServerHandler {
        @Override
        public void sessionBindRequested(Long id, SmppSessionConfiguration config, BaseBind bind) {
            config.setName("interop-" + id);
        }

        @Override
        public void sessionCreated(Long id, SmppServerSession session, BaseBindResp response) {
            session.serverReady(new Answers());
        }

        @Override
        public void sessionDestroyed(Long id, SmppServerSession session) {
            session.destroy();
        }
    }

    /** Records query_sm and cancel_sm and answers them: fixed results for KNOWN_ID, the failure statuses otherwise. */
    private final class Answers extends DefaultSmppSessionHandler {
        @Override
        @SuppressWarnings("rawtypes")
        public PduResponse firePduRequestReceived(PduRequest request) {
            PduResponse response = request.createResponse();
            if (request instanceof QuerySm q) {
                received.add(q);
                if (KNOWN_ID.equals(q.getMessageId())) {
                    QuerySmResp r = (QuerySmResp) response;
                    r.setMessageId(KNOWN_ID);
                    r.setFinalDate(FINAL_DATE);
                    r.setMessageState(SmppConstants.STATE_UNDELIVERABLE);
                    r.setErrorCode((byte) 42);
                } else {
                    response.setCommandStatus(SmppConstants.STATUS_QUERYFAIL);
                }
            } else if (request instanceof CancelSm c) {
                received.add(c);
                String id = c.getMessageId() == null ? "" : c.getMessageId();
                if (!id.isEmpty() && !KNOWN_ID.equals(id)) {
                    response.setCommandStatus(SmppConstants.STATUS_CANCELFAIL);
                }
            }
            return response;
        }
    }
}
