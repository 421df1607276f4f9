package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.client.QueryResult;
import dev.smppkit.client.RejectedException;
import dev.smppkit.client.ReplaceRequest;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.MessageState;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.pdu.CancelSm;
import dev.smppkit.codec.pdu.CancelSmResp;
import dev.smppkit.codec.pdu.GenericNack;
import dev.smppkit.codec.pdu.QuerySm;
import dev.smppkit.codec.pdu.QuerySmResp;
import dev.smppkit.codec.pdu.ReplaceSm;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Building and checking the operations' PDUs, and reading their answers. */
class OperationsTest {
    private static final Address SOURCE = Address.international("447700900001");

    @Test
    void queryCarriesIdAndSource() {
        QuerySm pdu = (QuerySm) Operations.query("abc", SOURCE).request;
        assertThat(pdu.messageId()).isEqualTo("abc");
        assertThat(pdu.sourceAddress()).isEqualTo(SOURCE);
    }

    @Test
    void argumentsAreCheckedWithTheFieldAndItsLimit() {
        assertThatThrownBy(() -> Operations.query("", SOURCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("messageId is empty");
        assertThatThrownBy(() -> Operations.query("x".repeat(65), SOURCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("message_id is 65 octets; at most 64");
        assertThatThrownBy(() -> Operations.cancel("abc", Address.international("1".repeat(21))))
                .hasMessageContaining("source_addr");
        assertThatThrownBy(() -> Operations.cancel("TOOLONG", SOURCE, SOURCE))
                .hasMessageContaining("service_type is 7 octets; at most 5");
        assertThatThrownBy(() -> Operations.query(null, SOURCE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Operations.query("abc", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Operations.replace("abc", SOURCE, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void cancelByIdOrBySourceAndDestination() {
        CancelSm one = (CancelSm) Operations.cancel("abc", SOURCE).request;
        assertThat(one.messageId()).isEqualTo("abc");
        assertThat(one.destAddress()).isEqualTo(Address.NULL);
        Address dest = Address.international("447700900002");
        CancelSm group = (CancelSm) Operations.cancel("WAP", SOURCE, dest).request;
        assertThat(group.messageId()).isEmpty(); // NULL: every pending message from source to dest (§4.9)
        assertThat(group.serviceType()).isEqualTo("WAP");
        assertThat(group.sourceAddress()).isEqualTo(SOURCE);
        assertThat(group.destAddress()).isEqualTo(dest);
    }

    @Test
    void replaceCarriesTheEncodedTextTimesAndReceipt() {
        SmppTime at = SmppTime.relative(Duration.ofMinutes(5));
        ReplaceRequest request = ReplaceRequest.builder()
                .text("new")
                .scheduleDeliveryTime(at)
                .requestReceipt(true)
                .build();
        ReplaceSm pdu = (ReplaceSm) Operations.replace("abc", SOURCE, request).request;
        assertThat(pdu.messageId()).isEqualTo("abc");
        assertThat(pdu.sourceAddress()).isEqualTo(SOURCE);
        assertThat(pdu.shortMessage()).isEqualTo("new".getBytes());
        assertThat(pdu.scheduleDeliveryTime()).contains(at);
        assertThat(pdu.validityPeriod()).isEmpty();
        assertThat(pdu.registeredDelivery()).isEqualTo(RegisteredDelivery.RECEIPT);
    }

    @Test
    void queryAnswerBecomesAResult() {
        Instant done = Instant.parse("2026-01-02T03:04:05Z");
        Operation<QueryResult> op = sent(Operations.query("abc", SOURCE));
        op.answer(QuerySmResp.builder()
                .messageId("abc")
                .messageState(MessageState.UNDELIVERABLE)
                .finalDate(SmppTime.absolute(done))
                .errorCode(11)
                .build());
        QueryResult r = op.future.join();
        assertThat(r).isEqualTo(new QueryResult("abc", MessageState.UNDELIVERABLE, 5, java.util.Optional.of(done), 11));
        assertThat(r.isFinal()).isTrue();
    }

    @Test
    void anUnknownStateHasNoFinalDate() {
        QuerySmResp resp = QuerySmResp.builder().messageId("abc").build();
        assertThat(Operations.result(resp).state()).isEqualTo(MessageState.UNKNOWN);
        assertThat(Operations.result(resp).finalDate()).isEmpty();
    }

    @Test
    void errorsAndGenericNacksAreRejections() {
        Operation<Void> refused = sent(Operations.cancel("abc", SOURCE));
        refused.answer(CancelSmResp.create(CommandStatus.ESME_RCANCELFAIL));
        assertThatThrownBy(refused.future::join)
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOfSatisfying(
                        RejectedException.class, e -> assertThat(e.status()).isEqualTo(CommandStatus.ESME_RCANCELFAIL));

        Operation<Void> nacked = sent(Operations.cancel("abc", SOURCE));
        nacked.answer(GenericNack.create(CommandStatus.ESME_ROK));
        assertThatThrownBy(nacked.future::join)
                .cause()
                .isInstanceOfSatisfying(
                        RejectedException.class, e -> assertThat(e.status()).isEqualTo(CommandStatus.ESME_RINVCMDID));
    }

    @Test
    void completesOnce() {
        Operation<Void> op = sent(Operations.cancel("abc", SOURCE));
        op.answer(CancelSmResp.create(CommandStatus.ESME_ROK));
        assertThat(op.fail(new dev.smppkit.client.ShutdownException("late"))).isFalse();
        assertThat(op.markSent()).isFalse();
        assertThat(op.future).isCompletedWithValue(null);
    }

    private static <T> Operation<T> sent(Operation<T> op) {
        assertThat(op.markSent()).isTrue();
        return op;
    }
}
