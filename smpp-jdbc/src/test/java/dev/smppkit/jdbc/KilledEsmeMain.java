package dev.smppkit.jdbc;

import dev.smppkit.client.Backoff;
import dev.smppkit.client.BindMode;
import dev.smppkit.client.Esme;
import dev.smppkit.client.Hook;
import dev.smppkit.client.SessionEvent;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The child process of {@link ProcessKillIT}: an ESME on the JDBC broker and correlator, sending whatever the outbox
 * holds to the simulator until it is killed. It never stops on its own; the parent ends it with SIGKILL.
 *
 * <p>Arguments: jdbc-url outbox-table correlation-table smsc-host smsc-port.
 */
public final class KilledEsmeMain {
    private KilledEsmeMain() {}

    public static void main(String[] args) throws Exception {
        DataSource ds = dataSource(args[0]);
        JdbcBroker broker = JdbcBroker.builder(ds)
                .table(args[1])
                .leaseDuration(Duration.ofSeconds(10)) // outlasts a slow database on a busy machine
                .maxTakeWait(Duration.ofMillis(100))
                .build();
        JdbcCorrelator correlator = JdbcCorrelator.builder(ds).table(args[2]).build();
        Esme esme = Esme.builder()
                .host(args[3])
                .port(Integer.parseInt(args[4]))
                .systemId(ProcessKillIT.SYSTEM_ID)
                .password(ProcessKillIT.PASSWORD)
                .bindMode(BindMode.TRANSCEIVER)
                .broker(broker)
                .correlator(correlator)
                .reconnect(Backoff.exponential(Duration.ofMillis(50), Duration.ofMillis(500)))
                .hook(new Hook() {
                    @Override
                    public void onSessionEvent(SessionEvent event) {
                        System.out.println("event " + event);
                    }
                })
                .build();
        esme.start().get(30, TimeUnit.SECONDS);
        System.out.println("BOUND");
        System.out.flush();
        while (true) {
            Thread.sleep(1000);
            System.out.println(
                    "stats " + esme.stats() + ", bound " + esme.boundSessions() + ", leased " + broker.leased());
            System.out.flush();
        }
    }

    static DataSource dataSource(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            return pg;
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        return h2;
    }
}
