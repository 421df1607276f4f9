package dev.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class DemoCommandTest {
    @Test
    void runsEveryPartOnItsOwn() {
        Cli.Result r = Cli.run("demo", "--count", "3000", "--failover-count", "2000");

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
                .contains("2,997 accepted + 3 rejected + 0 failed + 0 expired = 3,000. Failover: nothing lost.")
                .contains("5. Failover: 2,000 messages through a gateway over two accounts")
                .contains("once it has accepted 1,000 of them:")
                .contains("2,000 messages in ", "(2 accounts, 2 sessions)")
                .contains("primary's simulator stopped: yes;")
                .containsPattern("the primary gave back [0-9,]+ messages taken or in flight on its lost bind")
                .containsPattern(
                        "Taken 2,\\d{3} = accepted 1,998 \\+ rejected 2 \\+ failed 0 \\+ expired 0 \\+ released"
                                + " \\d+: nothing lost\\.");
        assertThat(r.out())
                .contains("6. USSD: handset 447700900077 dials *123#")
                .contains("handset > PSSR_INDICATION *123#")
                .contains("service < USSR_REQUEST    Bundles | 1 Daily 1 GB | 2 Weekly 5 GB")
                .contains("service < PSSR_RESPONSE   Daily 1 GB activated. Thank you!")
                .containsPattern("session #\\d+ of 447700900077: ENDED after 6 turns")
                .contains("USSD: session ended by the service.");
        assertThat(backupAccepted(r.out())).as(r.out()).isPositive();
        assertThat(r.err()).isEmpty();
    }

    /** From the line {@code     backup: accepted 1,234   rejected ...}. */
    static long backupAccepted(String out) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("backup: accepted ([0-9,]+) ").matcher(out);
        if (!m.find()) {
            throw new AssertionError("no backup line in " + out);
        }
        return Long.parseLong(m.group(1).replace(",", ""));
    }
}
