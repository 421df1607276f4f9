package dev.smppkit.moduletest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.testkit.SmscSimulator;
import org.junit.jupiter.api.Test;

class SendOneTest {

    @Test
    void runsOnTheModulePath() throws Exception {
        assertTrue(SendOne.class.getModule().isNamed(), "this test must run on the module path");
        assertEquals("dev.smppkit.client", SubmitOutcome.class.getModule().getName());
        assertEquals(
                "dev.smppkit.codec", dev.smppkit.codec.Address.class.getModule().getName());

        try (SmscSimulator smsc = SmscSimulator.builder().port(0).build().start()) {
            SubmitOutcome outcome = SendOne.run("127.0.0.1", smsc.port());

            SubmitOutcome.Accepted accepted = assertInstanceOf(SubmitOutcome.Accepted.class, outcome);
            assertEquals(1, accepted.messageIds().size());
            assertEquals(1, smsc.messages().size());
        }
    }
}
