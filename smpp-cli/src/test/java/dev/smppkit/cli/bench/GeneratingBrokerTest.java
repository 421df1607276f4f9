package dev.smppkit.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.QueuedMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class GeneratingBrokerTest {
    private final LoadOptions options =
            LoadOptions.builder().systemId("x").count(5).receipts(true).build();
    private final GeneratingBroker broker = new GeneratingBroker(options);

    @Test
    void makesEachMessageWithItsOwnDestination() {
        assertThat(broker.destination(0)).isEqualTo("447900000000");
        assertThat(broker.destination(1234)).isEqualTo("447900001234");
        assertThat(broker.indexOf("447900001234")).isEqualTo(1234);
        assertThat(broker.indexOf("447700001234")).isEqualTo(-1);
        assertThat(broker.indexOf("4479000012345")).isEqualTo(-1);

        QueuedMessage m = take(1).get(0);
        assertThat(m.id()).isEqualTo("0");
        assertThat(m.message().destination().value()).isEqualTo("447900000000");
        assertThat(m.message().requestReceipt()).isTrue();
        assertThat(m.message().text()).contains(LoadOptions.TEXT_160);
    }

    @Test
    void handsOutCountMessagesThenWaitsForReleasedOnes() {
        assertThat(take(3)).extracting(QueuedMessage::id).containsExactly("0", "1", "2");
        List<QueuedMessage> rest = take(10);
        assertThat(rest).extracting(QueuedMessage::id).containsExactly("3", "4");

        CompletableFuture<List<QueuedMessage>> waiting = broker.take(10).toCompletableFuture();
        assertThat(waiting).isNotDone();
        broker.release(rest.get(0), Duration.ZERO);
        assertThat(waiting.join())
                .extracting(QueuedMessage::id, QueuedMessage::attempt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3", 2));

        CompletableFuture<List<QueuedMessage>> last = broker.take(10).toCompletableFuture();
        broker.close();
        assertThat(last.join()).isEmpty();
        assertThat(broker.taken()).isEqualTo(5);
    }

    private List<QueuedMessage> take(int max) {
        return broker.take(max).toCompletableFuture().join();
    }
}
