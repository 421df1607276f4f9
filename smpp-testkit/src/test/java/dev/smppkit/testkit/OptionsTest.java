package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.MessageState;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The option and reply values check their arguments and name the field. */
class OptionsTest {
    @Test
    void replies() {
        assertThat(Reply.accept().kind()).isEqualTo(Reply.Kind.ACCEPT);
        assertThat(Reply.accept("id-1").after(Duration.ofSeconds(1)))
                .satisfies(r -> assertThat(r.messageId()).contains("id-1"))
                .satisfies(r -> assertThat(r.delay()).isEqualTo(Duration.ofSeconds(1)));
        assertThat(Reply.reject(CommandStatus.ESME_RTHROTTLED).status()).isEqualTo(CommandStatus.ESME_RTHROTTLED);
        assertThatThrownBy(() -> Reply.reject(CommandStatus.ESME_ROK)).hasMessageContaining("accept()");
        assertThatThrownBy(() -> Reply.accept("has blank")).hasMessageContaining("blank");
        assertThatThrownBy(() -> Reply.accept("x".repeat(65))).hasMessageContaining("messageId");
        assertThatThrownBy(() -> Reply.accept().after(Duration.ofMillis(-1))).hasMessageContaining("negative");
        assertThatThrownBy(() -> Reply.noReply().withUnsuccessful(List.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void receiptPolicy() {
        ReceiptPolicy policy = ReceiptPolicy.builder()
                .defaultState(MessageState.EXPIRED, 2)
                .rule("^1", MessageState.REJECTED)
                .build();
        assertThat(policy.outcomeFor(Address.international("123")))
                .isEqualTo(new ReceiptPolicy.Outcome(MessageState.REJECTED, 0));
        assertThat(policy.outcomeFor(Address.international("223")))
                .isEqualTo(new ReceiptPolicy.Outcome(MessageState.EXPIRED, 2));
        assertThat(ReceiptPolicy.defaults().delay()).isZero();
        assertThatThrownBy(() -> ReceiptPolicy.builder().defaultState(MessageState.ENROUTE))
                .hasMessageContaining("final state");
        assertThatThrownBy(() -> ReceiptPolicy.builder().rule("^1", MessageState.DELIVERED, 256))
                .hasMessageContaining("errorCode");
        assertThatThrownBy(() -> ReceiptPolicy.builder().rule("(", MessageState.DELIVERED))
                .isInstanceOf(java.util.regex.PatternSyntaxException.class);
    }

    @Test
    void builder() {
        SmscSimulatorBuilder b = SmscSimulator.builder();
        assertThatThrownBy(() -> b.systemId("x".repeat(16))).hasMessageContaining("systemId");
        assertThatThrownBy(() -> b.port(70000)).hasMessageContaining("port");
        assertThatThrownBy(() -> b.credential("esme", "123456789")).hasMessageContaining("password");
        assertThatThrownBy(() -> b.redelivery(0, Duration.ofSeconds(1))).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> b.responseTimeout(Duration.ZERO)).hasMessageContaining("responseTimeout");
        SmscSimulator notStarted = b.build();
        assertThat(notStarted.isRunning()).isFalse();
        assertThat(notStarted.port()).isZero();
        notStarted.close();
        assertThatThrownBy(notStarted::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void faults() {
        try (SmscSimulator smsc = SmscSimulator.builder().build()) {
            Faults faults = smsc.faults();
            assertThatThrownBy(() -> faults.throttleEveryNth(-1)).hasMessageContaining("n is -1");
            assertThatThrownBy(() -> faults.rejectEveryNth(2, CommandStatus.ESME_ROK))
                    .hasMessageContaining("error status");
            assertThatThrownBy(() -> faults.refuseNextBinds(1, CommandStatus.ESME_ROK))
                    .hasMessageContaining("error status");
            assertThat(faults.throttleEveryNth(2).queueFull(true).reset()).isSameAs(faults);
        }
    }
}
