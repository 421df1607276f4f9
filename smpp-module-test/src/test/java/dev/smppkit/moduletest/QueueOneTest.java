package dev.smppkit.moduletest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.jdbc.JdbcBroker;
import dev.smppkit.testkit.SmscSimulator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class QueueOneTest {

    @Test
    void sendsThroughTheJdbcOutboxOnTheModulePath() throws Exception {
        assertTrue(QueueOne.class.getModule().isNamed(), "this test must run on the module path");
        assertEquals("dev.smppkit.jdbc", JdbcBroker.class.getModule().getName());
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:moduletest;DB_CLOSE_DELAY=-1");

        try (SmscSimulator smsc = SmscSimulator.builder().port(0).build().start()) {
            SubmitOutcome outcome = QueueOne.run(h2, "127.0.0.1", smsc.port());

            SubmitOutcome.Accepted accepted = assertInstanceOf(SubmitOutcome.Accepted.class, outcome);
            assertEquals(1, accepted.messageIds().size());
            assertEquals(1, smsc.messages().size());
        }
    }
}
