package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.client.ConnectionLostException;
import dev.smppkit.client.QueryResult;
import dev.smppkit.client.ShutdownException;
import dev.smppkit.client.ThrottledException;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.pdu.QuerySm;
import dev.smppkit.codec.pdu.QuerySmResp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The operations a bound session takes: window slots, answers, throttling, and what a stop or a close does. */
class OperationQueueTest {
    private static final Address SOURCE = Address.international("447700900001");

    private final TestConfig settings = new TestConfig();
    private EmbeddedSession s;

    @AfterEach
    void tearDown() {
        if (s != null) {
            s.close();
        }
    }

    private Operation<QueryResult> query(String id) {
        Operation<QueryResult> op = Operations.query(id, SOURCE);
        assertThat(s.session.operate(op)).isTrue();
        return op;
    }

    private void answer(QuerySm q, MessageState state) {
        s.channel.writeInbound(QuerySmResp.builder()
                .messageId(q.messageId())
                .messageState(state)
                .build()
                .withSequenceNumber(q.sequenceNumber()));
    }

    @Test
    void anOperationTakesAWindowSlotAndTheNextWaitsForOne() {
        settings.window = 1;
        s = new EmbeddedSession(settings);
        Operation<QueryResult> first = query("m1");
        QuerySm q1 = s.readOutbound(QuerySm.class);
        assertThat(s.session.window().room()).isZero();

        Operation<QueryResult> second = query("m2");
        assertThat((Object) s.channel.readOutbound())
                .as("no slot for the second")
                .isNull();

        answer(q1, MessageState.ENROUTE);
        assertThat(first.future.join().state()).isEqualTo(MessageState.ENROUTE);
        QuerySm q2 = s.readOutbound(QuerySm.class);
        assertThat(q2.messageId()).isEqualTo("m2");
        answer(q2, MessageState.DELIVERED);
        assertThat(second.future.join().state()).isEqualTo(MessageState.DELIVERED);
        assertThat(s.session.window().room()).isEqualTo(1);
    }

    @Test
    void aThrottledAnswerFailsTheOperationAsThrottled() {
        s = new EmbeddedSession(settings);
        Operation<QueryResult> op = query("m1");
        QuerySm q = s.readOutbound(QuerySm.class);
        s.channel.writeInbound(q.createResponse(CommandStatus.ESME_RTHROTTLED));
        assertThatThrownBy(op.future::join)
                .cause()
                .isInstanceOfSatisfying(
                        ThrottledException.class, e -> assertThat(e.status()).isEqualTo(CommandStatus.ESME_RTHROTTLED));
    }

    @Test
    void aClosedConnectionFailsWrittenAndWaitingOperations() {
        settings.window = 1;
        s = new EmbeddedSession(settings);
        Operation<QueryResult> written = query("m1");
        s.readOutbound(QuerySm.class);
        Operation<QueryResult> waiting = query("m2");
        s.channel.close();
        assertThatThrownBy(written.future::join).cause().isInstanceOf(ConnectionLostException.class);
        assertThatThrownBy(waiting.future::join).cause().isInstanceOf(ConnectionLostException.class);
        assertThat(s.session.operate(Operations.query("m3", SOURCE)))
                .as("a closed session sends the operation elsewhere")
                .isFalse();
    }

    @Test
    void aStopFailsWaitingOperationsAndRefusesNewOnesButAnswersThoseInFlight() {
        settings.window = 1;
        s = new EmbeddedSession(settings);
        Operation<QueryResult> written = query("m1");
        QuerySm q1 = s.readOutbound(QuerySm.class);
        Operation<QueryResult> waiting = query("m2");
        s.session.stop(System.nanoTime() + 60_000_000_000L);
        assertThatThrownBy(waiting.future::join).cause().isInstanceOf(ShutdownException.class);
        Operation<QueryResult> late = query("m3");
        assertThatThrownBy(late.future::join).cause().isInstanceOf(ShutdownException.class);

        answer(q1, MessageState.DELIVERED);
        assertThat(written.future.join().state()).isEqualTo(MessageState.DELIVERED);
    }
}
