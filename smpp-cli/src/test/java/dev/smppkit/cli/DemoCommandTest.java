package dev.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class DemoCommandTest {
    @Test
    void runsEveryPartOnItsOwn() {
        Cli.Result r = Cli.run("demo", "--count", "3000");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out())
                .contains("1. SMSC simulator listening on 127.0.0.1:")
                .contains("3,000 messages in ")
                .contains("accepted 2,997   rejected 3 (ESME_RINVDSTADR 3)   failed 0")
                .contains("receipts 2,997 (")
                .contains("UNDELIV 30")
                .contains("GSM7, 3 segments: accepted as ")
                .contains("UCS2, 2 segments: accepted as ")
                .contains("receipts: 5 of 5 segments, all DELIVRD")
                .contains("received \"STOP\" (1 segment)")
                .contains("received \"Спасибо! 👍\" (1 segment)")
                .contains("2,997 accepted + 3 rejected + 0 failed = 3,000.");
        assertThat(r.err()).isEmpty();
    }
}
