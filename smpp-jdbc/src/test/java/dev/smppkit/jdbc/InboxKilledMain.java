package dev.smppkit.jdbc;

import dev.smppkit.client.Backoff;
import dev.smppkit.client.BindMode;
import dev.smppkit.client.Esme;
import dev.smppkit.client.Hook;
import dev.smppkit.client.IncomingMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The child process of {@link InboxKillIT}: a receiver on a {@link JdbcInbox} whose hook records every call in an
 * attempts table and, idempotently by the inbox id, each message in a calls table (what a real hook would do with
 * the key). A message whose text is the "block" argument is recorded as an attempt and its stage never completes, so
 * the parent can kill the process while the hook runs. It never stops on its own.
 *
 * <p>Arguments: jdbc-url inbox-table calls-table attempts-table smsc-host smsc-port block-text.
 */
public final class InboxKilledMain {
    private InboxKilledMain() {}

    public static void main(String[] args) throws Exception {
        DataSource ds = KilledEsmeMain.dataSource(args[0]);
        String calls = args[2];
        String attempts = args[3];
        String block = args[6];
        JdbcInbox inbox = JdbcInbox.builder(ds)
                .table(args[1])
                .leaseDuration(Duration.ofSeconds(3)) // outlasts the hook timeout below
                .pollInterval(Duration.ofMillis(100))
                .build();
        ExecutorService work = Executors.newFixedThreadPool(2);
        Esme esme = Esme.builder()
                .host(args[4])
                .port(Integer.parseInt(args[5]))
                .systemId(InboxKillIT.SYSTEM_ID)
                .password(InboxKillIT.PASSWORD)
                .bindMode(BindMode.RECEIVER)
                .inbox(inbox)
                .hookTimeout(Duration.ofSeconds(2))
                .reconnect(Backoff.exponential(Duration.ofMillis(50), Duration.ofMillis(500)))
                .hook(new Hook() {
                    @Override
                    public CompletionStage<Void> onIncomingMessage(IncomingMessage m) {
                        String text = m.text().orElse("");
                        long key = m.inboxId().orElseThrow();
                        if (text.equals(block)) {
                            CompletableFuture.runAsync(() -> record(ds, attempts, key, m), work);
                            return new CompletableFuture<>(); // runs until the kill
                        }
                        return CompletableFuture.runAsync(
                                () -> {
                                    record(ds, attempts, key, m);
                                    recordOnce(ds, calls, key, m);
                                },
                                work);
                    }
                })
                .build();
        esme.start().get(30, TimeUnit.SECONDS);
        System.out.println("BOUND");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE); // ended by SIGKILL
    }

    private static void record(DataSource ds, String table, long key, IncomingMessage m) {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO " + table + " (inbox_id, text, complete, segments) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, key);
            ps.setString(2, m.text().orElse(""));
            ps.setBoolean(3, m.complete());
            ps.setInt(4, m.segments());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The idempotent part: one row per inbox id, a repeat call finds it there and does nothing. */
    private static void recordOnce(DataSource ds, String table, long key, IncomingMessage m) {
        try {
            record(ds, table, key, m);
        } catch (IllegalStateException e) {
            if (!(e.getCause() instanceof SQLException s)
                    || s.getSQLState() == null
                    || !s.getSQLState().startsWith("23")) {
                throw e;
            }
        }
    }
}
