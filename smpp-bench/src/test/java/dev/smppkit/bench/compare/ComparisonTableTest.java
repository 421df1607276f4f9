package dev.smppkit.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {
    private static RunReport ok(String client, boolean receipts, double rate) {
        return new RunReport(
                client,
                receipts,
                true,
                null,
                1000,
                1000,
                receipts ? 1000 : 0,
                rate,
                receipts ? rate : 0,
                10.5,
                2048,
                0.5,
                2.5);
    }

    @Test
    void aCellShowsTheMedianAndRangeOfItsRoundsAndTheRatioWithinItsMode() {
        ComparisonTable table = new ComparisonTable(
                "smppkit",
                List.of("smppkit", "jsmpp"),
                List.of(false),
                List.of(
                        ok("smppkit", false, 300),
                        ok("jsmpp", false, 90),
                        ok("smppkit", false, 100),
                        ok("jsmpp", false, 100),
                        ok("smppkit", false, 200),
                        ok("jsmpp", false, 110)));

        ComparisonRow smppkit = table.rows().get(0);
        ComparisonRow jsmpp = table.rows().get(1);
        assertThat(smppkit.rate()).isEqualTo(200);
        assertThat(smppkit.minRate()).isEqualTo(100);
        assertThat(smppkit.maxRate()).isEqualTo(300);
        assertThat(table.ratio(jsmpp)).isCloseTo(2.0, within(1e-9));
        assertThat(table.markdown())
                .contains("| smppkit | no | 200 | 100–300 | 10.50 | 2,048 | 0.500 | 2.500 | 1.00× |")
                .contains("| jsmpp | no | 100 | 90–110 |")
                .contains("| 2.00× |");
    }

    @Test
    void aCellWithAFailedRunShowsNoFiguresButWhy() {
        ComparisonTable table = new ComparisonTable(
                "smppkit",
                List.of("smppkit", "jsmpp"),
                List.of(true),
                List.of(
                        ok("smppkit", true, 300),
                        ok("jsmpp", true, 90),
                        RunReport.failed("jsmpp", true, "1999 of 2000 receipts matched")));

        assertThat(table.ok()).isFalse();
        assertThat(table.rows().get(1).rate()).isNaN();
        assertThat(table.ratio(table.rows().get(1))).isNaN();
        assertThat(table.markdown())
                .contains("| jsmpp | yes | failed (1 of 2 runs) | – |")
                .contains("FAILED jsmpp, receipts yes: 1999 of 2000 receipts matched");
    }

    @Test
    void aReportSurvivesItsJsonLine() {
        RunReport report =
                new RunReport("cloudhopper", true, false, "a \"quoted\" error\\n", 5, 4, 3, 1.5, 2.25, 3.125, 4, 5, 6);

        assertThat(RunReport.fromJson(report.toJson())).isEqualTo(report);
        assertThat(FlatJson.read(FlatJson.write(Map.of("k", "\u0001")))).containsEntry("k", "\u0001");
    }

    @Test
    void aReceiptIsMatchedByTheIdAtTheStartOfItsText() {
        byte[] receipt = "id:0000000042 sub:001 dlvrd:001 submit date:2612021200 done date:2612021200 stat:DELIVRD"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        assertThat(PeerTally.receiptId(receipt)).isEqualTo("0000000042");
        assertThat(PeerTally.receiptId("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isNull();
    }

    @Test
    void onlyTextThatIsTheSameInGsmAndAsciiIsAllowed() {
        assertThat(RunSpec.gsmSafe("Your code is 482913. It expires in 10 mins."))
                .isTrue();
        assertThat(RunSpec.gsmSafe("Pay $5 to bob@example")).isFalse();
        assertThat(RunSpec.gsmSafe("")).isFalse();
    }
}
