package dev.smppkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.Backoff;
import dev.smppkit.client.BindMode;
import dev.smppkit.client.Esme;
import dev.smppkit.client.Hook;
import dev.smppkit.client.IncomingMessage;
import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.ReceiptEvent;
import dev.smppkit.codec.Address;
import dev.smppkit.testkit.ReceiptPolicy;
import dev.smppkit.testkit.SmscSimulator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A client with a {@link JdbcInbox} (H2) against the simulator: a long incoming message and delivery receipts reach
 * the hook once each, with their inbox id; a hook that fails gets the message again with the same id; nothing stays
 * in the inbox.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class JdbcInboxEsmeIT {
    private static final String SYSTEM_ID = "inboxed";
    private static final String LONG_TEXT = "This incoming message is long enough to need three segments. ".repeat(6);

    @Test
    void longMessageAndReceiptsReachTheHookOnceEach() throws Exception {
        DataSource ds = TestDatabases.dataSource(TestDatabases.Db.H2);
        String table = TestDatabases.table("inbox_e2e");
        List<IncomingMessage> messages = new CopyOnWriteArrayList<>();
        List<ReceiptEvent> receipts = new CopyOnWriteArrayList<>();
        AtomicBoolean failOnce = new AtomicBoolean(true);
        CountDownLatch messageTwice = new CountDownLatch(2);
        CountDownLatch threeReceipts = new CountDownLatch(3);
        Hook hook = new Hook() {
            @Override
            public CompletionStage<Void> onIncomingMessage(IncomingMessage m) {
                messages.add(m);
                messageTwice.countDown();
                return failOnce.getAndSet(false)
                        ? CompletableFuture.failedFuture(new IllegalStateException("first call fails"))
                        : CompletableFuture.completedFuture(null);
            }

            @Override
            public CompletionStage<Void> onDeliveryReceipt(ReceiptEvent r) {
                receipts.add(r);
                threeReceipts.countDown();
                return CompletableFuture.completedFuture(null);
            }
        };
        try (SmscSimulator smsc = SmscSimulator.builder()
                        .credential(SYSTEM_ID, "secret")
                        .receipts(ReceiptPolicy.builder()
                                .delay(Duration.ofMillis(10))
                                .build())
                        .start();
                JdbcInbox inbox = JdbcInbox.builder(ds)
                        .table(table)
                        .pollInterval(Duration.ofMillis(100))
                        .build();
                Esme esme = Esme.builder()
                        .host(smsc.host())
                        .port(smsc.port())
                        .systemId(SYSTEM_ID)
                        .password("secret")
                        .bindMode(BindMode.TRANSCEIVER)
                        .inbox(inbox)
                        .hook(hook)
                        .reconnect(Backoff.exponential(Duration.ofMillis(50), Duration.ofMillis(500)))
                        .build()) {
            inbox.initializeSchema();
            esme.start().get(30, TimeUnit.SECONDS);
            for (int i = 0; i < 3; i++) {
                esme.submit(OutboundMessage.builder()
                                .from(Address.alphanumeric("ACME"))
                                .to(Address.international("4477000000" + i))
                                .text("hello " + i)
                                .requestReceipt(true)
                                .trackingId("t" + i)
                                .build())
                        .get(30, TimeUnit.SECONDS);
            }
            var resps = smsc.deliverText(
                            SYSTEM_ID, Address.international("447911111111"), Address.of(0, 0, "12345"), LONG_TEXT)
                    .get(30, TimeUnit.SECONDS);
            assertThat(resps).hasSizeGreaterThan(1);
            resps.forEach(r -> assertThat(r.commandStatus().isOk()).isTrue());

            assertThat(threeReceipts.await(60, TimeUnit.SECONDS)).isTrue();
            assertThat(messageTwice.await(60, TimeUnit.SECONDS)).isTrue();
            awaitEmpty(inbox);

            assertThat(receipts).hasSize(3);
            assertThat(receipts).allSatisfy(r -> {
                assertThat(r.matched()).isTrue();
                assertThat(r.inboxId()).isPresent();
            });
            assertThat(receipts.stream().map(r -> r.inboxId().getAsLong()).distinct())
                    .hasSize(3);
            assertThat(receipts.stream().map(r -> r.tracking().get().trackingId()))
                    .containsExactlyInAnyOrder("t0", "t1", "t2");
            // the first call failed, so the hook saw the message twice, with one idempotency key
            assertThat(messages).hasSize(2);
            assertThat(messages).allSatisfy(m -> {
                assertThat(m.text()).contains(LONG_TEXT);
                assertThat(m.complete()).isTrue();
                assertThat(m.segments()).isEqualTo(resps.size());
            });
            assertThat(messages.get(1).inboxId()).isEqualTo(messages.get(0).inboxId());
            assertThat(esme.stats().incoming()).isEqualTo(2);
        } finally {
            TestDatabases.drop(ds, table);
        }
    }

    /** Done is recorded after the hook's stage completes: wait for the rows to go. */
    private static void awaitEmpty(JdbcInbox inbox) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (inbox.count(SYSTEM_ID).toCompletableFuture().join() > 0) {
            assertThat(System.nanoTime()).as("inbox emptied in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
